package org.chainmatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.benchmarks.ResultsTable.Machine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {
  /** Abridged JMH 1.37 JSON: a sampled query, a timed build and a batch without an error. */
  private static final String JSON = """
      [ {
        "jmhVersion" : "1.37",
        "benchmark" : "org.chainmatch.benchmarks.index.IndexBenchmark.query",
        "mode" : "sample", "threads" : 1, "forks" : 1,
        "jvmArgs" : [ "-Xmx6g" ],
        "jdkVersion" : "17.0.15", "vmName" : "OpenJDK 64-Bit Server VM", "vmVersion" : "17.0.15+6",
        "warmupIterations" : 2, "warmupTime" : "2 s",
        "measurementIterations" : 3, "measurementTime" : "2 s",
        "params" : { "size" : "100000", "filter" : "city" },
        "primaryMetric" : {
          "score" : 950.0, "scoreError" : 25.5, "scoreConfidence" : [ 924.5, 975.5 ],
          "scorePercentiles" : { "0.0" : 100.0, "50.0" : 800.0, "99.0" : 6000.0, "100.0" : 9000.0 },
          "scoreUnit" : "us/op"
        }
      }, {
        "benchmark" : "org.chainmatch.benchmarks.index.IndexBenchmark.build",
        "mode" : "avgt", "forks" : 1, "jvmArgs" : [ "-Xmx6g" ],
        "jdkVersion" : "17.0.15", "vmName" : "OpenJDK 64-Bit Server VM", "vmVersion" : "17.0.15+6",
        "warmupIterations" : 2, "warmupTime" : "2 s",
        "measurementIterations" : 3, "measurementTime" : "2 s",
        "params" : { "size" : "100000" },
        "primaryMetric" : {
          "score" : 4.0, "scoreError" : 0.5,
          "scorePercentiles" : { "50.0" : 4.0 },
          "scoreUnit" : "s/op"
        }
      }, {
        "benchmark" : "org.chainmatch.benchmarks.matching.MatchBenchmark.batch",
        "mode" : "ss", "forks" : 1, "jvmArgs" : [ "-Xmx6g" ],
        "jdkVersion" : "17.0.15", "vmName" : "OpenJDK 64-Bit Server VM", "vmVersion" : "17.0.15+6",
        "warmupIterations" : 2, "warmupTime" : "2 s",
        "measurementIterations" : 3, "measurementTime" : "2 s",
        "params" : { "size" : "100000" },
        "primaryMetric" : { "score" : 45000.0, "scoreError" : "NaN", "scoreUnit" : "ms/op" }
      } ]
      """;

  private List<JmhResult> results;

  @BeforeEach
  void read(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("results.json");
    Files.writeString(json, JSON);
    results = ResultsTable.read(json);
  }

  @Test
  void readsScoreErrorUnitParamsAndPercentiles() {
    JmhResult query = results.get(0);
    assertThat(query.score()).isEqualTo(950.0);
    assertThat(query.error()).isEqualTo(25.5);
    assertThat(query.unit()).isEqualTo("us/op");
    assertThat(query.size()).contains(100_000);
    assertThat(query.otherParams()).isEqualTo("filter=city");
    assertThat(query.percentile("99.0")).hasValue(6000.0);
  }

  @Test
  void ignoresPercentilesOfModesThatDoNotSample() {
    assertThat(results.get(1).percentile("50.0")).isEmpty();
  }

  @Test
  void readsAMissingErrorAsNaN() {
    assertThat(results.get(2).error()).isNaN();
  }

  @Test
  void convertsPercentilesToTheTargetsUnitAndJudgesEach() {
    JmhResult query = results.get(0);
    // p50 800 us = 0.8 ms <= 1 ms; p99 6000 us = 6 ms > 5 ms.
    assertThat(verdictOf("filtered top-20 query p50", query)).isEqualTo("yes (0.800 ms)");
    assertThat(verdictOf("filtered top-20 query p99", query)).isEqualTo("**NO** (6.00 ms)");
  }

  @Test
  void derivesEnterprisesPerSecondFromTheSizeParameter() {
    // 100,000 enterprises in 4 s = 25,000 per second >= 10,000.
    assertThat(verdictOf("index build", results.get(1))).isEqualTo("yes (25,000 enterprises/s)");
  }

  @Test
  void convertsASingleShotTimeToSeconds() {
    // 45,000 ms = 45 s > 20 s.
    assertThat(verdictOf("100,000-demand batch", results.get(2))).isEqualTo("**NO** (45.0 s)");
  }

  @Test
  void saysWhenAPercentileTargetMeetsAResultWithoutPercentiles() {
    JmhResult averaged = new JmhResult("org.chainmatch.benchmarks.index.IndexBenchmark.query",
        "avgt", Map.of(), 0.5, 0.1, "ms/op", Map.of(), "17", List.of(), "");
    assertThat(verdictOf("filtered top-20 query p99", averaged))
        .isEqualTo("n/a: needs Mode.SampleTime");
  }

  @Test
  void doesNotJudgeATargetStatedForAnotherSize() {
    JmhResult analysis = new JmhResult(
        "org.chainmatch.benchmarks.analysis.ResumptionBenchmark.wholeAnalysis",
        "avgt", Map.of("enterprises", "100000"), 0.5, 0.1, "s/op", Map.of(), "17",
        List.of(), "");
    assertThat(verdictOf("whole analysis", analysis)).isEqualTo("n/a: stated for size 1000000");
  }

  @Test
  void readsTheSizeFromAnEnterprisesParameterToo() {
    JmhResult analysis = new JmhResult(
        "org.chainmatch.benchmarks.analysis.ResumptionBenchmark.wholeAnalysis",
        "avgt", Map.of("enterprises", "1000000", "seed", "42"), 1500, 0.1, "ms/op", Map.of(), "17",
        List.of(), "");
    assertThat(analysis.size()).contains(1_000_000);
    assertThat(analysis.otherParams()).isEqualTo("seed=42");
    // 1,500 ms > 150 ms.
    assertThat(verdictOf("whole analysis", analysis)).isEqualTo("**NO** (1,500 ms)");
  }

  @Test
  void readsTargetsOffTheMethodNameNotTheClassName() {
    assertThat(Target.CHAINMATCH)
        .noneMatch(t -> t.appliesTo(
            "org.chainmatch.benchmarks.analysis.ResumptionBenchmark.analysisState"));
    assertThat(Target.CHAINMATCH)
        .filteredOn(t -> t.appliesTo(
            "org.chainmatch.benchmarks.index.IndexQueryBenchmark.statusUpdateVisible"))
        .extracting(Target::label)
        .containsExactly("status update visible to searches p50 ≤ 20 ms");
    assertThat(Target.CHAINMATCH)
        .filteredOn(t -> t.appliesTo(
            "org.chainmatch.benchmarks.index.IndexQueryBenchmark.filteredTop20"))
        .extracting(Target::label)
        .containsExactly("filtered top-20 query p50 ≤ 1 ms", "filtered top-20 query p99 ≤ 5 ms");
  }

  @Test
  void marksChainmatchTargetsShownBesideTheAlternativesAsReferences() {
    List<String> shown = Target.CHAINMATCH.stream()
        .filter(t -> t.appliesTo("org.chainmatch.benchmarks.AlternativeQueryBenchmark.query"))
        .map(Target::shortForm)
        .toList();
    assertThat(shown).containsExactly("ref. p50 ≤ 1 ms", "ref. p99 ≤ 5 ms");
  }

  @Test
  void tableHasOneRowPerResultWithTargetsAndTheMachine() {
    String page = new ResultsTable(Target.CHAINMATCH)
        .render(results, "benchmarks/run.sh quick", new Machine(2, "Test CPU @ 2.0GHz"));

    assertThat(page)
        .contains("- CPUs (`nproc`): 2", "- CPU model: Test CPU @ 2.0GHz",
            "- JDK: 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)", "- JVM flags: `-Xmx6g`")
        .contains("| index.IndexBenchmark.query [filter=city] | 100,000 | sample | 950 | ± 25.5 "
            + "| 800 | 6,000 | us/op | p50 ≤ 1 ms; p99 ≤ 5 ms | yes (0.800 ms); "
            + "**NO** (6.00 ms) |")
        .contains("| matching.MatchBenchmark.batch | 100,000 | ss | 45,000 | — |");
  }

  @Test
  void scalesABatchTimeToOneHundredThousandDemandsByTheDemandsParameter() {
    // 1,000 demands in 0.15 s: 100,000 demands would take 15 s.
    JmhResult batch = build("matching.MatchBatchBenchmark.matchBatch", 1_000_000, 0.15, "s/op",
        Map.of("demands", "1000"));

    assertThat(verdictOf("100,000-demand batch", batch)).isEqualTo("yes (15.0 s)");
  }

  @Test
  void mergesRunsWithTheLaterRunsResultForTheSameBenchmarkAndSize() {
    Machine machine = new Machine(2, "Test CPU");
    ResultsTable.Run quick = new ResultsTable.Run("quick.json", "benchmarks/run.sh quick",
        List.of(build("LoadBenchmark.load", 10_000, 80, "ms/op", Map.of()),
            build("LoadBenchmark.load", 100_000, 900, "ms/op", Map.of())),
        "1.10, 1.00, 0.90", "1.20, 1.00, 0.50", "12");
    ResultsTable.Run full = new ResultsTable.Run("full.json", "benchmarks/run.sh full Load",
        List.of(build("LoadBenchmark.load", 100_000, 1_000, "ms/op", Map.of()),
            build("LoadBenchmark.load", 1_000_000, 12_000, "ms/op", Map.of())),
        "1.00, 2.50, 3.00", "1.10, 2.20, 2.40", "20");

    String page = new ResultsTable(Target.CHAINMATCH).render(List.of(quick, full), machine);

    assertThat(page)
        .contains("| quick.json | `benchmarks/run.sh quick` |", "| 1.10, 1.00, 0.90 | "
            + "1.20, 1.00, 0.50 |  | 12 | shown |")
        .contains("| LoadBenchmark.load | 10,000 | avgt | 80.0 |")
        .contains("| LoadBenchmark.load | 100,000 | avgt | 1,000 |")
        .doesNotContain("| LoadBenchmark.load | 100,000 | avgt | 900 |")
        .contains("| LoadBenchmark.load | 1,000,000 | avgt | 12,000 |");
    // 80 → 1,000 is 12.5×, 1,000 → 12,000 is 12×.
    assertThat(page).contains("| LoadBenchmark.load | ms/op | 80.0 | 1,000 (12.5×) | 12,000 (12.0×) |");
  }

  @Test
  void leavesOutARunMeasuredUnderALoadAboveTheCoreCountUnlessForced() {
    Machine machine = new Machine(2, "Test CPU");
    ResultsTable.Run busy = new ResultsTable.Run("busy.json", "benchmarks/run.sh quick",
        List.of(build("LoadBenchmark.load", 10_000, 80, "ms/op", Map.of())),
        "0.50, 0.40, 0.30", "1.00, 0.80, 0.60", "5.75", "3", WarmupLog.empty());
    ResultsTable table = new ResultsTable(Target.CHAINMATCH);

    assertThat(table.render(List.of(busy), machine))
        .contains("**left out: measured under a load above 2**")
        .doesNotContain("| LoadBenchmark.load | 10,000 |");
    assertThat(table.render(List.of(busy), machine, true))
        .contains("(forced)")
        .contains("| LoadBenchmark.load | 10,000 | avgt | 80.0 |");
  }

  @Test
  void readsWarmupIterationsPerBenchmarkAndParametersFromJmhsLog() {
    WarmupLog log = WarmupLog.parse(List.of(
        "# Benchmark: org.chainmatch.benchmarks.LoadBenchmark.load",
        "# Parameters: (size = 10000)",
        "# Warmup Iteration   1: 120.512 ms/op",
        "# Warmup Iteration   2: 81.004 ms/op",
        "# Warmup Iteration   3: 80.250 ms/op",
        "Iteration   1: 80.100 ms/op",
        "# Benchmark: org.chainmatch.benchmarks.LoadBenchmark.load",
        "# Parameters: (size = 100000)",
        "# Warmup Iteration   1: 1,450.000 ±(99.9%) 20.1 ms/op",
        "# Warmup Iteration   2: 1,200.000 ±(99.9%) 20.1 ms/op"));

    assertThat(log.of(build("LoadBenchmark.load", 10_000, 80, "ms/op", Map.of())))
        .containsExactly(120.512, 81.004, 80.250);
    assertThat(log.of(build("LoadBenchmark.load", 100_000, 900, "ms/op", Map.of())))
        .containsExactly(1450.0, 1200.0);
    assertThat(log.of(build("LoadBenchmark.load", 1_000_000, 9, "ms/op", Map.of()))).isEmpty();
  }

  @Test
  void judgesWarmupSettledWhenTheLastTwoAgreeWithinTheMeasurementError() {
    WarmupLog log = WarmupLog.parse(List.of(
        "# Benchmark: org.chainmatch.benchmarks.AlternativeQueryBenchmark.query",
        "# Parameters: (size = 100000)",
        "# Warmup Iteration   1: 2.800 ms/op",
        "# Warmup Iteration   2: 0.160 ms/op",
        "# Warmup Iteration   3: 0.150 ms/op",
        "# Benchmark: org.chainmatch.benchmarks.AlternativeQueryBenchmark.query",
        "# Parameters: (size = 10000)",
        "# Warmup Iteration   1: 2.800 ms/op",
        "# Warmup Iteration   2: 0.900 ms/op"));
    JmhResult settled = withError(build("AlternativeQueryBenchmark.query", 100_000, 0.149,
        "ms/op", Map.of()), 0.012);
    JmhResult unsettled = withError(build("AlternativeQueryBenchmark.query", 10_000, 0.149,
        "ms/op", Map.of()), 0.012);

    // |0.150 - 0.160| = 0.010 <= 0.012; |0.900 - 2.800| = 1.9 > 0.012.
    assertThat(log.verdict(settled).settled()).isEqualTo(WarmupLog.Settled.YES);
    assertThat(log.verdict(unsettled).settled()).isEqualTo(WarmupLog.Settled.NO);
    assertThat(log.verdict(unsettled).cell()).startsWith("**NOT SETTLED** 2.80 → 0.900");
  }

  @Test
  void warnsAtTheTopOfThePageWhenAWarmupDidNotSettle() {
    Machine machine = new Machine(2, "Test CPU");
    WarmupLog log = WarmupLog.parse(List.of(
        "# Benchmark: org.chainmatch.benchmarks.LoadBenchmark.load",
        "# Parameters: (size = 10000)",
        "# Warmup Iteration   1: 300.000 ms/op",
        "# Warmup Iteration   2: 200.000 ms/op"));
    ResultsTable.Run run = new ResultsTable.Run("quick.json", "benchmarks/run.sh quick",
        List.of(build("LoadBenchmark.load", 10_000, 80, "ms/op", Map.of())),
        "0.1", "0.1", "0.2", "3", log);

    // No error from JMH: 5% of 80 = 4 ms of tolerance, and 300 → 200 differs by 100.
    String page = new ResultsTable(Target.CHAINMATCH).render(List.of(run), machine);
    assertThat(page)
        .contains("**Warning:** the warm-up of 1 of 1 results did not settle")
        .contains("**NOT SETTLED** 300 → 200 (± 4.00)");
    assertThat(page.indexOf("**Warning:**")).isLessThan(page.indexOf("## Runs"));
    assertThat(page.split("## Runs", -1)).hasSize(2);
  }

  @Test
  void fillsTheReadmeTableWithTheTargetedResultsOnly() {
    Machine machine = new Machine(2, "Test CPU");
    ResultsTable.Run run = new ResultsTable.Run("full.json", "benchmarks/run.sh full",
        List.of(build("LoadBenchmark.load", 1_000_000, 4_000, "ms/op", Map.of()),
            build("CityGeneratorBenchmark.writeCity", 1_000_000, 9, "s/op", Map.of())),
        "0.1", "0.1", "0.2", "3", WarmupLog.empty());
    String readme = "# x\n\nbefore\n" + ResultsTable.README_BEGIN + "\nold table\n"
        + ResultsTable.README_END + "\nafter\n";

    String table = new ResultsTable(Target.CHAINMATCH).readmeTable(List.of(run), machine, false);
    String updated = ResultsTable.replaceReadmeTable(readme, table);

    assertThat(table)
        .contains("| LoadBenchmark.load | 1,000,000 | 4,000 ms/op |  | ≤ 5 s (at size 1000000) "
            + "| yes (4.00 s) | unknown | full.json |")
        .doesNotContain("CityGenerator");
    assertThat(updated).startsWith("# x\n\nbefore\n" + ResultsTable.README_BEGIN + "\n| Benchmark")
        .endsWith(ResultsTable.README_END + "\nafter\n")
        .doesNotContain("old table");
  }

  @Test
  void refusesToFillAReadmeWithoutTheMarks() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ResultsTable.replaceReadmeTable("# no marks\n", "| t |\n"))
        .withMessageContaining("benchmarks:begin");
  }

  private static JmhResult withError(JmhResult r, double error) {
    return new JmhResult(r.benchmark(), r.mode(), r.params(), r.score(), error, r.unit(),
        r.percentiles(), r.jdk(), r.jvmArgs(), r.settings());
  }

  @Test
  void formatsNumbersToAboutThreeSignificantDigits() {
    assertThat(ResultsTable.number(123_456.7)).isEqualTo("123,457");
    assertThat(ResultsTable.number(12.345)).isEqualTo("12.3");
    assertThat(ResultsTable.number(1.2345)).isEqualTo("1.23");
    assertThat(ResultsTable.number(0.012345)).isEqualTo("0.0123");
    assertThat(ResultsTable.number(0.0012345)).isEqualTo("0.00123");
  }

  private static JmhResult build(String benchmark, int size, double score, String unit,
      Map<String, String> otherParams) {
    Map<String, String> params = new LinkedHashMap<>(otherParams);
    params.put("size", String.valueOf(size));
    return new JmhResult("org.chainmatch.benchmarks." + benchmark,
        unit.equals("s/op") ? "ss" : "avgt", params, score, Double.NaN, unit, Map.of(),
        "17.0.15", List.of(), "forks 1");
  }

  private static String verdictOf(String labelStart, JmhResult result) {
    return Target.CHAINMATCH.stream()
        .filter(t -> t.label().startsWith(labelStart))
        .filter(t -> t.appliesTo(result.benchmark()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + labelStart + " for " + result))
        .verdict(result);
  }
}
