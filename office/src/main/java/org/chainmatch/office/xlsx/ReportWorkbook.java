package org.chainmatch.office.xlsx;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.AtRisk;
import org.chainmatch.core.analysis.Blocked;
import org.chainmatch.core.analysis.Breakpoint;
import org.chainmatch.core.analysis.GroupHealth;
import org.chainmatch.core.analysis.KeyChain;
import org.chainmatch.core.analysis.ChainHealth;
import org.chainmatch.core.analysis.Priority;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.Sourcing;
import org.chainmatch.core.analysis.Stalled;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.AtomicFiles;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.MatchedProduct;
import org.chainmatch.outreach.Need;
import org.chainmatch.outreach.OutreachItem;
import org.chainmatch.outreach.OutreachRequest;

/**
 * {@code report.xlsx}: a run's results for people, one sheet each — 匹配结果, 断点, 受阻企业, 停滞供应商,
 * 风险企业, 优先复工, 外联事项, 汇总 — with Chinese headers, statuses in Chinese, numbers as numbers
 * (scores, coverages, counts), the header row frozen, filters on and column widths set.
 *
 * <p>Every text cell is written as a string cell, never as a formula, so a name such as {@code
 * =HYPERLINK(...)} shows as text and cannot run. Rows are streamed (SXSSF keeps 100 rows in
 * memory), so a run of any size fits; a sheet holds at most {@value #MAX_ROWS} data rows (Excel's
 * limit), and 汇总 says when one was cut. Sheets whose data a run did not produce (an analyze run
 * has no matches) hold their header only. Not thread-safe; build, fill and {@link #write} once.
 */
public final class ReportWorkbook {
  /** Data rows per sheet: Excel's 1,048,576 rows less the header. */
  public static final int MAX_ROWS = 1_048_575;

  /** The sheets, in order. */
  public static final List<String> SHEETS =
      List.of("匹配结果", "断点", "受阻企业", "停滞供应商", "风险企业", "优先复工", "链主企业", "产业链",
          "外联事项", "汇总");

  static final List<String> MATCH_COLUMNS = List.of("需求编号", "需求企业", "需求内容", "理解为", "名次",
      "供应企业", "统一社会信用代码", "所在地区", "行政区划代码", "市内", "得分", "复工状态", "匹配产品", "评分说明");
  static final List<String> BREAKPOINT_COLUMNS = List.of("断点编号", "企业名称", "统一社会信用代码",
      "所在地区", "复工状态", "缺供产品", "停产供应商", "货源", "市内在产企业数", "市外在产企业数");
  static final List<String> BLOCKED_COLUMNS = List.of("企业名称", "统一社会信用代码", "所在地区",
      "重点企业", "受阻投入品", "在产供应覆盖率", "未复工供应商");
  static final List<String> STALLED_COLUMNS = List.of("企业名称", "统一社会信用代码", "所在地区",
      "复工状态", "产品", "未生产客户数", "未生产客户");
  static final List<String> AT_RISK_COLUMNS = List.of("企业名称", "统一社会信用代码", "所在地区",
      "复工状态", "风险级次", "受影响于", "经由产品");
  static final List<String> PRIORITY_COLUMNS = List.of("排名", "企业名称", "统一社会信用代码", "所在地区",
      "重点企业", "复工状态", "优先得分", "解除受阻投入品数", "带动企业数", "依赖度", "说明");
  static final List<String> KEY_CHAIN_COLUMNS = List.of("企业名称", "统一社会信用代码", "所在地区",
      "复工状态", "自身断点数", "上游企业数", "上游在产占比", "上游停产企业数", "上游市外企业数", "上游断点数",
      "一级在产占比", "二级在产占比", "三级在产占比");
  static final List<String> INDUSTRY_CHAIN_COLUMNS = List.of("行业大类", "企业数", "在产企业数", "在产占比",
      "已复工", "部分复工", "未复工", "未知", "受阻投入品", "断点", "停滞供应", "风险企业");
  static final List<String> OUTREACH_COLUMNS = List.of("请求编号", "发往机关", "供应企业", "统一社会信用代码",
      "供应企业所在地区", "产品", "商请事项", "优先级", "需求企业", "需求编号", "数量", "需求日期");
  static final List<String> SUMMARY_COLUMNS = List.of("项目", "数值");

  private final SXSSFWorkbook wb = new SXSSFWorkbook(100);
  private final RegionCode homeCity;
  private final Function<Uscc, Optional<Enterprise>> directory;
  private final CellStyle header;
  private final CellStyle decimal;
  private final CellStyle percent;
  private final CellStyle date;
  private final Map<String, Integer> truncated = new LinkedHashMap<>();
  private final Map<String, Object> summary = new LinkedHashMap<>();
  private ResumptionReport analysis;
  private Collection<MatchResult> matches;
  private List<OutreachRequest> outreach;

