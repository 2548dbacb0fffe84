package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Internal;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.TableWriter;

/**
 * Writes a {@link ResumptionReport} as {@code breakpoints.csv}, {@code blocked.csv}, {@code
 * priorities.csv}, {@code stalled.csv} and {@code at-risk.csv}, and a {@link WhatIf} as {@code what-if.csv}, through {@link TableWriter}: each
 * file appears whole or not at all, and no cell can run as a spreadsheet formula. Columns are documented in {@code core/ANALYSIS.md}. Several
 * codes in one cell are separated by {@code ;}, as in the input contract.
 */
@Internal
public final class AnalysisTables {

  /** Columns of {@code breakpoints.csv}. */
  public static final List<String> BREAKPOINT_COLUMNS =
      List.of(
          "breakpoint_id", "enterprise", "enterprise_name", "enterprise_region", "status",
          "product", "stopped_suppliers", "sourcing", "working_makers_in_city",
          "working_makers_out_of_city");

  /** Columns of {@code blocked.csv}. */
  public static final List<String> BLOCKED_COLUMNS =
      List.of(
          "enterprise", "enterprise_name", "enterprise_region", "key", "product", "coverage",
          "blocking_suppliers");

  /** Columns of {@code priorities.csv}. */
  public static final List<String> PRIORITY_COLUMNS =
      List.of(
          "rank", "enterprise", "enterprise_name", "enterprise_region", "key", "status", "score",
          "unblocked_inputs", "freed_enterprises", "dependence", "explanation");

  /** Columns of {@code stalled.csv}: one row per {@link Stalled} (supplier and product). */
  public static final List<String> STALLED_COLUMNS =
      List.of(
          "enterprise", "enterprise_name", "enterprise_region", "status", "product",
          "stopped_customers", "why");

  /** Columns of {@code at-risk.csv}: one row per {@link AtRisk} enterprise of the cascade. */
  public static final List<String> AT_RISK_COLUMNS =
      List.of(
          "enterprise", "enterprise_name", "enterprise_region", "status", "tier", "via",
          "products", "why");

  /** Columns of {@code what-if.csv}. */
  public static final List<String> WHAT_IF_COLUMNS =
      List.of(
          "change", "enterprise", "enterprise_name", "enterprise_region", "status_before",
          "status_after", "product", "coverage", "sourcing", "tier", "via");

  private AnalysisTables() {}

  /**
   * Writes the five tables ({@code breakpoints.csv}, {@code blocked.csv}, {@code priorities.csv},
   * {@code stalled.csv}, {@code at-risk.csv}) into {@code directory}, which is created if missing;
   * existing files of the same names are replaced. Each table has exactly one row per record of
   * the report's list ({@link ResumptionReport#stalled()}, {@link ResumptionReport#cascade()}, …),
   * so its row count equals that list's size.
   */
  public static void write(ResumptionReport report, Path directory) throws IOException {
    checkNotNull(report, "report");
    Files.createDirectories(directory);
    SupplyGraph graph = report.graph();
    try (TableWriter out =
        TableWriter.create(directory.resolve("breakpoints.csv"), BREAKPOINT_COLUMNS)) {
      for (Breakpoint b : report.breakpoints()) {
        Enterprise e = graph.enterprise(b.enterprise()).orElseThrow();
        out.row(
            List.of(
                b.demandId(), e.uscc(), e.name(), e.region().code(), e.status().state(),
                b.product(), codes(b.stoppedSuppliers()), b.sourcing(), b.workingMakersInCity(),
                b.workingMakersOutOfCity()));
      }
      out.commit();
    }
    try (TableWriter out = TableWriter.create(directory.resolve("blocked.csv"), BLOCKED_COLUMNS)) {
      for (Blocked b : report.blocked()) {
        Enterprise e = graph.enterprise(b.enterprise()).orElseThrow();
        out.row(
            List.of(
                e.uscc(), e.name(), e.region().code(), e.key(), b.product(),
                decimal(b.coverage()), codes(b.blockingSuppliers())));
      }
      out.commit();
    }
    try (TableWriter out =
        TableWriter.create(directory.resolve("priorities.csv"), PRIORITY_COLUMNS)) {
      for (Priority p : report.priorities()) {
        Enterprise e = graph.enterprise(p.enterprise()).orElseThrow();
        out.row(
            List.of(
                p.rank(), e.uscc(), e.name(), e.region().code(), e.key(), e.status().state(),
                decimal(p.score()), p.unblockedInputs(), p.freedEnterprises(),
                decimal(p.dependence()), p.explanation()));
      }
      out.commit();
    }
    writeStalled(report, directory.resolve("stalled.csv"));
    writeAtRisk(report, directory.resolve("at-risk.csv"));
  }

  /** 上游已复工而下游未复工: working suppliers whose customers for a product all do not work. */
  private static void writeStalled(ResumptionReport report, Path file) throws IOException {
    SupplyGraph graph = report.graph();
    try (TableWriter out = TableWriter.create(file, STALLED_COLUMNS)) {
      for (Stalled s : report.stalled()) {
        Enterprise e = graph.enterprise(s.supplier()).orElseThrow();
        StringBuilder why = new StringBuilder(stateText(e.status()))
            .append("，但「").append(s.product()).append("」的全部 ")
            .append(s.customers().size()).append(" 家客户均未在生产：");
        for (int i = 0; i < s.customers().size(); i++) {
          Enterprise c = graph.enterprise(s.customers().get(i)).orElseThrow();
          why.append(i == 0 ? "" : "、").append(c.name()).append("（")
              .append(stateText(c.status())).append("）");
        }
        out.row(
            List.of(
                e.uscc(), e.name(), e.region().code(), e.status().state(), s.product(),
                codes(s.customers()), why));
      }
      out.commit();
    }
  }

