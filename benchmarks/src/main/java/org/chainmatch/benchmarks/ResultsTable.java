package org.chainmatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.chainmatch.core.io.AtomicFiles;

/**
 * Turns JMH's JSON results into a Markdown table with, beside each figure, the {@link Target}
 * set for it and whether it is met, plus the machine the figures come from.
 *
 * <p>Run as {@code ResultsTable <results.json> <RESULTS.md> [command]}; {@code command} is how the
 * results were produced, quoted in the page. Stateless.
 */
public final class ResultsTable {
  private final List<Target> targets;

  ResultsTable(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  /** Reads JMH's {@code -rf json} output: one result per benchmark and parameter combination. */
  static List<JmhResult> read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    if (root == null || !root.isArray()) {
      throw new IOException(json + " is not a JMH JSON result array");
    }
    return StreamSupport.stream(root.spliterator(), false).map(JmhResult::fromJson).toList();
  }

  /** The Markdown page: heading, how it was run, the machine, the table and its legend. */
  String render(List<JmhResult> results, String command, Machine machine) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Produced by `").append(command).append("`; regenerate rather than edit.\n\n");
    out.append("## Machine\n\n");
    out.append("- CPUs (`nproc`): ").append(machine.processors()).append('\n');
    out.append("- CPU model: ").append(machine.cpuModel()).append('\n');
    out.append("- JDK: ").append(distinct(results, JmhResult::jdk)).append('\n');
    out.append("- JVM flags: ").append(distinct(results, r -> r.jvmArgs().isEmpty()
        ? "(none)" : "`" + String.join(" ", r.jvmArgs()) + "`")).append('\n');
    out.append("- JMH: ").append(distinct(results, JmhResult::settings)).append("\n\n");
    out.append("## Results\n\n");
    out.append("| Benchmark | size | Mode | Score | ± Error (99.9%) | p50 | p99 | Unit | Target | Met |\n");
    out.append("|---|---:|---|---:|---:|---:|---:|---|---|---|\n");
    for (JmhResult r : results) {
      List<Target> applicable = targets.stream().filter(t -> t.appliesTo(r.benchmark())).toList();
      String name = shortName(r.benchmark())
          + (r.otherParams().isEmpty() ? "" : " [" + r.otherParams() + "]");
      out.append("| ").append(name)
          .append(" | ").append(r.size().map(s -> number(s)).orElse(""))
          .append(" | ").append(r.mode())
          .append(" | ").append(number(r.score()))
          .append(" | ").append(Double.isNaN(r.error()) ? "—" : "± " + number(r.error()))
          .append(" | ").append(r.percentile("50.0").stream().mapToObj(ResultsTable::number)
              .findFirst().orElse(""))
          .append(" | ").append(r.percentile("99.0").stream().mapToObj(ResultsTable::number)
              .findFirst().orElse(""))
          .append(" | ").append(r.unit())
          .append(" | ").append(applicable.isEmpty() ? "—"
              : applicable.stream().map(Target::shortForm).collect(Collectors.joining("; ")))
          .append(" | ").append(applicable.isEmpty() ? ""
              : applicable.stream().map(t -> t.verdict(r)).collect(Collectors.joining("; ")))
          .append(" |\n");
    }
    out.append("\nScore is JMH's primary score: the mean for `avgt` and `sample` (time per "
        + "operation), operations per time for `thrpt`. The error is JMH's half-width of the 99.9% "
        + "confidence interval of that score (— when JMH had too few iterations for one). p50 and "
        + "p99 are from `sample` mode only. Targets are chainmatch's (see `Target.CHAINMATCH`); "
        + "those marked \"ref.\" are chainmatch's query targets shown beside the alternatives, "
        + "which have none of their own.\n");
    return out.toString();
  }

  private static String distinct(
      List<JmhResult> results, Function<JmhResult, String> value) {
    Set<String> values = new LinkedHashSet<>();
    results.forEach(r -> values.add(value.apply(r)));
    return values.isEmpty() ? "(no results)" : String.join("; ", values);
  }

  private static String shortName(String benchmark) {
    String prefix = "org.chainmatch.benchmarks.";
    return benchmark.startsWith(prefix) ? benchmark.substring(prefix.length()) : benchmark;
  }

  /** A number with about three significant digits, thousands grouped: 12,345, 1.23 or 0.0123. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 100 || magnitude == 0 ? "%,.0f"
        : magnitude >= 10 ? "%.1f"
        : magnitude >= 1 ? "%.2f"
        : "%.3g";
    return String.format(Locale.ROOT, pattern, value);
  }

  /**
   * Where the figures were measured.
   *
   * @param processors what {@code nproc} reports
   * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}, or {@code unknown}
   */
  record Machine(int processors, String cpuModel) {
    /** This machine. */
    static Machine current() throws IOException {
      Path cpuinfo = Path.of("/proc/cpuinfo");
      String model = "unknown";
      if (Files.isReadable(cpuinfo)) {
        model = Files.readAllLines(cpuinfo).stream()
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).strip())
            .findFirst()
            .orElse(model);
      }
      return new Machine(Runtime.getRuntime().availableProcessors(), model);
    }
  }

  /** {@code ResultsTable <results.json> <RESULTS.md> [command]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ResultsTable <results.json> <RESULTS.md> [command]");
      System.exit(2);
    }
    Path json = Path.of(args[0]);
    Path markdown = Path.of(args[1]);
    String command = args.length == 3 ? args[2] : "java -jar benchmarks/target/benchmarks.jar";
    List<JmhResult> results = read(json);
    String page = new ResultsTable(Target.CHAINMATCH).render(results, command, Machine.current());
    AtomicFiles.writeString(markdown, page);
    System.out.println("wrote " + markdown + " (" + results.size() + " results from " + json + ")");
  }
}
