package org.chainmatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.AnalysisOptions;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.testkit.generate.CityFiles;

/**
 * Runs the single-machine engine and the Spark jobs on the same city files and compares what they
 * find, row by row and in order.
 */
final class SingleMachineEquality {
  final List<SingleMachine.Row> expectedMatches;
  final ResumptionReport report;
  final List<SingleMachine.Row> actualMatches;
  final SparkAnalysis.Result analysis;
  final long singleMachineMillis;
  final long sparkMatchMillis;

  SingleMachineEquality(SparkSession spark, CityFiles city, RegionCode home, SparkMatching job, int parts)
      throws Exception {
    long start = System.nanoTime();
    try (ChainMatch engine = SingleMachine.engine(city, home)) {
      expectedMatches = SingleMachine.matches(engine, city);
      report = engine.analyze();
    }
    singleMachineMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    CityInput input = CityInput.csv(spark, city.enterprises().toString(), city.relations().toString(),
        city.demands().toString(), false);
    actualMatches = job.match(input).orderBy("demand_ord", "rank").collectAsList().stream()
        .map(r -> new SingleMachine.Row(r.getString(1), r.getInt(2), r.getString(3),
            String.format(Locale.ROOT, "%.4f", r.getDouble(7)), r.getString(9)))
        .toList();
    sparkMatchMillis = (System.nanoTime() - start) / 1_000_000;
    analysis = SparkAnalysis.of(home, AnalysisOptions.defaults(), parts).analyze(input);
  }

  /** Times of the single-machine engine (load, index, match, analyse) and of the Spark matching. */
  String timings() {
    return "single machine " + singleMachineMillis + " ms, Spark matching " + sparkMatchMillis + " ms";
  }

  void assertMatchesEqual() {
    assertThat(expectedMatches).hasSizeGreaterThan(1_000);
    assertThat(actualMatches).containsExactlyElementsOf(expectedMatches);
  }

  void assertBlockedEqual() {
    List<String> expected = report.blocked().stream()
        .map(b -> b.enterprise().value() + " " + b.product() + " " + b.coverage() + " " + codes(b.blockingSuppliers()))
        .toList();
    List<String> actual = rows(analysis.blocked()).stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getDouble(2) + " " + r.getList(3))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  void assertBreakpointsEqual() {
    List<String> expected = report.breakpoints().stream()
        .map(b -> b.enterprise().value() + " " + b.product() + " " + b.ordinal() + " " + codes(b.stoppedSuppliers())
            + " " + b.sourcing() + " " + b.workingMakersInCity() + " " + b.workingMakersOutOfCity())
        .toList();
    List<String> actual = rows(analysis.breakpoints()).stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getInt(2) + " " + r.getList(3)
            + " " + r.getString(4) + " " + r.getLong(5) + " " + r.getLong(6))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  void assertStalledEqual() {
    List<String> expected = report.stalled().stream()
        .map(s -> s.supplier().value() + " " + s.product() + " " + codes(s.customers()))
        .toList();
    List<String> actual = rows(analysis.stalled()).stream()
        .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getList(2))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  void assertCascadeEqual() {
    List<String> expected = report.cascade().stream()
        .map(a -> a.enterprise().value() + " " + a.tier() + " " + a.via().value())
        .toList();
    List<String> actual = rows(analysis.atRisk()).stream()
        .map(r -> r.getString(0) + " " + r.getInt(1) + " " + r.getString(2))
        .toList();
    assertThat(expected).extracting(s -> s.split(" ")[1]).contains("1", "2", "3");
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static List<Row> rows(Dataset<Row> table) {
    return table.collectAsList();
  }

  private static List<String> codes(List<Uscc> codes) {
    return codes.stream().map(Uscc::value).toList();
  }
}
