package org.chainmatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.chainmatch.core.io.TableWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.chainmatch.testkit.generate.CityFiles;

/**
 * Runs the single-machine engine and the Spark jobs on the same city files and compares what they
 * find, row by row and in order.
 */
final class SingleMachineEquality {
  final List<SingleMachine.Row> expectedMatches;
  final ResumptionReport report;
  /** The header and rows of the matches.csv the job wrote ({@link Tables#writeMatchesCsv}), as read back. */
  final List<String> csvHeader;
  final List<SingleMachine.Row> csvMatches;
  /** The rows of the Parquet folder the job wrote ({@link Tables#writeMatchesParquet}), part files in name order. */
  final List<String> parquetColumns;
  final List<SingleMachine.Row> parquetMatches;
  final SparkAnalysis.Result analysis;
  final long singleMachineMillis;
  final long sparkMatchMillis;

  SingleMachineEquality(SparkSession spark, CityFiles city, RegionCode home, SparkMatching job, int parts,
      Path out) throws Exception {
    long start = System.nanoTime();
    try (ChainMatch engine = SingleMachine.engine(city, home)) {
      expectedMatches = SingleMachine.matches(engine, city, home);
      report = engine.analyze();
    }
    singleMachineMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    CityInput input = CityInput.csv(spark, city.enterprises().toString(), city.relations().toString(),
        city.demands().toString(), false);
    Dataset<Row> matches = job.match(input).cache();
    Path csv = out.resolve("matches.csv");
    Tables.writeMatchesCsv(matches, csv);
    sparkMatchMillis = (System.nanoTime() - start) / 1_000_000;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
      csvHeader = parser.getHeaderNames();
      csvMatches = parser.getRecords().stream().map(r -> new SingleMachine.Row(r.toList())).toList();
    }
    String parquet = out.resolve("matches").toString();
    Tables.writeMatchesParquet(matches, parquet);
    matches.unpersist();
    List<SingleMachine.Row> fromParquet = new ArrayList<>();
    List<String> columns = null;
    try (var files = Files.list(Path.of(parquet))) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        Dataset<Row> table = spark.read().parquet(part.toString());
        columns = List.of(table.columns());
        for (Row r : table.collectAsList()) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < r.size(); i++) {
            cells.add(columns.get(i).equals("score")
                ? String.format(Locale.ROOT, "%.4f", r.getDouble(i)) : String.valueOf(r.get(i)));
          }
          fromParquet.add(new SingleMachine.Row(cells));
        }
      }
    }
    parquetColumns = columns;
    parquetMatches = fromParquet;
    analysis = SparkAnalysis.of(home, AnalysisOptions.defaults(), parts).analyze(input);
  }

  /** Times of the single-machine engine (load, index, match, analyse) and of the Spark matching. */
  String timings() {
    return "single machine " + singleMachineMillis + " ms, Spark matching " + sparkMatchMillis + " ms";
  }

  /** The columns of matches.csv as the contract (v1.1) and the CLI give them. */
  static final List<String> CONTRACT_COLUMNS = List.of("demand_id", "rank", "supplier", "supplier_name",
      "supplier_region", "in_city", "score", "status", "reasons", "understood", "matched_product");

  void assertCsvMatchesEqual() {
    assertThat(expectedMatches).hasSizeGreaterThan(1_000);
    assertThat(csvHeader).containsExactlyElementsOf(CONTRACT_COLUMNS);
    List<SingleMachine.Row> written = expectedMatches.stream()
        .map(r -> new SingleMachine.Row(r.cells().stream().map(TableWriter::neutralise).toList()))
        .toList();
    assertThat(csvMatches).containsExactlyElementsOf(written);
  }

  void assertParquetMatchesEqual() {
    assertThat(parquetColumns).containsExactlyElementsOf(CONTRACT_COLUMNS);
    assertThat(parquetMatches).containsExactlyElementsOf(expectedMatches);
  }

  /** The understood and matched_product columns carry something (the comparison is not of blanks). */
  void assertTrailingColumnsFilled() {
    assertThat(expectedMatches).extracting(r -> r.cells().get(9)).doesNotContain("");
    assertThat(expectedMatches).extracting(r -> r.cells().get(10))
        .filteredOn(p -> !p.isEmpty()).hasSizeGreaterThan(expectedMatches.size() / 2);
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
