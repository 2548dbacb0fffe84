package org.chainmatch.office.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.Breakpoint;
import org.chainmatch.core.analysis.ChainNetwork;
import org.chainmatch.core.analysis.ChainTier;
import org.chainmatch.core.analysis.GroupHealth;
import org.chainmatch.core.analysis.KeyChain;
import org.chainmatch.core.analysis.Priority;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.Sourcing;
import org.chainmatch.core.analysis.WhatIf;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.outreach.RequestState;
import org.chainmatch.outreach.TrackedRequest;
import org.chainmatch.office.html.Charts.Series;

/** Renders one {@link HtmlReport}: the sections in order, tables as HTML, charts as JSON options. */
final class ReportPage {
  /** Code of the group of enterprises outside the home city in the district view. */
  static final String OUTSIDE = "市外";
  private static final int NODES_PER_TIER = 8;

  private final HtmlReport spec;
  private final ResumptionReport report;
  private final SupplyGraph graph;
  private final RegionCode city;
  private final RegionTable regions = RegionTable.bundled();
  private final HtmlWriter out = new HtmlWriter(1_300_000);
  private final ObjectNode charts = ScriptJson.object();
  private final Map<RegionCode, String> districts = new java.util.HashMap<>();

  ReportPage(HtmlReport spec) {
    this.spec = spec;
    this.report = spec.report;
    this.graph = report.graph();
    this.city = report.analysis().homeCity();
  }

  String render() {
    String title = city.fullName() + " 产业链复工复产态势";
    out.doctype();
    out.open("html", "lang", "zh-CN").open("head").open("meta", "charset", "utf-8")
        .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title).open("style").trusted(Assets.css(), "style").close("style")
        .close("head").newline();
    out.open("body").open("header").element("h1", title);
    out.element("p", "企业 " + fmt(graph.enterpriseCount()) + " 家，供应关系 " + fmt(graph.relationCount())
        + " 条；本市 " + city.code() + "；链条向上游追溯 " + spec.chains.maxTiers() + " 级"
        + (spec.subtitle.isEmpty() ? "" : "；" + spec.subtitle));
    out.close("header").newline();
    out.open("nav");
    String[][] links = {{"overview", "概况"}, {"districts", "分县区"}, {"industries", "产业链（行业）"},
        {"sourcing", "断点与货源"}, {"priorities", "优先复工"}, {"whatif", "假设分析"},
        {"outreach", "外联协调"}, {"chains", "链长制·重点企业"}};
    for (String[] l : links) {
      if (!l[0].equals("whatif") || spec.whatIf.isPresent()) {
        out.element("a", l[1], "href", "#" + l[0]);
      }
    }
    out.close("nav").open("main").newline();

    List<GroupHealth> districts = spec.chains.groupBy(e -> districtOf(e.region()));
    List<GroupHealth> industries = spec.chains.industryChains();
    overview(districts);
    districts(districts);
    industries(industries);
    sourcing();
    priorities();
    spec.whatIf.ifPresent(this::whatIf);
    outreach();
    keyChains();

