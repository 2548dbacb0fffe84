package org.chainmatch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.chainmatch.core.io.AtomicFiles;

/**
 * Turns JMH's JSON results into a Markdown table with, beside each figure, the {@link Target}
 * set for it and whether it is met, plus the machine the figures come from.
 *
 * <p>Run as {@code ResultsTable <RESULTS.md> <results.json>...}: the results of several runs (the
 * quick profile's 10k and 100k, the full one's 1M) merge into one table, each run listed with its
 * command and the load average around it. Stateless.
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

  /**
   * One JMH run: its results and how and under what load it ran.
   *
   * @param name the run's JSON file name, e.g. {@code quick-20261129-121500.json}
   * @param command how it was started, e.g. {@code benchmarks/run.sh quick}
   * @param loadAtStart {@code uptime}'s load averages when it started, or empty
   * @param loadAtEnd {@code uptime}'s load averages when it ended, or empty
   * @param minutes how long JMH ran, or empty
   */
  record Run(String name, String command, List<JmhResult> results, String loadAtStart,
      String loadAtEnd, String minutes) {
    Run {
      results = List.copyOf(results);
    }

    /**
     * Reads {@code json} and, when present, its sidecar {@code <json>.properties} ({@code
     * command}, {@code loadAtStart}, {@code loadAtEnd}, {@code minutes}) that run.sh writes.
     */
    static Run read(Path json) throws IOException {
      Properties meta = new Properties();
      Path sidecar = json.resolveSibling(json.getFileName() + ".properties");
      if (Files.isReadable(sidecar)) {
        try (Reader in = Files.newBufferedReader(sidecar)) {
          meta.load(in);
        }
      }
      return new Run(json.getFileName().toString(),
          meta.getProperty("command", "java -jar benchmarks/target/benchmarks.jar"),
          ResultsTable.read(json), meta.getProperty("loadAtStart", ""),
          meta.getProperty("loadAtEnd", ""), meta.getProperty("minutes", ""));
    }
  }

  /** The page for one run's results. */
  String render(List<JmhResult> results, String command, Machine machine) {
    return render(List.of(new Run("results.json", command, results, "", "", "")), machine);
  }

  /**
   * The Markdown page: heading, the runs, the machine, one table of every run's results and its
   * legend, and how each benchmark scales with the city's size. When two runs have the same
   * benchmark, parameters and size, the later run's result is shown.
   */
  String render(List<Run> runs, Machine machine) {
    Map<String, Row> rows = new TreeMap<>();
    for (Run run : runs) {
      for (JmhResult r : run.results()) {
        Row row = new Row(r, run.name());
        rows.put(row.key(), row);
      }
    }
    List<JmhResult> results = rows.values().stream().map(Row::result).toList();
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Produced by `benchmarks/run.sh`; regenerate rather than edit. Each run's JSON is "
        + "kept in the local `bench-results/` folder, which is not committed.\n\n");
    out.append("## Runs\n\n");
    out.append("| Run | Command | JMH settings | Load average at start | at end | Minutes |\n");
    out.append("|---|---|---|---|---|---:|\n");
    for (Run run : runs) {
      out.append("| ").append(run.name())
          .append(" | `").append(run.command()).append('`')
          .append(" | ").append(distinct(run.results(), JmhResult::settings))
          .append(" | ").append(run.loadAtStart())
          .append(" | ").append(run.loadAtEnd())
          .append(" | ").append(run.minutes())
          .append(" |\n");
    }
    out.append("\nThe machine is shared: a load average above the number of CPUs means other "
        + "work ran beside the benchmarks and slowed them.\n\n");
    out.append("## Machine\n\n");
    out.append("- CPUs (`nproc`): ").append(machine.processors()).append('\n');
    out.append("- CPU model: ").append(machine.cpuModel()).append('\n');
    out.append("- JDK: ").append(distinct(results, JmhResult::jdk)).append('\n');
    out.append("- JVM flags: ").append(distinct(results, r -> r.jvmArgs().isEmpty()
        ? "(none)" : "`" + String.join(" ", r.jvmArgs()) + "`")).append("\n\n");
    out.append("## Results\n\n");
    out.append("| Benchmark | size | Mode | Score | ± Error (99.9%) | p50 | p99 | Unit | Target "
        + "| Met | Run |\n");
    out.append("|---|---:|---|---:|---:|---:|---:|---|---|---|---|\n");
    for (Row row : rows.values()) {
      JmhResult r = row.result();
      List<Target> applicable = targets.stream().filter(t -> t.appliesTo(r.benchmark())).toList();
      out.append("| ").append(row.name())
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
          .append(" | ").append(row.run())
          .append(" |\n");
    }
    out.append("\nScore is JMH's primary score: the mean for `avgt` and `sample` (time per "
        + "operation), operations per time for `thrpt`. The error is JMH's half-width of the 99.9% "
        + "confidence interval of that score (— when JMH had too few iterations for one). p50 and "
        + "p99 are from `sample` mode only. Targets are chainmatch's (see `Target.CHAINMATCH`); "
        + "those marked \"ref.\" are chainmatch's query targets shown beside the alternatives, "
        + "which have none of their own.\n");
    appendScaling(out, rows.values());
    return out.toString();
  }

  /** Per benchmark and parameters, the score at each size and its growth from size to size. */
  private static void appendScaling(StringBuilder out, Collection<Row> rows) {
    Map<String, SortedMap<Integer, JmhResult>> bySize = new TreeMap<>();
    for (Row row : rows) {
      row.result().size().ifPresent(size -> bySize
          .computeIfAbsent(row.name(), k -> new TreeMap<>()).put(size, row.result()));
    }
    bySize.values().removeIf(sizes -> sizes.size() < 2);
    if (bySize.isEmpty()) {
      return;
    }
    out.append("\n## Scaling with the city's size\n\n");
    out.append("Score at each size (unit as above) and, in brackets, its ratio to the score at "
        + "the next smaller size: a linear cost grows by the size ratio (10× here).\n\n");
    out.append("| Benchmark | Unit | 10,000 | 100,000 | 1,000,000 |\n");
    out.append("|---|---|---:|---:|---:|\n");
    bySize.forEach((name, sizes) -> {
      out.append("| ").append(name).append(" | ").append(sizes.values().iterator().next().unit());
      JmhResult previous = null;
      for (int size : List.of(10_000, 100_000, 1_000_000)) {
        JmhResult r = sizes.get(size);
        out.append(" | ");
        if (r != null) {
          out.append(number(r.score()));
          if (previous != null && previous.unit().equals(r.unit())) {
            out.append(" (").append(number(r.score() / previous.score())).append("×)");
          }
        }
        previous = r;
      }
      out.append(" |\n");
    });
  }

  /** A result as a row: keyed by benchmark, other parameters and size, so runs can merge. */
  private record Row(JmhResult result, String run) {
    String name() {
      return shortName(result.benchmark())
          + (result.otherParams().isEmpty() ? "" : " [" + result.otherParams() + "]");
    }

    String key() {
      return name() + " " + result.mode() + " "
          + String.format(Locale.ROOT, "%012d", result.size().orElse(0));
    }
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

  /**
   * {@code ResultsTable <RESULTS.md> <results.json>...}: one page of every run, later runs' results
   * replacing earlier ones' of the same benchmark, parameters and size.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ResultsTable <RESULTS.md> <results.json>...");
      System.exit(2);
    }
    Path markdown = Path.of(args[0]);
    List<Run> runs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      runs.add(Run.read(Path.of(args[i])));
    }
    String page = new ResultsTable(Target.CHAINMATCH).render(runs, Machine.current());
    AtomicFiles.writeString(markdown, page);
    System.out.println("wrote " + markdown + " (" + runs.stream().mapToInt(r -> r.results().size())
        .sum() + " results from " + runs.size() + " runs)");
  }
}
