package org.chainmatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.StreamSupport;

/**
 * The part of one JMH result (one element of the {@code -rf json} array) that the results table
 * shows.
 *
 * @param benchmark full name, e.g. {@code org.chainmatch.benchmarks.LoadBenchmark.load}
 * @param mode JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param params the benchmark's parameters, in JMH's order
 * @param score the primary score
 * @param error half-width of JMH's 99.9% confidence interval of the score; NaN when JMH gives none
 * @param unit the score's unit, e.g. {@code us/op} or {@code ops/s}
 * @param percentiles {@code SampleTime} percentiles by JMH's key ({@code "50.0"}, {@code "99.0"}),
 *     in {@code unit}; empty for other modes
 * @param jdk JDK version and VM, as JMH recorded them
 * @param jvmArgs the forked JVM's arguments
 * @param settings forks, warm-up and measurement, as run
 */
record JmhResult(
    String benchmark,
    String mode,
    Map<String, String> params,
    double score,
    double error,
    String unit,
    Map<String, Double> percentiles,
    String jdk,
    List<String> jvmArgs,
    String settings) {

  JmhResult {
    params = ImmutableMap.copyOf(params);
    percentiles = ImmutableMap.copyOf(percentiles);
    jvmArgs = List.copyOf(jvmArgs);
  }

  /** Reads one element of JMH's JSON output. */
  static JmhResult fromJson(JsonNode node) {
    ImmutableMap.Builder<String, String> params = ImmutableMap.builder();
    node.path("params").fields()
        .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    JsonNode metric = node.path("primaryMetric");
    ImmutableMap.Builder<String, Double> percentiles = ImmutableMap.builder();
    metric.path("scorePercentiles").fields()
        .forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
    String mode = node.path("mode").asText();
    ImmutableMap<String, Double> byKey = percentiles.build();
    return new JmhResult(
        node.path("benchmark").asText(),
        mode,
        params.build(),
        metric.path("score").asDouble(Double.NaN),
        error(metric.path("scoreError")),
        metric.path("scoreUnit").asText(),
        // JMH reports percentiles for every mode; only sampled ones are a distribution of latency.
        mode.equals("sample") ? byKey : Map.of(),
        node.path("jdkVersion").asText() + " (" + node.path("vmName").asText() + " "
            + node.path("vmVersion").asText() + ")",
        textList(node.path("jvmArgs")),
        String.format("forks %s, warm-up %s × %s, measurement %s × %s",
            node.path("forks").asText(), node.path("warmupIterations").asText(),
            node.path("warmupTime").asText(), node.path("measurementIterations").asText(),
            node.path("measurementTime").asText()));
  }

  private static double error(JsonNode node) {
    // JMH writes "NaN" as a string when it has too few samples for an interval.
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  private static List<String> textList(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }

  /** Names of the parameter that holds the city's size, in enterprises, in order of preference. */
  static final List<String> SIZE_PARAMS = List.of("size", "enterprises");

  /**
   * The city's size in enterprises: the {@code size} parameter, else the {@code enterprises} one,
   * when the benchmark has one and it is a number.
   */
  Optional<Integer> size() {
    String value = SIZE_PARAMS.stream().map(params::get).filter(v -> v != null).findFirst()
        .orElse(null);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.valueOf(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The parameters other than the size, as {@code name=value} joined with commas. */
  String otherParams() {
    String sizeParam = SIZE_PARAMS.stream().filter(params::containsKey).findFirst().orElse("");
    StringBuilder out = new StringBuilder();
    params.forEach((name, value) -> {
      if (!name.equals(sizeParam)) {
        out.append(out.length() == 0 ? "" : ", ").append(name).append('=').append(value);
      }
    });
    return out.toString();
  }

  /** A percentile (JMH key such as {@code "99.0"}) in {@link #unit()}, for sampled results. */
  OptionalDouble percentile(String key) {
    Double value = percentiles.get(key);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Seconds per operation, from the score; empty when the unit is not a time or rate. */
  OptionalDouble secondsPerOp() {
    if (unit.startsWith("ops/")) {
      double perUnit = seconds(unit.substring("ops/".length()));
      return Double.isNaN(perUnit) ? OptionalDouble.empty() : OptionalDouble.of(perUnit / score);
    }
    double perUnit = secondsPerUnitTime();
    return Double.isNaN(perUnit) ? OptionalDouble.empty() : OptionalDouble.of(perUnit * score);
  }

  /** Seconds in the time unit of a per-operation unit such as {@code us/op}; NaN otherwise. */
  double secondsPerUnitTime() {
    return unit.endsWith("/op") ? seconds(unit.substring(0, unit.length() - "/op".length()))
        : Double.NaN;
  }

  private static double seconds(String timeUnit) {
    return switch (timeUnit) {
      case "ns" -> 1e-9;
      case "us" -> 1e-6;
      case "ms" -> 1e-3;
      case "s" -> 1;
      case "min" -> 60;
      default -> Double.NaN;
    };
  }
}