  /** The cascade: enterprises that can produce but wait on one that cannot, tier by tier. */
  private static void writeAtRisk(ResumptionReport report, Path file) throws IOException {
    SupplyGraph graph = report.graph();
    try (TableWriter out = TableWriter.create(file, AT_RISK_COLUMNS)) {
      for (AtRisk a : report.cascade()) {
        Enterprise e = graph.enterprise(a.enterprise()).orElseThrow();
        Enterprise via = graph.enterprise(a.via()).orElseThrow();
        // The in-edges of the enterprise are few; a hub supplier's out-edges may be thousands.
        List<String> products = graph.relationsInto(a.enterprise()).stream()
            .filter(r -> r.supplier().equals(a.via())).map(r -> r.product()).distinct().toList();
        String cause;
        if (a.tier() > 1) {
          cause = "为第 " + (a.tier() - 1) + " 级风险企业";
        } else if (via.status().isWorking()) {
          cause = "已复工但投入品短缺（受阻），无法正常生产";
        } else {
          cause = stateText(via.status()) + "，无法生产";
        }
        String why = "第 " + a.tier() + " 级：供应商" + via.name() + "（" + via.uscc() + "）"
            + cause + "，其供应「" + String.join("、", products) + "」";
        out.row(
            List.of(
                e.uscc(), e.name(), e.region().code(), e.status().state(), a.tier(), via.uscc(),
                String.join(";", products), why));
      }
      out.commit();
    }
  }

  private static String stateText(OperatingStatus status) {
    String text = status.state().chinese();
    return status.hasKnownCapacity() && status.state() == OperatingState.PARTIAL
        ? text + " 产能" + status.capacity() + "%"
        : text;
  }

  /**
   * Writes {@code what-if.csv} into {@code directory}, which is created if missing: one row per
   * input, breakpoint or enterprise whose state the change flips, grouped by kind of change in
   * the order of {@link WhatIf}'s lists, each group in its canonical order. The {@code change}
   * column is one of {@code newly_blocked}, {@code no_longer_blocked}, {@code new_breakpoint},
   * {@code resolved_breakpoint}, {@code newly_at_risk} and {@code no_longer_at_risk};
   * {@code coverage} is filled for blocked inputs, {@code sourcing} for breakpoints, {@code tier}
   * and {@code via} for the cascade, each as the record describes it (before the change for the
   * {@code no_longer} and {@code resolved} rows, after it otherwise).
   *
   * @param before the report the what-if was computed from, for the statuses before the change
   */
  public static void writeWhatIf(ResumptionReport before, WhatIf effect, Path directory)
      throws IOException {
    checkNotNull(before, "before");
    checkNotNull(effect, "effect");
    Files.createDirectories(directory);
    SupplyGraph was = before.graph();
    SupplyGraph now = effect.after().graph();
    try (TableWriter out = TableWriter.create(directory.resolve("what-if.csv"), WHAT_IF_COLUMNS)) {
      for (Blocked b : effect.newlyBlocked()) {
        out.row(whatIfRow("newly_blocked", b.enterprise(), was, now, b.product(),
            decimal(b.coverage()), "", "", null));
      }
      for (Blocked b : effect.noLongerBlocked()) {
        out.row(whatIfRow("no_longer_blocked", b.enterprise(), was, now, b.product(),
            decimal(b.coverage()), "", "", null));
      }
      for (Breakpoint b : effect.newBreakpoints()) {
        out.row(whatIfRow("new_breakpoint", b.enterprise(), was, now, b.product(), "",
            b.sourcing(), "", null));
      }
      for (Breakpoint b : effect.resolvedBreakpoints()) {
        out.row(whatIfRow("resolved_breakpoint", b.enterprise(), was, now, b.product(), "",
            b.sourcing(), "", null));
      }
      for (AtRisk a : effect.newlyAtRisk()) {
        out.row(whatIfRow("newly_at_risk", a.enterprise(), was, now, "", "", "", a.tier(),
            a.via()));
      }
      for (AtRisk a : effect.noLongerAtRisk()) {
        out.row(whatIfRow("no_longer_at_risk", a.enterprise(), was, now, "", "", "", a.tier(),
            a.via()));
      }
      out.commit();
    }
  }

  private static List<Object> whatIfRow(
      String change, Uscc code, SupplyGraph was, SupplyGraph now, String product, String coverage,
      Object sourcing, Object tier, Uscc via) {
    Enterprise e = now.enterprise(code).orElseThrow();
    return List.of(
        change, e.uscc(), e.name(), e.region().code(),
        was.enterprise(code).orElseThrow().status().state(), e.status().state(), product,
        coverage, sourcing, tier, via == null ? "" : via.value());
  }

  private static String codes(List<Uscc> codes) {
    return codes.stream().map(Uscc::value).collect(Collectors.joining(";"));
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