  private ReportWorkbook(RegionCode homeCity, Function<Uscc, Optional<Enterprise>> directory) {
    this.homeCity = homeCity;
    this.directory = directory;
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    decimal = wb.createCellStyle();
    decimal.setDataFormat(wb.createDataFormat().getFormat("0.0000"));
    percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /**
   * A workbook for a run in {@code homeCity}; {@code directory} names enterprises that appear only
   * by code (requesters, stopped suppliers).
   */
  public static ReportWorkbook of(RegionCode homeCity, Function<Uscc, Optional<Enterprise>> directory) {
    return new ReportWorkbook(checkNotNull(homeCity, "homeCity"), checkNotNull(directory, "directory"));
  }

  /** The analysis for the sheets 断点, 受阻企业, 停滞供应商, 风险企业 and 优先复工. */
  public ReportWorkbook analysis(ResumptionReport report) {
    this.analysis = checkNotNull(report, "report");
    return this;
  }

  /** The match results for 匹配结果. */
  public ReportWorkbook matches(Collection<MatchResult> results) {
    this.matches = checkNotNull(results, "results");
    return this;
  }

  /** The outreach requests for 外联事项. */
  public ReportWorkbook outreach(List<OutreachRequest> requests) {
    this.outreach = checkNotNull(requests, "requests");
    return this;
  }

  /** One line of 汇总: the key of a summary.json count (shown with its Chinese label) and its value. */
  public ReportWorkbook summary(String key, Object value) {
    summary.put(checkNotNull(key, "key"), value);
    return this;
  }

  /** Writes the workbook to {@code file} atomically (temporary file, then move). */
  public void write(Path file) throws IOException {
    try (AtomicFiles.Pending pending = AtomicFiles.begin(file)) {
      try (OutputStream out = java.nio.file.Files.newOutputStream(pending.temp())) {
        write(out);
      }
      pending.commit();
    }
  }

  /** Writes the workbook to {@code out}, which is not closed. */
  public void write(OutputStream out) throws IOException {
    try {
      matchSheet();
      breakpointSheet();
      blockedSheet();
      stalledSheet();
      atRiskSheet();
      prioritySheet();
      keyChainSheet();
      industryChainSheet();
      outreachSheet();
      summarySheet();
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  // ---------------------------------------------------------------- sheets

  private void matchSheet() {
    Sheet s = new Sheet("匹配结果", MATCH_COLUMNS, new int[] {22, 28, 24, 14, 6, 30, 22, 24, 12, 6, 8, 10, 16, 60});
    if (matches != null) {
      for (MatchResult r : matches) {
        String requester = name(r.demand().requester());
        for (Match m : r.matches()) {
          Enterprise e = m.enterprise();
          if (!s.row()) {
            break;
          }
          s.text(r.demand().id()).text(requester).text(r.demand().product()).text(r.understood())
              .number(m.rank()).text(e.name()).text(e.uscc().value()).text(e.region().fullName())
              .text(e.region().code()).text(yes(e.region().isWithin(homeCity)))
              .decimal(m.score()).text(state(e.status())).text(MatchedProduct.of(r.understood(), e))
              .text(m.reasons());
        }
      }
    }
    s.finish();
  }

  private void breakpointSheet() {
    Sheet s = new Sheet("断点", BREAKPOINT_COLUMNS, new int[] {34, 28, 22, 24, 10, 16, 40, 14, 14, 14});
    if (analysis != null) {
      SupplyGraph g = analysis.graph();
      for (Breakpoint b : analysis.breakpoints()) {
        if (!s.row()) {
          break;
        }
        Enterprise e = g.enterprise(b.enterprise()).orElseThrow();
        s.text(b.demandId()).text(e.name()).text(e.uscc().value()).text(e.region().fullName())
            .text(state(e.status())).text(b.product()).text(names(b.stoppedSuppliers()))
            .text(sourcing(b.sourcing())).number(b.workingMakersInCity())
            .number(b.workingMakersOutOfCity());
      }
    }
    s.finish();
  }

  private void blockedSheet() {
    Sheet s = new Sheet("受阻企业", BLOCKED_COLUMNS, new int[] {28, 22, 24, 8, 16, 12, 40});
    if (analysis != null) {
      SupplyGraph g = analysis.graph();
      for (Blocked b : analysis.blocked()) {
        if (!s.row()) {
          break;
        }
        Enterprise e = g.enterprise(b.enterprise()).orElseThrow();
        s.text(e.name()).text(e.uscc().value()).text(e.region().fullName()).text(yes(e.key()))
            .text(b.product()).percent(b.coverage()).text(names(b.blockingSuppliers()));
      }
    }
    s.finish();
  }

  private void stalledSheet() {
    Sheet s = new Sheet("停滞供应商", STALLED_COLUMNS, new int[] {28, 22, 24, 10, 16, 12, 50});
    if (analysis != null) {
      SupplyGraph g = analysis.graph();
      for (Stalled st : analysis.stalled()) {
        if (!s.row()) {
          break;
        }
        Enterprise e = g.enterprise(st.supplier()).orElseThrow();
        s.text(e.name()).text(e.uscc().value()).text(e.region().fullName()).text(state(e.status()))
            .text(st.product()).number(st.customers().size()).text(names(st.customers()));
      }
    }
    s.finish();
  }

  private void atRiskSheet() {
    Sheet s = new Sheet("风险企业", AT_RISK_COLUMNS, new int[] {28, 22, 24, 10, 10, 28, 20});
    if (analysis != null) {
      SupplyGraph g = analysis.graph();
      for (AtRisk a : analysis.cascade()) {
        if (!s.row()) {
          break;
        }
        Enterprise e = g.enterprise(a.enterprise()).orElseThrow();
        List<String> products = g.relationsInto(a.enterprise()).stream()
            .filter(r -> r.supplier().equals(a.via())).map(r -> r.product()).distinct().toList();
        s.text(e.name()).text(e.uscc().value()).text(e.region().fullName()).text(state(e.status()))
            .number(a.tier()).text(name(a.via())).text(String.join("、", products));
      }
    }
    s.finish();
  }

  private void prioritySheet() {
    Sheet s = new Sheet("优先复工", PRIORITY_COLUMNS, new int[] {6, 28, 22, 24, 8, 10, 10, 14, 12, 10, 60});
    if (analysis != null) {
      SupplyGraph g = analysis.graph();
      for (Priority p : analysis.priorities()) {
        if (!s.row()) {
          break;
        }
        Enterprise e = g.enterprise(p.enterprise()).orElseThrow();
        s.number(p.rank()).text(e.name()).text(e.uscc().value()).text(e.region().fullName())
            .text(yes(e.key())).text(state(e.status())).decimal(p.score())
            .number(p.unblockedInputs()).number(p.freedEnterprises()).decimal(p.dependence())
            .text(p.explanation());
      }
    }
    s.finish();
  }

  // 链长制: each key enterprise's upstream chain, tier by tier, as ChainHealth computes it.
  private void keyChainSheet() {
    Sheet s = new Sheet("链主企业", KEY_CHAIN_COLUMNS,
        new int[] {28, 22, 24, 10, 10, 10, 12, 14, 14, 10, 12, 12, 12});
    if (analysis != null) {
      SupplyGraph g = analysis.graph();
      for (KeyChain chain : ChainHealth.of(analysis).keyChains()) {
        if (!s.row()) {
          break;
        }
        Enterprise e = g.enterprise(chain.enterprise()).orElseThrow();
        s.text(e.name()).text(e.uscc().value()).text(e.region().fullName()).text(state(e.status()))
            .number(chain.ownBreakpoints()).number(chain.suppliers()).percent(chain.workingShare())
            .number(chain.stoppedSuppliers()).number(chain.outOfCitySuppliers())
            .number(chain.breakpoints());
        for (int t = 0; t < 3; t++) {
          if (t < chain.tiers().size() && chain.tiers().get(t).enterprises() > 0) {
            s.percent(chain.tiers().get(t).workingShare());
          } else {
            s.text("");
          }
        }
      }
    }
    s.finish();
  }

  // One health line per industry chain (GB/T 4754 division of an enterprise's first code).
  private void industryChainSheet() {
    Sheet s = new Sheet("产业链", INDUSTRY_CHAIN_COLUMNS,
        new int[] {12, 10, 12, 10, 10, 10, 10, 10, 12, 10, 10, 10});
    if (analysis != null) {
      for (GroupHealth group : ChainHealth.of(analysis).industryChains()) {
        if (!s.row()) {
          break;
        }
        s.text(group.code().isEmpty() ? "（无行业代码）" : group.code()).number(group.enterprises())
            .number(group.working()).percent(group.workingShare()).number(group.resumed())
            .number(group.partial()).number(group.suspended()).number(group.unknown())
            .number(group.blocked()).number(group.breakpoints()).number(group.stalled())
            .number(group.atRisk());
      }
    }
    s.finish();
  }

  private void outreachSheet() {
    Sheet s = new Sheet("外联事项", OUTREACH_COLUMNS, new int[] {24, 26, 28, 22, 24, 16, 18, 8, 28, 30, 10, 12});
    if (outreach != null) {
      for (OutreachRequest r : outreach) {
        for (OutreachItem item : r.items()) {
          for (Need need : item.needs()) {
            if (!s.row()) {
              break;
            }
            var d = need.demand();
            s.text(r.id()).text(r.authority()).text(item.supplier().name())
                .text(item.supplier().uscc().value()).text(item.supplier().region().fullName())
                .text(item.product()).text(item.reason().label()).text(item.priority().chinese())
                .text(need.requester().name()).text(d.id());
            if (d.quantity().isPresent()) {
              s.number(d.quantity().getAsDouble());
            } else {
              s.text("");
            }
            s.date(d.neededBy().orElse(null));
          }
        }
      }
    }
    s.finish();
  }

  private void summarySheet() {
    Sheet s = new Sheet("汇总", SUMMARY_COLUMNS, new int[] {40, 24});
    for (Map.Entry<String, Object> e : summary.entrySet()) {
      s.row();
      s.text(SummaryLabels.label(e.getKey()));
      Object v = e.getValue();
      if (v instanceof Number n) {
        s.number(n.doubleValue());
      } else {
        s.text(v == null ? "" : v.toString());
      }
    }
    truncated.forEach((sheet, rows) -> {
      s.row();
      s.text("「" + sheet + "」只列出前 " + rows + " 行（Excel 上限），完整数据见对应 CSV 文件").text("");
    });
    s.finish();
  }

  // ---------------------------------------------------------------- cells

  private String name(Uscc code) {
    return directory.apply(code).map(Enterprise::name).orElse(code.value());
  }

  private String names(List<Uscc> codes) {
    List<String> out = new ArrayList<>(codes.size());
    codes.forEach(c -> out.add(name(c)));
    return String.join("、", out);
  }

  private static String yes(boolean value) {
    return value ? "是" : "否";
  }

  static String state(OperatingStatus status) {
    String text = status.state().chinese();
    return status.hasKnownCapacity() && status.state() == org.chainmatch.core.OperatingState.PARTIAL
        ? text + "（产能" + status.capacity() + "%）"
        : text;
  }

  static String sourcing(Sourcing s) {
    return switch (s) {
      case IN_CITY_ONLY -> "仅市内有在产企业";
      case OUT_OF_CITY_ONLY -> "仅市外有在产企业";
      case MIXED -> "市内外均有在产企业";
      case NONE_KNOWN -> "未知在产企业";
    };
  }

  /** One sheet being written: header, frozen pane, filter, widths; cells left to right. */
  private final class Sheet {
    private final String name;
    private final SXSSFSheet sheet;
    private final int columns;
    private int rows;
    private SXSSFRow row;
    private int cell;

    Sheet(String name, List<String> headers, int[] widths) {
      this.name = name;
      this.sheet = wb.createSheet(name);
      this.columns = headers.size();
      SXSSFRow head = sheet.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        SXSSFCell c = head.createCell(i);
        c.setCellValue(headers.get(i));
        c.setCellStyle(header);
        sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
      }
      sheet.createFreezePane(0, 1);
    }

    /** Starts a data row; false (and the cut noted) once the sheet is full. */
    boolean row() {
      if (rows == MAX_ROWS) {
        truncated.put(name, MAX_ROWS);
        return false;
      }
      rows++;
      row = sheet.createRow(rows);
      cell = 0;
      return true;
    }

    /** A string cell, whatever the text: never a formula. */
    Sheet text(String value) {
      row.createCell(cell++).setCellValue(value);
      return this;
    }

    Sheet number(double value) {
      row.createCell(cell++).setCellValue(value);
      return this;
    }

    Sheet decimal(double value) {
      SXSSFCell c = row.createCell(cell++);
      c.setCellValue(value);
      c.setCellStyle(decimal);
      return this;
    }

    Sheet percent(double value) {
      SXSSFCell c = row.createCell(cell++);
      c.setCellValue(value);
      c.setCellStyle(percent);
      return this;
    }

    Sheet date(LocalDate value) {
      SXSSFCell c = row.createCell(cell++);
      if (value != null) {
        c.setCellValue(value);
        c.setCellStyle(date);
      }
      return this;
    }

    void finish() {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 0), 0, columns - 1));
    }
  }
}
