package org.chainmatch.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A performance target and the benchmarks it is read against.
 *
 * <p>A target applies to every benchmark whose full name ({@code package.Class.method}),
 * lower-cased, matches {@code benchmarks}; the patterns look at the subpackage and the method name
 * (the convention is in {@code benchmarks/README.md}). It is judged only at {@code onlyAtSize}
 * when that is given.
 *
 * @param label what the target is, for the table
 * @param benchmarks which benchmarks it applies to
 * @param statistic the figure compared
 * @param bound whether the figure must stay below or above the limit
 * @param limit the limit, in {@code unit}
 * @param unit {@code ms} or {@code s} for times; {@code enterprises/s} for rates
 * @param onlyAtSize the {@code size} parameter the target is stated for, if it is for one size
 */
record Target(
    String label,
    Pattern benchmarks,
    Statistic statistic,
    Bound bound,
    double limit,
    String unit,
    OptionalInt onlyAtSize) {

  /** Label prefix of a target shown beside a benchmark it was not set for, for comparison. */
  static final String REFERENCE = "reference: ";

  /** The figure of a result that a target compares. */
  enum Statistic {
    /** Median of a {@code SampleTime} run. */
    P50,
    /** 99th percentile of a {@code SampleTime} run. */
    P99,
    /** JMH's score as time per operation (the mean, for {@code SampleTime}). */
    TIME,
    /** The {@code size} parameter divided by the time per operation, per second. */
    SIZE_PER_SECOND,
    /**
     * The time per operation scaled to a batch of {@value #BATCH} demands (or offers) by the
     * {@code demands} (or {@code offers}) parameter (a batch of 1,000 counts 100 times); unscaled
     * when there is no such parameter.
     */
    TIME_PER_BATCH;

    /** Demands in the batch that {@link #TIME_PER_BATCH} is stated for. */
    static final int BATCH = 100_000;
  }

  /** Which side of the limit is good. */
  enum Bound {
    AT_MOST("≤"),
    AT_LEAST("≥");

    private final String symbol;

    Bound(String symbol) {
      this.symbol = symbol;
    }
  }

  /**
   * The targets set for chainmatch. The query targets are also shown beside the alternatives'
   * query, as a reference: they are not the alternatives' targets, but they show whether what a
   * city would otherwise use would be fast enough.
   */
  static final List<Target> CHAINMATCH = List.of(
      of("index build ≥ 10,000 enterprises/s", ".*\\.index\\.[^.]+\\.[^.]*build[^.]*",
          Statistic.SIZE_PER_SECOND, Bound.AT_LEAST, 10_000, "enterprises/s"),
      of("filtered top-20 query p50 ≤ 1 ms", ".*\\.index\\.[^.]+\\.[^.]*(query|search|top)[^.]*",
          Statistic.P50, Bound.AT_MOST, 1, "ms"),
      of("filtered top-20 query p99 ≤ 5 ms", ".*\\.index\\.[^.]+\\.[^.]*(query|search|top)[^.]*",
          Statistic.P99, Bound.AT_MOST, 5, "ms"),
      of(REFERENCE + "top-20 query p50 ≤ 1 ms", ".*\\.alternativequerybenchmark\\.query",
          Statistic.P50, Bound.AT_MOST, 1, "ms"),
      of(REFERENCE + "top-20 query p99 ≤ 5 ms", ".*\\.alternativequerybenchmark\\.query",
          Statistic.P99, Bound.AT_MOST, 5, "ms"),
      of("one full match p50 ≤ 2 ms", ".*\\.matching\\.[^.]+\\.(?![^.]*batch)[^.]*match[^.]*",
          Statistic.P50, Bound.AT_MOST, 2, "ms"),
      of("one full match p99 ≤ 10 ms", ".*\\.matching\\.[^.]+\\.(?![^.]*batch)[^.]*match[^.]*",
          Statistic.P99, Bound.AT_MOST, 10, "ms"),
      of("100,000-demand batch ≤ 20 s", ".*\\.matching\\.[^.]+\\.[^.]*batch[^.]*",
          Statistic.TIME_PER_BATCH, Bound.AT_MOST, 20, "s"),
      of("one offer's buyers p50 ≤ 2 ms", ".*\\.matching\\.customer[^.]*\\.[^.]*oneoffer[^.]*",
          Statistic.P50, Bound.AT_MOST, 2, "ms"),
      of("one offer's buyers p99 ≤ 10 ms", ".*\\.matching\\.customer[^.]*\\.[^.]*oneoffer[^.]*",
          Statistic.P99, Bound.AT_MOST, 10, "ms"),
      of("100,000-offer batch ≤ 60 s", ".*\\.matching\\.customer[^.]*\\.[^.]*manyoffers[^.]*",
          Statistic.TIME_PER_BATCH, Bound.AT_MOST, 60, "s"),
      new Target("whole analysis of 1M enterprises / 5M relations ≤ 150 ms",
          Pattern.compile(".*\\.analysis\\.[^.]+\\.[^.]*whole[^.]*"),
          Statistic.TIME, Bound.AT_MOST, 150, "ms", OptionalInt.of(1_000_000)),
      new Target("loading the 1M / 5M CSVs ≤ 5 s",
          Pattern.compile(".*\\.loadbenchmark\\.[^.]*"),
          Statistic.TIME, Bound.AT_MOST, 5, "s", OptionalInt.of(1_000_000)),
      of("status update visible to searches p50 ≤ 20 ms",
          ".*\\.index\\.[^.]+\\.statusupdatevisible", Statistic.P50, Bound.AT_MOST, 20, "ms"),
      of("what-if of one district ≤ 200 ms", ".*\\.analysis\\.[^.]+\\.[^.]*whatif[^.]*",
          Statistic.TIME, Bound.AT_MOST, 200, "ms"));

  private static Target of(String label, String regex, Statistic statistic, Bound bound,
      double limit, String unit) {
    return new Target(label, Pattern.compile(regex), statistic, bound, limit, unit,
        OptionalInt.empty());
  }

  /** Whether this target is read against the benchmark of this full name. */
  boolean appliesTo(String benchmark) {
    return benchmarks.matcher(benchmark.toLowerCase(Locale.ROOT)).matches();
  }

  /** The short form shown in the table, e.g. {@code p99 ≤ 5 ms} or {@code ref. p99 ≤ 5 ms}. */
  String shortForm() {
    String what = switch (statistic) {
      case P50 -> "p50 ";
      case P99 -> "p99 ";
      case TIME, SIZE_PER_SECOND -> "";
      case TIME_PER_BATCH -> label.contains("offer") ? "per 100,000 offers " : "per 100,000 demands ";
    };
    String size = onlyAtSize.isPresent() ? " (at size " + onlyAtSize.getAsInt() + ")" : "";
    String amount = limit == Math.rint(limit)
        ? String.format(Locale.ROOT, "%,.0f", limit)
        : ResultsTable.number(limit);
    String reference = label.startsWith(REFERENCE) ? "ref. " : "";
    return reference + what + bound.symbol + " " + amount + " " + unit + size;
  }

  /**
   * Reads the target against a result: met, missed, or why it cannot be told.
   *
   * @return a verdict such as {@code yes (0.41 ms)}, {@code NO (7.9 ms)} or {@code n/a: ...}
   */
  String verdict(JmhResult result) {
    Optional<Integer> size = result.size();
    if (onlyAtSize.isPresent() && !size.equals(Optional.of(onlyAtSize.getAsInt()))) {
      return "n/a: stated for size " + onlyAtSize.getAsInt();
    }
    OptionalDouble figure = switch (statistic) {
      case P50 -> result.percentile("50.0").stream().map(v -> toUnit(v, result)).findFirst();
      case P99 -> result.percentile("99.0").stream().map(v -> toUnit(v, result)).findFirst();
      case TIME -> result.secondsPerOp().stream().map(s -> s * perSecond(unit)).findFirst();
      case TIME_PER_BATCH -> result.secondsPerOp().stream()
          .map(s -> s * perSecond(unit) * batchScale(result)).findFirst();
      case SIZE_PER_SECOND -> size.isEmpty()
          ? OptionalDouble.empty()
          : result.secondsPerOp().stream().map(s -> size.get() / s).findFirst();
    };
    if (figure.isEmpty()) {
      return switch (statistic) {
        case P50, P99 -> "n/a: needs Mode.SampleTime";
        case SIZE_PER_SECOND -> size.isEmpty()
          ? "n/a: no size or enterprises parameter"
          : "n/a: not a time";
        case TIME, TIME_PER_BATCH -> "n/a: not a time";
      };
    }
    double value = figure.getAsDouble();
    boolean met = bound == Bound.AT_MOST ? value <= limit : value >= limit;
    return (met ? "yes" : "**NO**") + " (" + ResultsTable.number(value) + " " + unit + ")";
  }

  private static double batchScale(JmhResult result) {
    String batch = result.params().getOrDefault("demands", result.params().get("offers"));
    return batch == null ? 1 : (double) Statistic.BATCH / Integer.parseInt(batch);
  }

  private double toUnit(double value, JmhResult result) {
    return result.secondsPerUnitTime() * value * perSecond(unit);
  }

  private static double perSecond(String unit) {
    return switch (unit) {
      case "ms" -> 1e3;
      case "s" -> 1;
      default -> throw new IllegalStateException("not a time unit: " + unit);
    };
  }
}