    out.close("main").newline();
    out.open("footer").text("chainmatch 生成。断点：某项投入品的已知供应商均未复工；受阻投入品：在产企业某项投入品的在产供应覆盖不足；"
        + "停滞供货：在产供应商某产品的客户均未复工；风险企业：上游有无法生产企业（级联 "
        + report.analysis().options().maxCascadeTiers() + " 级内）。图表：Apache ECharts 5.3.1（Apache-2.0，已内嵌）。")
        .close("footer").newline();
    out.open("script", "type", "application/json", "id", "report-data")
        .trusted(ScriptJson.write(wrap()), "script").close("script").newline();
    out.open("script").trusted(Assets.echarts(), "script").close("script").newline();
    out.open("script").trusted(Assets.script(), "script").close("script").newline();
    out.close("body").close("html").newline();
    return out.toString();
  }

  private ObjectNode wrap() {
    ObjectNode root = ScriptJson.object();
    root.set("charts", charts);
    return root;
  }

  // ---- sections ----

  private void overview(List<GroupHealth> districts) {
    section("overview", "概况", "本市及其上下游企业的整体状态。数字与 summary.json 一致。");
    int[] states = new int[OperatingState.values().length];
    int working = 0;
    for (int id = 0; id < graph.enterpriseCount(); id++) {
      states[graph.statusAt(id).state().ordinal()]++;
      working += graph.statusAt(id).isWorking() ? 1 : 0;
    }
    out.open("div", "class", "tiles");
    tile("enterprises", "企业", graph.enterpriseCount(), null);
    tile("relations", "供应关系", graph.relationCount(), null);
    tile("working", "在产企业", working, "good");
    tile("blocked", "受阻投入品", report.blockedCount(), "bad");
    tile("breakpoints", "断点", report.breakpointCount(), "bad");
    tile("stalled", "停滞供货", report.stalled().size(), "bad");
    tile("at_risk", "风险企业", report.atRiskCount(), "bad");
    String[][] more = {{"demands", "需求"}, {"matched", "已匹配需求"}, {"in_city", "最佳供应商在市内"},
        {"out_of_city", "最佳供应商在市外"}, {"outreach_requests", "外联请求"}, {"letters", "协调函"}};
    for (String[] m : more) {
      Object v = spec.summary.get(m[0]);
      if (v instanceof Number n) {
        tile(m[0], m[1], n.longValue(), null);
      }
    }
    out.close("div");

    out.element("h3", "企业状态");
    out.open("div", "class", "pair");
    List<String> names = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    String[] stateColors = {Charts.OK, Charts.WARN, Charts.STOP, Charts.GREY};
    for (OperatingState s : OperatingState.values()) {
      names.add(stateName(s));
      values.add(states[s.ordinal()]);
      colors.add(stateColors[s.ordinal()]);
    }
    chart("status", Charts.pie("企业复工状态", names, values, colors), 300);
    table(List.of("状态", "企业", "占比"), List.of(false, true, true), () -> {
      for (OperatingState s : OperatingState.values()) {
        row(stateName(s), fmt(states[s.ordinal()]), pct(states[s.ordinal()], graph.enterpriseCount()));
      }
      totalRow("合计", fmt(graph.enterpriseCount()), "100.0%");
    });
    out.close("div");
    endSection();
  }

  private void districts(List<GroupHealth> districts) {
    section("districts", "分县区", "本市各县区（GB/T 2260）及市外上下游企业。受阻、断点、停滞、风险按所在企业计。");
    List<GroupHealth> sorted = new ArrayList<>(districts);
    sorted.sort(Comparator.comparing((GroupHealth g) -> g.code().equals(OUTSIDE)).thenComparing(GroupHealth::code));
    List<String> names = sorted.stream().map(g -> districtName(g.code())).toList();
    out.open("div", "class", "stack");
    chart("districts", Charts.bars("各县区企业状态与问题", names, List.of(
        new Series("已复工", ints(sorted, GroupHealth::resumed), Charts.OK, "status"),
        new Series("部分复工", ints(sorted, GroupHealth::partial), Charts.WARN, "status"),
        new Series("未复工", ints(sorted, GroupHealth::suspended), Charts.STOP, "status"),
        new Series("未知", ints(sorted, GroupHealth::unknown), Charts.GREY, "status"),
        new Series("断点", ints(sorted, GroupHealth::breakpoints), "#7d3c98", null),
        new Series("风险企业", ints(sorted, GroupHealth::atRisk), "#e67e22", null)), false, "企业/项"),
        380);
    groupTable("县区", sorted, names, "district");
    out.close("div");
    endSection();
  }

  private void industries(List<GroupHealth> industries) {
    section("industries", "产业链健康度（按 GB/T 4754 行业大类）",
        "每个行业大类视作一条产业链，按企业的第一个行业代码归类：在产占比、断点、停滞供货、风险企业。");
    List<GroupHealth> sorted = new ArrayList<>(industries);
    sorted.sort(Comparator.comparingInt(GroupHealth::enterprises).reversed().thenComparing(GroupHealth::code));
    List<GroupHealth> shown = sorted.subList(0, Math.min(20, sorted.size()));
    List<String> names = shown.stream().map(g -> shortIndustry(g.code())).toList();
    out.open("div", "class", "pair");
    List<Double> share = shown.stream().map(g -> Math.round(g.workingShare() * 1000) / 10.0).toList();
    int height = Math.max(320, 70 + shown.size() * 26);
    chart("industries", Charts.bars("在产占比（%），企业最多的 " + shown.size() + " 个大类", names,
        List.of(new Series("在产占比（%）", share, Charts.OK, null)), true, null), height);
    chart("industry-problems", Charts.bars("断点、停滞供货与风险企业", names, List.of(
        new Series("断点", ints(shown, GroupHealth::breakpoints), "#7d3c98", null),
        new Series("停滞供货", ints(shown, GroupHealth::stalled), Charts.WARN, null),
        new Series("风险企业", ints(shown, GroupHealth::atRisk), "#e67e22", null)), true, null), height);
    out.close("div");
    out.open("div", "class", "stack");
    List<String> allNames = sorted.stream().map(g -> industryName(g.code())).toList();
    groupTable("行业大类", sorted, allNames, "industry");
    out.close("div");
    endSection();
  }

  private void sourcing() {
    section("sourcing", "断点与货源：市内还是市外",
        "断点所缺产品的在产生产企业在哪里：只在市内可本地对接，只在市外需发函协调，均无则需检索能力库。");
    Map<Sourcing, Integer> counts = new EnumMap<>(Sourcing.class);
    for (Sourcing s : Sourcing.values()) {
      counts.put(s, 0);
    }
    for (Breakpoint b : report.breakpoints()) {
      counts.merge(b.sourcing(), 1, Integer::sum);
    }
    out.open("div", "class", "pair");
    List<String> names = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (Sourcing s : Sourcing.values()) {
      names.add(sourcingName(s));
      values.add(counts.get(s));
    }
    chart("sourcing", Charts.pie("断点货源分布", names, values,
        List.of(Charts.OK, Charts.STOP, Charts.BLUE, Charts.GREY)), 300);
    table(List.of("货源", "断点", "占比"), List.of(false, true, true), () -> {
      for (Sourcing s : Sourcing.values()) {
        row(sourcingName(s), fmt(counts.get(s)), pct(counts.get(s), report.breakpointCount()));
      }
      totalRow("合计", fmt(report.breakpointCount()), "100.0%");
      Object in = spec.summary.get("in_city");
      Object outside = spec.summary.get("out_of_city");
      if (in instanceof Number i && outside instanceof Number o) {
        long all = i.longValue() + o.longValue();
        row("匹配：最佳供应商在市内", fmt(i.longValue()), pct(i.longValue(), all));
        row("匹配：最佳供应商在市外", fmt(o.longValue()), pct(o.longValue(), all));
      }
    });
    out.close("div");
    endSection();
  }

  private void priorities() {
    section("priorities", "优先复工：哪些企业复工解堵最多",
        "未复工企业按复工后可解除的受阻投入品与下游依赖度排序（算法见 core/ANALYSIS.md）。");
    List<Priority> all = report.priorities();
    List<Priority> top = all.subList(0, Math.min(15, all.size()));
    out.open("div", "class", "pair wide");
    List<String> names = top.stream().map(p -> "#" + p.rank() + " " + shortName(p.enterprise())).toList();
    List<Double> scores = top.stream().map(p -> Math.round(p.score() * 100) / 100.0).toList();
    chart("priorities", Charts.bars("优先复工前 " + top.size() + " 家（得分）", names,
        List.of(new Series("得分", scores, Charts.BLUE, null)), true, null), Math.max(300, 60 + top.size() * 30));
    List<Priority> listed = all.subList(0, Math.min(spec.rowsListed, all.size()));
    table(List.of("名次", "企业", "县区", "得分", "解除受阻"),
        List.of(true, false, false, true, true), () -> {
          for (Priority p : top) {
            out.open("tr").element("td", p.rank(), "class", "n").element("td", name(p.enterprise()))
                .element("td", districtName(districtOf(region(p.enterprise()))))
                .element("td", String.format(Locale.ROOT, "%.2f", p.score()), "class", "n")
                .element("td", fmt(p.unblockedInputs()), "class", "n").close("tr");
          }
        });
    out.close("div");
    out.element("h3", "说明（前 " + listed.size() + " 家）");
    table(List.of("名次", "企业", "说明"), List.of(true, false, false), () -> {
      for (Priority p : listed) {
        out.open("tr").element("td", p.rank(), "class", "n").element("td", name(p.enterprise()))
            .element("td", p.explanation(), "class", "wrap").close("tr");
      }
    });
    more(all.size() - listed.size(), "家未复工企业");
    endSection();
  }

  private void whatIf(WhatIf effect) {
    section("whatif", "假设分析", "假设改变 " + fmt(spec.whatIfChanged) + " 家企业的复工状态后，各项指标的变化。");
    ResumptionReport after = effect.after();
    String[] labels = {"受阻投入品", "断点", "停滞供货", "风险企业"};
    int[] before = {report.blockedCount(), report.breakpointCount(), report.stalled().size(), report.atRiskCount()};
    int[] now = {after.blockedCount(), after.breakpointCount(), after.stalled().size(), after.atRiskCount()};
    out.open("div", "class", "pair");
    List<Integer> b = new ArrayList<>();
    List<Integer> a = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      b.add(before[i]);
      a.add(now[i]);
    }
    chart("whatif", Charts.bars("现状与假设后", List.of(labels), List.of(
        new Series("现状", b, Charts.GREY, null), new Series("假设后", a, Charts.BLUE, null)), false, null), 300);
    table(List.of("指标", "现状", "假设后", "变化"), List.of(false, true, true, true), () -> {
      for (int i = 0; i < labels.length; i++) {
        out.open("tr", "data-whatif", String.valueOf(i)).element("td", labels[i])
            .element("td", fmt(before[i]), "class", "n").element("td", fmt(now[i]), "class", "n")
            .element("td", signed(now[i] - before[i]), "class", "n").close("tr");
      }
      row("新增断点", fmt(effect.newBreakpointCount()), "", "");
      row("消除断点", fmt(effect.resolvedBreakpointCount()), "", "");
    });
    out.close("div");
    List<Breakpoint> resolved = effect.resolvedBreakpoints();
    if (!resolved.isEmpty()) {
      out.element("h3", "可消除的断点（前 " + Math.min(spec.rowsListed, resolved.size()) + " 项）");
      breakpointTable(resolved);
    }
    List<Breakpoint> added = effect.newBreakpoints();
    if (!added.isEmpty()) {
      out.element("h3", "新增的断点（前 " + Math.min(spec.rowsListed, added.size()) + " 项）");
      breakpointTable(added);
    }
    endSection();
  }

  private void outreach() {
    section("outreach", "外联协调：发往各地主管部门的请求",
        "跟踪库中的全部请求（含以往各次运行），每个目标机关一份协调函；状态：待发 → 已发函 → 已回复 → 已办结/已拒绝/已过期。已发函满 "
            + spec.overdueAfter.toDays() + " 天未回复为逾期。");
    if (spec.outreach.isEmpty() || spec.outreach.get().isEmpty()) {
      out.element("p", spec.outreach.isEmpty() ? "本次未做外联规划（analyze 只做分析）。" : "没有需要外联的请求：缺口均可在市内解决。",
          "class", "note", "id", "outreach-empty");
      endSection();
      return;
    }
    Map<String, int[]> byAuthority = new TreeMap<>();
    int states = RequestState.values().length;
    for (TrackedRequest r : spec.outreach.get()) {
      int[] c = byAuthority.computeIfAbsent(r.authority(), k -> new int[states + 3]);
      c[r.state().ordinal()]++;
      c[states]++;
      c[states + 1] += r.items().size();
      boolean overdue = r.state() == RequestState.SENT
          && !r.sentAt().orElseThrow().plus(spec.overdueAfter).isAfter(spec.now);
      c[states + 2] += overdue ? 1 : 0;
    }
    List<Map.Entry<String, int[]>> rows = new ArrayList<>(byAuthority.entrySet());
    rows.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[states + 1])
        .thenComparing(Map.Entry::getKey));
    List<Map.Entry<String, int[]>> shown = rows.subList(0, Math.min(spec.rowsListed, rows.size()));
    out.open("div", "class", "pair wide");
    List<Series> series = new ArrayList<>();
    String[] colors = {Charts.GREY, Charts.BLUE, Charts.WARN, Charts.OK, Charts.STOP, "#7b8794"};
    for (RequestState s : RequestState.values()) {
      series.add(new Series(requestStateName(s),
          shown.stream().map(e -> e.getValue()[s.ordinal()]).toList(), colors[s.ordinal()], "state"));
    }
    List<String> names = shown.stream().map(Map.Entry::getKey).toList();
    chart("outreach", Charts.bars("各目标机关请求状态", names, series, true, null),
        Math.max(260, 80 + shown.size() * 30));
    List<String> headers = new ArrayList<>(List.of("目标机关", "请求", "事项"));
    List<Boolean> numeric = new ArrayList<>(List.of(false, true, true));
    for (RequestState s : RequestState.values()) {
      headers.add(requestStateName(s));
      numeric.add(true);
    }
    headers.add("逾期");
    numeric.add(true);
    int[] total = new int[states + 3];
    table(headers, numeric, () -> {
      for (Map.Entry<String, int[]> e : rows) {
        int[] c = e.getValue();
        for (int i = 0; i < c.length; i++) {
          total[i] += c[i];
        }
      }
      for (Map.Entry<String, int[]> e : shown) {
        int[] c = e.getValue();
        out.open("tr").element("td", e.getKey()).element("td", fmt(c[states]), "class", "n")
            .element("td", fmt(c[states + 1]), "class", "n");
        for (int i = 0; i < states; i++) {
          out.element("td", fmt(c[i]), "class", "n");
        }
        out.element("td", fmt(c[states + 2]), "class", c[states + 2] > 0 ? "n stop" : "n").close("tr");
      }
      out.open("tr", "class", "total").element("td", "合计").element("td", fmt(total[states]), "class", "n", "data-key", "tracked_requests")
          .element("td", fmt(total[states + 1]), "class", "n");
      for (int i = 0; i < states; i++) {
        out.element("td", fmt(total[i]), "class", "n");
      }
      out.element("td", fmt(total[states + 2]), "class", "n", "data-key", "overdue").close("tr");
    });
    more(rows.size() - shown.size(), "个目标机关");
    out.close("div");
    endSection();
  }

  private void keyChains() {
    section("chains", "链长制：重点企业上游链条",
        "对每家重点（龙头）企业向上游追溯 " + spec.chains.maxTiers() + " 级供应商：各级在产占比、断点与市外依赖。"
            + "按停产供应商与断点多少排序，问题最多者在前。");
    List<KeyChain> all = new ArrayList<>(spec.chains.keyChains());
    all.sort(Comparator.comparingInt((KeyChain k) -> -k.stoppedSuppliers())
        .thenComparingInt(k -> -k.breakpoints()).thenComparing(k -> k.enterprise().value()));
    if (all.isEmpty()) {
      out.element("p", "数据中没有标记为重点企业（key=true）的企业。", "class", "note");
      endSection();
      return;
    }
    List<KeyChain> listed = all.subList(0, Math.min(spec.rowsListed, all.size()));
    List<String> headers = new ArrayList<>(List.of("重点企业", "县区", "自身", "供应商", "在产占比"));
    List<Boolean> numeric = new ArrayList<>(List.of(false, false, false, true, true));
    for (int t = 1; t <= spec.chains.maxTiers(); t++) {
      headers.add(t + "级在产");
      numeric.add(true);
    }
    headers.addAll(List.of("停产供应商", "断点", "市外供应商"));
    numeric.addAll(List.of(true, true, true));
    out.open("div", "class", "tablebox");
    table(headers, numeric, () -> {
      for (KeyChain k : listed) {
        out.open("tr", "data-key-enterprise", k.enterprise().value()).element("td", name(k.enterprise()))
            .element("td", districtName(districtOf(region(k.enterprise()))))
            .element("td", k.working() ? "在产" : "停产", "class", k.working() ? "ok" : "stop")
            .element("td", fmt(k.suppliers()), "class", "n")
            .element("td", pct(k.suppliers() - k.stoppedSuppliers(), k.suppliers()), "class", "n");
        for (ChainTier t : k.tiers()) {
          out.element("td", t.enterprises() == 0 ? "—" : pct(t.working(), t.enterprises()), "class", "n");
        }
        out.element("td", fmt(k.stoppedSuppliers()), "class", k.stoppedSuppliers() > 0 ? "n stop" : "n")
            .element("td", fmt(k.breakpoints()), "class", "n")
            .element("td", fmt(k.outOfCitySuppliers()), "class", "n").close("tr");
      }
    });
    out.close("div");
    more(all.size() - listed.size(), "家重点企业");

    int drawn = Math.min(spec.keyChainsDrawn, all.size());
    if (drawn > 0) {
      out.element("h3", "上游链条图（问题最多的 " + drawn + " 家）");
      out.open("p", "class", "legend");
      legend(Charts.OK, "在产");
      legend(Charts.STOP, "停产（标【停】）");
      legend(Charts.BLUE, "重点企业");
      out.element("span", "◆ 菱形：市外供应商；自左向右为供货方向（三级 → 二级 → 一级 → 重点企业）");
      out.close("p");
    }
    for (int i = 0; i < drawn; i++) {
      chainView(i, all.get(i));
    }
    more(all.size() - drawn, "家重点企业的链条图未画出，见上表");
    endSection();
  }

  private void chainView(int index, KeyChain chain) {
    ChainNetwork network = spec.chains.network(chain.enterprise());
    int tiers = spec.chains.maxTiers();
    // Per tier: the stopped first, then out of the city, then by code; the rest folded into one node.
    Map<Integer, List<Uscc>> byTier = new TreeMap<>();
    network.tiers().forEach((u, t) -> byTier.computeIfAbsent(t, k -> new ArrayList<>()).add(u));
    Map<Uscc, String> shownAs = new LinkedHashMap<>();
    ArrayNode nodes = ScriptJson.object().arrayNode();
    int tallest = 1;
    Map<Integer, Integer> folded = new TreeMap<>();
    // Tier by tier, suppliers of what is already drawn come first, so the drawn nodes connect.
    Map<Uscc, List<Uscc>> customersOf = new java.util.HashMap<>();
    for (ChainNetwork.Link l : network.links()) {
      customersOf.computeIfAbsent(l.supplier(), k -> new ArrayList<>()).add(l.customer());
    }
    java.util.Set<Uscc> drawn = new java.util.HashSet<>(List.of(chain.enterprise()));
    for (var e : byTier.entrySet()) {
      List<Uscc> members = e.getValue();
      members.sort(Comparator.comparing((Uscc u) -> customersOf.getOrDefault(u, List.of()).stream()
              .noneMatch(drawn::contains))
          .thenComparing(u -> working(u)).thenComparing(u -> inCity(u)).thenComparing(Uscc::value));
      drawn.addAll(members.subList(0, Math.min(NODES_PER_TIER, members.size())));
      int shown = Math.min(NODES_PER_TIER, members.size());
      tallest = Math.max(tallest, shown + (members.size() > shown ? 1 : 0));
      for (int i = 0; i < members.size(); i++) {
        Uscc u = members.get(i);
        shownAs.put(u, i < shown ? u.value() : "more-" + e.getKey());
      }
      if (members.size() > shown) {
        folded.put(e.getKey(), members.size() - shown);
      }
    }
    double column = 250;
    double rowHeight = 44;
    // The key enterprise on the right, each tier one column further left.
    addNode(nodes, chain.enterprise().value(), (chain.working() ? "" : "【停】") + shortName(chain.enterprise()),
        tiers * column, (tallest - 1) * rowHeight / 2, Charts.BLUE, "circle", 26, name(chain.enterprise()));
    for (var e : byTier.entrySet()) {
      int t = e.getKey();
      List<Uscc> members = e.getValue();
      int shown = Math.min(NODES_PER_TIER, members.size());
      int count = shown + (folded.containsKey(t) ? 1 : 0);
      double top = (tallest - count) * rowHeight / 2;
      for (int i = 0; i < shown; i++) {
        Uscc u = members.get(i);
        boolean ok = working(u);
        addNode(nodes, u.value(), (ok ? "" : "【停】") + shortName(u) + (inCity(u) ? "" : "（市外）"),
            (tiers - t) * column, top + i * rowHeight, ok ? Charts.OK : Charts.STOP,
            inCity(u) ? "circle" : "diamond", 14,
            name(u) + " · " + t + "级 · " + (ok ? "在产" : "停产") + (inCity(u) ? "" : " · 市外"));
      }
      if (folded.containsKey(t)) {
        addNode(nodes, "more-" + t, "另有 " + folded.get(t) + " 家", (tiers - t) * column,
            top + shown * rowHeight, Charts.GREY, "roundRect", 12, t + "级另有 " + folded.get(t) + " 家未画出");
      }
    }
    ArrayNode edges = ScriptJson.object().arrayNode();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ChainNetwork.Link l : network.links()) {
      String from = shownAs.get(l.supplier());
      String to = l.customer().equals(chain.enterprise()) ? chain.enterprise().value() : shownAs.get(l.customer());
      // Links of folded suppliers are left out: the "另有 N 家" node stands for a count, not a place.
      if (from != null && to != null && !from.startsWith("more-") && !to.startsWith("more-")
          && seen.add(from + ">" + to)) {
        ObjectNode edge = edges.addObject();
        edge.put("source", from).put("target", to);
        if (!working(l.supplier())) {
          edge.putObject("lineStyle").put("color", Charts.STOP).put("type", "dashed");
        }
      }
    }
    ObjectNode option = Charts.base(name(chain.enterprise()) + " 上游 " + tiers + " 级");
    option.putObject("tooltip").put("trigger", "item");
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "graph").put("layout", "none").put("roam", false).put("edgeSymbol", "none");
    series.putArray("edgeSymbol").add("none").add("arrow");
    series.put("edgeSymbolSize", 6);
    series.put("top", 40).put("bottom", 16).put("left", 20).put("right", 150);
    series.putObject("label").put("show", true).put("position", "right").put("fontSize", 12).put("color", "#1f2933");
    series.putObject("lineStyle").put("color", "#9fb3c8").put("width", 1).put("curveness", 0.08).put("opacity", 0.8);
    series.set("data", nodes);
    series.set("links", edges);
    out.open("div", "class", "chain", "data-chain", chain.enterprise().value());
    out.element("h3", (index + 1) + ". " + name(chain.enterprise()) + "（" + districtName(districtOf(region(chain.enterprise())))
        + "，" + (chain.working() ? "在产" : "停产") + "）");
    out.open("div", "class", "pair wide");
    chart("chain-" + index, option, (int) Math.max(240, 70 + tallest * rowHeight));
    out.open("div");
    table(List.of("层级", "企业", "在产", "在产占比", "市外", "断点"), List.of(false, true, true, true, true, true), () -> {
      for (ChainTier t : chain.tiers()) {
        row(t.tier() + "级供应商", fmt(t.enterprises()), fmt(t.working()),
            t.enterprises() == 0 ? "—" : pct(t.working(), t.enterprises()), fmt(t.outOfCity()), fmt(t.breakpoints()));
      }
      row("重点企业自身", "1", chain.working() ? "1" : "0", chain.working() ? "100.0%" : "0.0%",
          inCity(chain.enterprise()) ? "0" : "1", fmt(chain.ownBreakpoints()));
    });
    List<Uscc> stopped = new ArrayList<>();
    network.tiers().forEach((u, t) -> {
      if (!working(u)) {
        stopped.add(u);
      }
    });
    if (!stopped.isEmpty()) {
      out.element("h3", "停产供应商");
      List<Uscc> listed = stopped.subList(0, Math.min(10, stopped.size()));
      table(List.of("层级", "企业", "县区/地区"), List.of(false, false, false), () -> {
        for (Uscc u : listed) {
          out.open("tr", "class", "stopped").element("td", network.tiers().get(u) + "级")
              .element("td", name(u), "class", "stop").element("td", placeName(region(u))).close("tr");
        }
      });
      more(stopped.size() - listed.size(), "家停产供应商");
    }
    if (!network.breakpoints().isEmpty()) {
      out.element("h3", "链上断点");
      breakpointTable(network.breakpoints().subList(0, Math.min(10, network.breakpoints().size())));
      more(network.breakpoints().size() - Math.min(10, network.breakpoints().size()), "个断点");
    }
    out.close("div").close("div").close("div");
  }

  private void addNode(ArrayNode nodes, String id, String label, double x, double y, String color,
      String symbol, int size, String tooltip) {
    ObjectNode n = nodes.addObject();
    n.put("id", id).put("name", label).put("x", x).put("y", y).put("symbol", symbol).put("symbolSize", size);
    n.putObject("itemStyle").put("color", color);
    n.putObject("tooltip").put("formatter", tooltip.replace("{", "｛").replace("}", "｝"));
  }

  // ---- building blocks ----

  private void breakpointTable(List<Breakpoint> breakpoints) {
    List<Breakpoint> listed = breakpoints.subList(0, Math.min(spec.rowsListed, breakpoints.size()));
    table(List.of("企业", "缺少的投入品", "停产供应商", "货源"), List.of(false, false, false, false), () -> {
      for (Breakpoint b : listed) {
        List<String> stopped = b.stoppedSuppliers().stream().limit(3).map(this::shortName).toList();
        out.open("tr").element("td", name(b.enterprise())).element("td", b.product())
            .element("td", String.join("、", stopped) + (b.stoppedSuppliers().size() > 3
                ? " 等 " + b.stoppedSuppliers().size() + " 家" : ""), "class", "stop")
            .element("td", sourcingName(b.sourcing())).close("tr");
      }
    });
  }

  private void groupTable(String what, List<GroupHealth> groups, List<String> names, String kind) {
    out.open("div", "class", "tablebox");
    table(List.of(what, "企业", "已复工", "部分复工", "未复工", "未知", "在产占比", "受阻投入品", "断点", "停滞供货", "风险企业"),
        List.of(false, true, true, true, true, true, true, true, true, true, true), () -> {
          int[] t = new int[10];
          for (int i = 0; i < groups.size(); i++) {
            GroupHealth g = groups.get(i);
            int[] v = {g.enterprises(), g.resumed(), g.partial(), g.suspended(), g.unknown(), g.working(),
                g.blocked(), g.breakpoints(), g.stalled(), g.atRisk()};
            for (int k = 0; k < v.length; k++) {
              t[k] += v[k];
            }
            out.open("tr", "data-" + kind, g.code()).element("td", names.get(i));
            groupCells(v);
            out.close("tr");
          }
          out.open("tr", "class", "total", "data-" + kind, "total").element("td", "合计");
          groupCells(t);
          out.close("tr");
        });
    out.close("div");
  }

  private void groupCells(int[] v) {
    String[] keys = {"enterprises", null, null, null, null, null, "blocked", "breakpoints", "stalled", "at_risk"};
    for (int k = 0; k < 5; k++) {
      out.element("td", fmt(v[k]), "class", "n", "data-key", keys[k]);
    }
    out.element("td", pct(v[5], v[0]), "class", "n");
    for (int k = 6; k < 10; k++) {
      out.element("td", fmt(v[k]), "class", "n", "data-key", keys[k]);
    }
  }

  private void section(String id, String title, String note) {
    out.open("section", "id", id).element("h2", title).element("p", note, "class", "note");
  }

  private void endSection() {
    out.close("section").newline();
  }

  private void tile(String key, String label, long value, String tone) {
    out.open("div", "class", tone == null ? "tile" : "tile " + tone, "data-key", key)
        .element("div", fmt(value), "class", "v").element("div", label, "class", "k").close("div");
  }

  private void chart(String id, ObjectNode option, int height) {
    charts.set(id, option);
    out.open("div", "class", "chart", "id", "chart-" + id, "data-chart", id, "style", "height:" + height + "px")
        .close("div");
  }

  private void table(List<String> headers, List<Boolean> numeric, Runnable body) {
    out.open("div", "class", "tablebox").open("table").open("thead").open("tr");
    for (int i = 0; i < headers.size(); i++) {
      out.element("th", headers.get(i), "class", numeric.get(i) ? "n" : null);
    }
    out.close("tr").close("thead").open("tbody");
    body.run();
    out.close("tbody").close("table").close("div");
  }

  private void row(String... cells) {
    out.open("tr");
    for (int i = 0; i < cells.length; i++) {
      out.element("td", cells[i], "class", i == 0 ? null : "n");
    }
    out.close("tr");
  }

  private void totalRow(String... cells) {
    out.open("tr", "class", "total");
    for (int i = 0; i < cells.length; i++) {
      out.element("td", cells[i], "class", i == 0 ? null : "n");
    }
    out.close("tr");
  }

  private void more(int n, String what) {
    if (n > 0) {
      out.element("p", "另有 " + fmt(n) + " " + what + "未列出。", "class", "more");
    }
  }

  private void legend(String color, String label) {
    out.open("span").open("i", "class", "dot", "style", "background:" + color).close("i").text(label).close("span");
  }

  // ---- names ----

  /** The county-level unit of the home city {@code region} is in, or {@link #OUTSIDE}. */
  String districtOf(RegionCode region) {
    // Called once per enterprise; a city has a few hundred region codes at most.
    return districts.computeIfAbsent(region, this::findDistrict);
  }

  private String findDistrict(RegionCode region) {
    if (!region.isWithin(city)) {
      return OUTSIDE;
    }
    RegionCode r = region;
    while (r.parent().isPresent() && !r.parent().get().equals(city) && !r.equals(city)) {
      r = r.parent().get();
    }
    return r.code();
  }

  private String districtName(String code) {
    if (code.equals(OUTSIDE)) {
      return "市外";
    }
    if (code.equals(city.code())) {
      return "市本级";
    }
    return regions.find(code).map(RegionCode::name).orElse(code);
  }

  private String placeName(RegionCode region) {
    return region.isWithin(city) ? districtName(districtOf(region)) : region.fullName();
  }

  private static String industryName(String division) {
    if (division.isEmpty()) {
      return "未填行业";
    }
    Map<String, String> names = Assets.industryNames();
    String name = names.get(division);
    return name != null ? division + " " + name : division + "（" + names.getOrDefault(division.substring(0, 1), "") + "）";
  }

  private static String shortIndustry(String division) {
    if (division.isEmpty()) {
      return "未填行业";
    }
    String name = Assets.industryNames().get(division);
    if (name == null) {
      name = Assets.industryNames().getOrDefault(division.substring(0, 1), "");
    }
    return division + " " + (name.length() > 10 ? name.substring(0, 9) + "…" : name);
  }

  private Enterprise enterprise(Uscc u) {
    return graph.enterpriseAt(graph.idOf(u));
  }

  private String name(Uscc u) {
    return enterprise(u).name();
  }

  /** The name without the usual legal-form suffix, so graph labels stay short. */
  private String shortName(Uscc u) {
    String n = name(u);
    for (String suffix : List.of("股份有限公司", "有限责任公司", "有限公司")) {
      if (n.endsWith(suffix) && n.length() > suffix.length() + 2) {
        n = n.substring(0, n.length() - suffix.length());
        break;
      }
    }
    return n.length() > 14 ? n.substring(0, 13) + "…" : n;
  }

  private RegionCode region(Uscc u) {
    return enterprise(u).region();
  }

  private boolean working(Uscc u) {
    return graph.statusAt(graph.idOf(u)).isWorking();
  }

  private boolean inCity(Uscc u) {
    return region(u).isWithin(city);
  }

  static String stateName(OperatingState s) {
    return switch (s) {
      case RESUMED -> "已复工";
      case PARTIAL -> "部分复工";
      case SUSPENDED -> "未复工";
      case UNKNOWN -> "未知";
    };
  }

  static String sourcingName(Sourcing s) {
    return switch (s) {
      case IN_CITY_ONLY -> "仅市内有货源";
      case OUT_OF_CITY_ONLY -> "仅市外有货源";
      case MIXED -> "市内外均有";
      case NONE_KNOWN -> "未知货源";
    };
  }

  static String requestStateName(RequestState s) {
    return switch (s) {
      case DRAFT -> "待发";
      case SENT -> "已发函";
      case ACKNOWLEDGED -> "已回复";
      case RESOLVED -> "已办结";
      case REJECTED -> "已拒绝";
      case EXPIRED -> "已过期";
    };
  }

  private static List<Integer> ints(List<GroupHealth> groups, ToIntFunction<GroupHealth> f) {
    return groups.stream().map(f::applyAsInt).toList();
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String signed(long n) {
    return n > 0 ? "+" + fmt(n) : fmt(n);
  }

  private static String pct(long part, long whole) {
    return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
