package org.chainmatch.office.xlsx;

import java.util.Map;

/** Chinese labels of the summary.json counts, for the 汇总 sheet; unknown keys show as they are. */
final class SummaryLabels {
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("enterprises", "企业数（enterprises）"),
      Map.entry("enterprises_in_city", "其中市内企业（enterprises_in_city）"),
      Map.entry("enterprises_out_of_city", "其中市外企业（enterprises_out_of_city）"),
      Map.entry("relations", "供应关系数（relations）"),
      Map.entry("rejected_rows", "被拒绝的输入行（rejected_rows）"),
      Map.entry("warnings", "警告（warnings）"),
      Map.entry("blocked", "受阻投入品（企业×产品，blocked）"),
      Map.entry("blocked_enterprises", "受阻企业数（blocked_enterprises）"),
      Map.entry("blocked_enterprises_in_city", "其中市内受阻企业（blocked_enterprises_in_city）"),
      Map.entry("breakpoints", "断点（企业×产品，breakpoints）"),
      Map.entry("breakpoint_enterprises", "有断点的企业数（breakpoint_enterprises）"),
      Map.entry("at_risk", "风险企业（at_risk）"),
      Map.entry("stalled", "停滞供应商（供应商×产品，stalled）"),
      Map.entry("breakpoint_demands", "市内断点转化的需求（breakpoint_demands）"),
      Map.entry("demands", "需求数（demands）"),
      Map.entry("matched", "有匹配结果的需求（matched）"),
      Map.entry("unmatched", "无匹配结果的需求（unmatched）"),
      Map.entry("in_city", "首选供应企业在市内的需求（in_city）"),
      Map.entry("out_of_city", "首选供应企业在市外的需求（out_of_city）"),
      Map.entry("match_rows", "匹配结果行数（match_rows）"),
      Map.entry("outreach_requests", "外联请求（每个目标机关一个，outreach_requests）"),
      Map.entry("outreach_items", "外联事项（outreach_items）"),
      Map.entry("outreach_rows", "外联明细行（outreach_rows）"),
      Map.entry("letters", "函件数（letters）"),
      Map.entry("unreachable_demands", "需外联但无市外候选的需求（unreachable_demands）"),
      Map.entry("tracked_new", "新加入跟踪的请求（tracked_new）"));

  private SummaryLabels() {}

  static String label(String key) {
    return LABELS.getOrDefault(key, key);
  }
}
