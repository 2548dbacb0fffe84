package org.chainmatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm-up iterations of a JMH run, read from JMH's human-readable log (the JSON result has
 * only the measured iterations).
 *
 * <p>Why: a figure measured before the JIT has compiled the hot paths measures warm-up, not the
 * code (one 2 s warm-up left Lucene's paths unjitted and reported three times the settled
 * latency). The last two warm-up iterations agreeing within the measurement's error is the
 * evidence that the measured iterations started from a settled state. Immutable.
 */
final class WarmupLog {
  private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: (\\S+)");
  private static final Pattern PARAMETERS = Pattern.compile("^# Parameters: \\((.*)\\)");
  private static final Pattern WARMUP =
      Pattern.compile("^# Warmup Iteration\\s+\\d+:\\s+([0-9][0-9,]*(?:\\.[0-9]+)?)\\s");

  private final Map<String, List<Double>> warmups;

  private WarmupLog(Map<String, List<Double>> warmups) {
    this.warmups = warmups;
  }

  /** Nothing known: every result counts as unchecked. */
  static WarmupLog empty() {
    return new WarmupLog(Map.of());
  }

  /** Reads a JMH log; a missing file reads as {@link #empty()}. */
  static WarmupLog read(Path log) throws IOException {
    return Files.isReadable(log) ? parse(Files.readAllLines(log)) : empty();
  }

  /**
   * Parses JMH's log lines: {@code # Benchmark:} and {@code # Parameters:} start a benchmark's
   * section, {@code # Warmup Iteration N: score unit} lines carry its warm-up scores (in the unit of
   * the JSON result). A score JMH prints as {@code ≈ 10⁻⁴} is skipped: it is below the precision
   * of any comparison.
   */
  static WarmupLog parse(List<String> lines) {
    Map<String, List<Double>> warmups = new LinkedHashMap<>();
    String benchmark = null;
    String params = "";
    for (String line : lines) {
      Matcher m = BENCHMARK.matcher(line);
      if (m.find()) {
        benchmark = m.group(1);
        params = "";
        continue;
      }
      m = PARAMETERS.matcher(line);
      if (m.find()) {
        params = m.group(1);
        continue;
      }
      m = WARMUP.matcher(line);
      if (m.find() && benchmark != null) {
        // A new section starts at each fork's first iteration; later forks append.
        warmups.computeIfAbsent(key(benchmark, parseParams(params)), k -> new ArrayList<>())
            .add(Double.parseDouble(m.group(1).replace(",", "")));
      }
    }
    warmups.replaceAll((k, v) -> List.copyOf(v));
    return new WarmupLog(Map.copyOf(warmups));
  }

  /** The warm-up scores of this result's benchmark and parameters, in order; empty if unknown. */
  List<Double> of(JmhResult result) {
    return warmups.getOrDefault(key(result.benchmark(), result.params()), List.of());
  }

  /** Whether the log knows any benchmark at all. */
  boolean isEmpty() {
    return warmups.isEmpty();
  }

  /**
   * Judges whether the result's warm-up settled: its last two warm-up iterations differ by no
   * more than the measurement's 99.9% error, or by no more than 5% of the score where JMH gives
   * no error (single shots, one iteration).
   */
  Verdict verdict(JmhResult result) {
    List<Double> scores = of(result);
    if (scores.size() < 2) {
      return new Verdict(Settled.UNKNOWN, scores, Double.NaN);
    }
    double last = scores.get(scores.size() - 1);
    double previous = scores.get(scores.size() - 2);
    double tolerance = Double.isNaN(result.error()) ? 0.05 * Math.abs(result.score())
        : Math.max(result.error(), 1e-9 * Math.abs(result.score()));
    Settled settled = Math.abs(last - previous) <= tolerance ? Settled.YES : Settled.NO;
    return new Verdict(settled, scores, tolerance);
  }

  /** Whether a result's warm-up settled. */
  enum Settled {
    YES, NO, UNKNOWN
  }

  /**
   * A warm-up judgement.
   *
   * @param settled the verdict; {@code UNKNOWN} with fewer than two warm-up iterations in the log
   * @param scores the warm-up scores in the result's unit
   * @param tolerance how far apart the last two may be, in the result's unit; NaN when unknown
   */
  record Verdict(Settled settled, List<Double> scores, double tolerance) {
    Verdict {
      scores = List.copyOf(scores);
    }

    /** For the table: {@code 0.151 → 0.149 (± 0.004)}, with a warning when not settled. */
    String cell() {
      if (settled == Settled.UNKNOWN) {
        return scores.isEmpty() ? "not logged" : "**one warm-up only**";
      }
      String pair = ResultsTable.number(scores.get(scores.size() - 2)) + " → "
          + ResultsTable.number(scores.get(scores.size() - 1)) + " (± "
          + ResultsTable.number(tolerance) + ")";
      return settled == Settled.YES ? pair : "**NOT SETTLED** " + pair;
    }
  }

  private static Map<String, String> parseParams(String params) {
    Map<String, String> map = new TreeMap<>();
    for (String pair : params.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return map;
  }

  private static String key(String benchmark, Map<String, String> params) {
    return benchmark + " " + new TreeMap<>(params);
  }
}
