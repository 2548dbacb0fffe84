package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.TableWriter;

/**
 * Writes a {@link ResumptionReport} as {@code breakpoints.csv}, {@code blocked.csv} and {@code
 * priorities.csv} through {@link TableWriter}: each file appears whole or not at all, and no cell
 * can run as a spreadsheet formula. Columns are documented in {@code core/ANALYSIS.md}. Several
 * codes in one cell are separated by {@code ;}, as in the input contract.
 */
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

  private AnalysisTables() {}

  /**
   * Writes the three tables into {@code directory}, which is created if missing; existing files
   * of the same names are replaced.
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
  }

  private static String codes(List<Uscc> codes) {
    return codes.stream().map(Uscc::value).collect(Collectors.joining(";"));
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
