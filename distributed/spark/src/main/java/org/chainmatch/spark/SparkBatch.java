package org.chainmatch.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.analysis.AnalysisOptions;
import org.chainmatch.matching.MatchOptions;

/**
 * The batch as a {@code spark-submit} application: reads the city (contract CSV or Parquet),
 * matches the demands and analyses the statuses, writes the outputs. See the module README for
 * the command lines.
 *
 * <pre>
 * SparkBatch --city CODE --enterprises PATHS [--relations PATHS] [--demands PATHS] --out DIR
 *            [--input csv|parquet] [--output csv|parquet] [--top N] [--block-enterprises N]
 *            [--demands-per-block N] [--parts N] [--shuffle-partitions N] [--accept-irregular-uscc] [--master URL]
 *            [--skip-analysis] [--skip-matching] [--save-input DIR]
 * </pre>
 *
 * With {@code --output csv} (the default) the tables are streamed through the driver into one
 * contract file each (matches.csv, blocked.csv, breakpoints.csv, stalled.csv, at-risk.csv) on the
 * driver's file system; with {@code --output parquet} executors write one Parquet folder per table
 * under DIR (any Hadoop file system). {@code --save-input DIR} also writes the loaded input as
 * Parquet folders ({@link CityInput#writeParquet}) for later {@code --input parquet} runs. Exit
 * code 0 on success, 2 on a usage error, 1 otherwise.
 */
public final class SparkBatch {
  private SparkBatch() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("SparkBatch: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("chainmatch batch " + o.city);
    if (o.master != null) {
      // Local runs: no UI, and shuffles of a few partitions instead of Spark's 200 (one task each).
      b.master(o.master).config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
    }
    if (o.shufflePartitions > 0) {
      b.config("spark.sql.shuffle.partitions", String.valueOf(o.shufflePartitions));
    }
    SparkSession spark = b.getOrCreate();
    try {
      run(spark, o);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, Options o) throws Exception {
    RegionCode home = RegionTable.bundled().resolveCity(o.city);
    long start = System.nanoTime();
    CityInput input = o.parquetIn
        ? CityInput.parquet(spark, o.enterprises, o.relations, o.demands)
        : CityInput.csv(spark, o.enterprises, o.relations, o.demands, o.acceptIrregular);
    report("load", start);
    if (o.saveInput != null) {
      long t = System.nanoTime();
      input.writeParquet(o.saveInput);
      report("save input as Parquet", t);
    }
    if (!o.parquetOut) {
      Files.createDirectories(Path.of(o.out));
    }
    if (o.match && o.demands != null) {
      long t = System.nanoTime();
      SparkMatching job = SparkMatching.builder(home)
          .options(MatchOptions.defaults().withTopK(o.top))
          .blockEnterprises(o.blockEnterprises)
          .demandsPerBlock(o.demandsPerBlock)
          .build();
      Dataset<Row> matches = job.match(input);
      if (o.parquetOut) {
        Tables.writeMatchesParquet(matches, o.out + "/matches");
      } else {
        System.out.printf(Locale.ROOT, "matches.csv: %,d rows%n",
            Tables.writeMatchesCsv(matches, Path.of(o.out, "matches.csv")));
      }
      report("match", t);
    }
    if (o.analyse) {
      long t = System.nanoTime();
      SparkAnalysis.Result r = SparkAnalysis.of(home, AnalysisOptions.defaults(), o.parts).analyze(input);
      write(r.blocked(), o, "blocked");
      write(r.breakpoints(), o, "breakpoints");
      write(r.stalled(), o, "stalled");
      write(r.atRisk(), o, "at-risk");
      report("analyse", t);
    }
    report("total", start);
  }

  private static void write(Dataset<Row> table, Options o, String name) throws Exception {
    if (o.parquetOut) {
      Tables.writeParquet(table, o.out + "/" + name);
    } else {
      System.out.printf(Locale.ROOT, "%s.csv: %,d rows%n", name, Tables.writeCsv(table, Path.of(o.out, name + ".csv")));
    }
  }

  private static void report(String phase, long start) {
    System.out.printf(Locale.ROOT, "%s: %.1f s%n", phase, (System.nanoTime() - start) / 1e9);
  }

  /** The command line. */
  static final class Options {
    String city;
    String enterprises;
    String relations;
    String demands;
    String out;
    String master;
    String saveInput;
    boolean parquetIn;
    boolean parquetOut;
    boolean acceptIrregular;
    boolean match = true;
    boolean analyse = true;
    int top = 10;
    int blockEnterprises = 200_000;
    int demandsPerBlock = 2_000;
    int parts = 64;
    int shufflePartitions;

    static Options parse(String[] args) {
      Options o = new Options();
      Deque<String> rest = new ArrayDeque<>(java.util.List.of(args));
      while (!rest.isEmpty()) {
        String flag = rest.poll();
        switch (flag) {
          case "--city" -> o.city = value(flag, rest);
          case "--enterprises" -> o.enterprises = value(flag, rest);
          case "--relations" -> o.relations = value(flag, rest);
          case "--demands" -> o.demands = value(flag, rest);
          case "--out" -> o.out = value(flag, rest);
          case "--master" -> o.master = value(flag, rest);
          case "--save-input" -> o.saveInput = value(flag, rest);
          case "--input" -> o.parquetIn = format(flag, value(flag, rest));
          case "--output" -> o.parquetOut = format(flag, value(flag, rest));
          case "--top" -> o.top = number(flag, value(flag, rest), 1, 1000);
          case "--block-enterprises" -> o.blockEnterprises = number(flag, value(flag, rest), 1, Integer.MAX_VALUE);
          case "--demands-per-block" -> o.demandsPerBlock = number(flag, value(flag, rest), 1, Integer.MAX_VALUE);
          case "--parts" -> o.parts = number(flag, value(flag, rest), 1, 1_000_000);
          case "--shuffle-partitions" -> o.shufflePartitions = number(flag, value(flag, rest), 1, 1_000_000);
          case "--accept-irregular-uscc" -> o.acceptIrregular = true;
          case "--skip-analysis" -> o.analyse = false;
          case "--skip-matching" -> o.match = false;
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      }
      if (o.city == null || o.enterprises == null || o.out == null) {
        throw new IllegalArgumentException("--city, --enterprises and --out are required");
      }
      return o;
    }

    private static String value(String flag, Deque<String> rest) {
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return rest.poll();
    }

    private static boolean format(String flag, String value) {
      return switch (value) {
        case "csv" -> false;
        case "parquet" -> true;
        default -> throw new IllegalArgumentException(flag + " must be csv or parquet but was " + value);
      };
    }

    private static int number(String flag, String value, int min, int max) {
      try {
        int n = Integer.parseInt(value.replace("_", ""));
        if (n < min || n > max) {
          throw new IllegalArgumentException(flag + " must be " + min + ".." + max + " but was " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " must be a number but was " + value);
      }
    }
  }
}
