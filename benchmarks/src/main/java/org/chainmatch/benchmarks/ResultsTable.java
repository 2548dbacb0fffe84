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
   * @param loadMax the highest one-minute load average sampled during the run, or empty
   * @param minutes how long JMH ran, or empty
   * @param warmups the warm-up iterations from JMH's log, {@link WarmupLog#empty()} without one
   */
  record Run(String name, String command, List<JmhResult> results, String loadAtStart,
      String loadAtEnd, String loadMax, String minutes, WarmupLog warmups) {
    Run {
      results = List.copyOf(results);
    }

    Run(String name, String command, List<JmhResult> results, String loadAtStart,
        String loadAtEnd, String minutes) {
      this(name, command, results, loadAtStart, loadAtEnd, "", minutes, WarmupLog.empty());
    }

    /**
     * Reads {@code json} and, when present, its sidecars that run.sh writes: {@code
     * <json>.properties} ({@code command}, {@code loadAtStart}, {@code loadAtEnd}, {@code
     * loadMax}, {@code minutes}) and {@code <json>.log} (JMH's output, for the warm-ups).
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
          meta.getProperty("loadAtEnd", ""), meta.getProperty("loadMax", ""),
          meta.getProperty("minutes", ""),
          WarmupLog.read(json.resolveSibling(json.getFileName() + ".log")));
    }

    /**
     * The highest one-minute load average known for the run (the sampled maximum, else the first
     * figure at its start and end); NaN when nothing was recorded.
     */
    double peakLoad() {
      double peak = Double.NaN;
      for (String load : List.of(loadMax, loadAtStart, loadAtEnd)) {
        double first = firstLoad(load);
        if (!Double.isNaN(first)) {
          peak = Double.isNaN(peak) ? first : Math.max(peak, first);
        }
      }
      return peak;
    }

    /** Whether the machine was busier than its cores during the run. */
    boolean loadedBeyond(int processors) {
      double peak = peakLoad();
      return !Double.isNaN(peak) && peak > processors;
    }

    private static double firstLoad(String loads) {
      String first = loads.strip().split("[,\\s]+")[0];
      try {
        return first.isEmpty() ? Double.NaN : Double.parseDouble(first);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
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
    return render(runs, machine, false);
  }

  /**
   * The page, leaving out the results of runs measured under a load above the machine's core
   * count unless {@code force}: a figure measured beside other work is not a figure. Such runs
   * are still listed, marked as left out (or as forced).
   */
  String render(List<Run> runs, Machine machine, boolean force) {
    Map<String, Row> rows = rows(runs, machine, force);
    List<JmhResult> results = rows.values().stream().map(Row::result).toList();
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Produced by `benchmarks/run.sh`; regenerate rather than edit. Each run's JSON is "
        + "kept in the local `bench-results/` folder, which is not committed.\n\n");
    List<Row> unsettled = rows.values().stream()
        .filter(row -> row.warmup().settled() != WarmupLog.Settled.YES).toList();
    if (!unsettled.isEmpty()) {
      out.append("> **Warning:** the warm-up of ").append(unsettled.size()).append(" of ")
          .append(rows.size()).append(" results did not settle or was not logged (their last two "
              + "warm-up iterations differ by more than the measurement's error, or there were "
              + "fewer than two): those figures may measure warm-up rather than the code. See the "
              + "Warm-up column.\n\n");
    }
    out.append("## Runs\n\n");
    out.append("| Run | Command | JMH settings | Load average at start | at end | highest "
        + "1-min load sampled | Minutes | Results |\n");
    out.append("|---|---|---|---|---|---|---:|---|\n");
    for (Run run : runs) {
      boolean loaded = run.loadedBeyond(machine.processors());
      out.append("| ").append(run.name())
          .append(" | `").append(run.command()).append('`')
          .append(" | ").append(distinct(run.results(), JmhResult::settings))
          .append(" | ").append(run.loadAtStart())
          .append(" | ").append(run.loadAtEnd())
          .append(" | ").append(run.loadMax())
          .append(" | ").append(run.minutes())
          .append(" | ").append(!loaded ? "shown"
              : force ? "**shown although measured under load** (forced)"
              : "**left out: measured under a load above " + machine.processors() + "**")
          .append(" |\n");
    }
    out.append("\nThe machine is shared: a load average above the number of CPUs means other "
        + "work ran beside the benchmarks and slowed them, so such runs are left out unless "
        + "forced (`--force`).\n\n");
    out.append("## Machine\n\n");
    out.append("- CPUs (`nproc`): ").append(machine.processors()).append('\n');
    out.append("- CPU model: ").append(machine.cpuModel()).append('\n');
    out.append("- JDK: ").append(distinct(results, JmhResult::jdk)).append('\n');
    out.append("- JVM flags: ").append(distinct(results, r -> r.jvmArgs().isEmpty()
        ? "(none)" : "`" + String.join(" ", r.jvmArgs()) + "`")).append("\n\n");
    out.append("## Results\n\n");
    out.append("| Benchmark | size | Mode | Score | ± Error (99.9%) | p50 | p99 | Unit | Target "
        + "| Met | Warm-up: last two | Run |\n");
    out.append("|---|---:|---|---:|---:|---:|---:|---|---|---|---|---|\n");
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
          .append(" | ").append(row.warmup().cell())
          .append(" | ").append(row.run())
          .append(" |\n");
    }
    out.append("\nScore is JMH's primary score: the mean for `avgt` and `sample` (time per "
        + "operation), operations per time for `thrpt`. The error is JMH's half-width of the 99.9% "
        + "confidence interval of that score (— when JMH had too few iterations for one). p50 and "
        + "p99 are from `sample` mode only. Targets are chainmatch's (see `Target.CHAINMATCH`); "
        + "those marked \"ref.\" are chainmatch's query targets shown beside the alternatives, "
        + "which have none of their own. Warm-up: the last two warm-up iterations' scores (same "
        + "unit) and the tolerance they must agree within (the 99.9% error, or 5% of the score "
        + "where JMH gives none).\n");
    appendScaling(out, rows.values());
    return out.toString();
  }

  /** Every shown result by row key, later runs replacing earlier ones' rows. */
  private static Map<String, Row> rows(List<Run> runs, Machine machine, boolean force) {
    Map<String, Row> rows = new TreeMap<>();
    for (Run run : runs) {
      if (run.loadedBeyond(machine.processors()) && !force) {
        continue;
      }
      for (JmhResult r : run.results()) {
        Row row = new Row(r, run.name(), run.warmups().verdict(r));
        rows.put(row.key(), row);
      }
    }
    return rows;
  }

  /** Marks around the README's generated performance table. */
  static final String README_BEGIN = "<!-- benchmarks:begin (generated by benchmarks/run.sh; "
      + "do not edit) -->";
  static final String README_END = "<!-- benchmarks:end -->";

  /**
   * The README's table: every shown result that has a target, with its figure, error, target,
   * verdict and warm-up, so the README's figures are the latest runs' and nothing else.
   */
  String readmeTable(List<Run> runs, Machine machine, boolean force) {
    Map<String, Row> rows = rows(runs, machine, force);
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | size | Score ± error (99.9%) | p50 / p99 | Target | Met | Warm-up "
        + "settled | Run |\n");
    out.append("|---|---:|---:|---:|---|---|---|---|\n");
    for (Row row : rows.values()) {
      JmhResult r = row.result();
      List<Target> applicable = targets.stream().filter(t -> t.appliesTo(r.benchmark())).toList();
      if (applicable.isEmpty() || applicable.stream().allMatch(
          t -> t.label().startsWith(Target.REFERENCE))) {
        continue;
      }
      String unit = r.unit();
      out.append("| ").append(row.name())
          .append(" | ").append(r.size().map(ResultsTable::number).orElse(""))
          .append(" | ").append(number(r.score())).append(Double.isNaN(r.error()) ? ""
              : " ± " + number(r.error())).append(' ').append(unit)
          .append(" | ").append(r.percentile("50.0").isPresent()
              ? number(r.percentile("50.0").getAsDouble()) + " / "
                  + number(r.percentile("99.0").orElse(Double.NaN)) + " " + unit : "")
          .append(" | ").append(applicable.stream().map(Target::shortForm)
              .collect(Collectors.joining("; ")))
          .append(" | ").append(applicable.stream().map(t -> t.verdict(r))
              .collect(Collectors.joining("; ")))
          .append(" | ").append(switch (row.warmup().settled()) {
            case YES -> "yes";
            case NO -> "**no**";
            case UNKNOWN -> "unknown";
          })
          .append(" | ").append(row.run())
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * Replaces what lies between {@link #README_BEGIN} and {@link #README_END} in a README with
   * {@code table}.
   *
   * @throws IllegalArgumentException if the README lacks either mark
   */
  static String replaceReadmeTable(String readme, String table) {
    int begin = readme.indexOf(README_BEGIN);
    int end = readme.indexOf(README_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the README has no '" + README_BEGIN + "' ... '"
          + README_END + "' section to fill");
    }
    return readme.substring(0, begin + README_BEGIN.length()) + "\n" + table
        + readme.substring(end);
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
  private record Row(JmhResult result, String run, WarmupLog.Verdict warmup) {
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
   * {@code ResultsTable [--force] [--readme README.md] <RESULTS.md> <results.json>...}: one page
   * of every run, later runs' results replacing earlier ones' of the same benchmark, parameters
   * and size; with {@code --readme}, also the README's performance table. Runs measured under a
   * load above the core count are left out unless {@code --force}.
   */
  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean force = rest.remove("--force");
    Path readme = null;
    int readmeAt = rest.indexOf("--readme");
    if (readmeAt >= 0 && readmeAt + 1 < rest.size()) {
      readme = Path.of(rest.get(readmeAt + 1));
      rest.subList(readmeAt, readmeAt + 2).clear();
    }
    if (rest.size() < 2) {
      System.err.println(
          "usage: ResultsTable [--force] [--readme README.md] <RESULTS.md> <results.json>...");
      System.exit(2);
    }
    Path markdown = Path.of(rest.get(0));
    List<Run> runs = new ArrayList<>();
    for (String json : rest.subList(1, rest.size())) {
      runs.add(Run.read(Path.of(json)));
    }
    Machine machine = Machine.current();
    ResultsTable table = new ResultsTable(Target.CHAINMATCH);
    AtomicFiles.writeString(markdown, table.render(runs, machine, force));
    System.out.println("wrote " + markdown + " (" + runs.stream().mapToInt(r -> r.results().size())
        .sum() + " results from " + runs.size() + " runs)");
    for (Run run : runs) {
      if (run.loadedBeyond(machine.processors())) {
        System.out.println((force ? "FORCED: shown although " : "LEFT OUT: ") + run.name()
            + " ran under a load of " + run.peakLoad() + " on " + machine.processors() + " CPUs");
      }
    }
    if (readme != null) {
      String text = Files.readString(readme);
      AtomicFiles.writeString(readme,
          replaceReadmeTable(text, table.readmeTable(runs, machine, force)));
      System.out.println("wrote the performance table of " + readme);
    }
  }
}
