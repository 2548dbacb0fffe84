package org.chainmatch.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.AtomicFiles;
import org.chainmatch.outreach.OutreachStore;
import org.chainmatch.office.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Rebuilds report.html in a folder that run, analyze or demo wrote.",
      "Reads its summary.json, reloads the inputs it names (or --enterprises/--relations), repeats the analysis and any what-if, and reads the outreach store's current states (so it shows outreach update's changes). Writes only report.html; warns when the inputs no longer give summary.json's counts."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar chainmatch.jar report --in chainmatch-demo",
      "  java -jar chainmatch.jar report --in result --enterprises e.csv \\",
      "      --relations r.csv --overdue 3"
    })
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--in", paramLabel = "DIR", required = true,
      description = "A folder with summary.json from run, analyze or demo.")
  Path in;

  @Option(names = "--enterprises", paramLabel = "E.csv",
      description = "Enterprises file (default: the one summary.json names).")
  Path enterprises;

  @Option(names = "--relations", paramLabel = "R.csv",
      description = "Relations file (default: the one summary.json names).")
  Path relations;

  @Option(names = "--store", paramLabel = "F",
      description = "Outreach store (default: the one summary.json names, else DIR/outreach-store.json).")
  Path store;

  @Option(names = "--overdue", paramLabel = "DAYS", defaultValue = "7",
      description = "Days after which a SENT request without an answer is overdue (default: ${DEFAULT-VALUE}).")
  int overdueDays;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Path summaryFile = in.resolve("summary.json");
    if (!Files.isRegularFile(summaryFile)) {
      throw new ChainmatchCli.UsageException("--in " + in + ": no summary.json there (run, analyze or demo writes one)");
    }
    if (overdueDays < 0) {
      throw new ChainmatchCli.UsageException("--overdue must be >= 0 but was " + overdueDays);
    }
    JsonNode summary = new ObjectMapper().readTree(summaryFile.toFile());
    JsonNode config = summary.path("configuration");
    Job job = new Job();
    job.city(config.path("city").asText("").split(" ")[0]);
    InputFiles files = new InputFiles();
    files.enterprises = enterprises != null ? enterprises : input(config, "enterprises_file", "--enterprises");
    files.relations = relations != null ? relations : input(config, "relations_file", "--relations");
    files.lenient = config.path("lenient").asBoolean(false);
    job.load(files);
    ResumptionReport report =
        ResumptionAnalysis.of(SupplyGraph.of(job.data.enterprises(), job.data.relations()), job.city).analyze();
    Map<String, Object> counts = new LinkedHashMap<>();
    summary.fields().forEachRemaining(f -> {
      if (f.getValue().isNumber()) {
        counts.put(f.getKey(), f.getValue().numberValue());
      }
    });
    warnIfChanged(counts, "breakpoints", report.breakpointCount());
    warnIfChanged(counts, "blocked", report.blockedCount());
    warnIfChanged(counts, "stalled", report.stalled().size());
    warnIfChanged(counts, "at_risk", report.atRiskCount());
    HtmlReport.Builder page = HtmlReport.builder(report).summary(counts).subtitle("由 report 命令根据 " + in + " 重建");
    WhatIfScope whatIf = new WhatIfScope();
    whatIf.resume = codes(config, "what_if_resume");
    whatIf.suspend = codes(config, "what_if_suspend");
    if (!whatIf.isEmpty()) {
      Map<Uscc, OperatingStatus> changes = whatIf.changes(job.data.enterprises());
      page.whatIf(report.whatIf(changes), changes.size());
    }
    Path storeFile = store != null ? store
        : config.hasNonNull("store") ? Path.of(config.get("store").asText()) : in.resolve("outreach-store.json");
    if (Files.isRegularFile(storeFile)) {
      try (OutreachStore tracking = OutreachStore.open(storeFile)) {
        page.outreach(tracking.all(), Instant.now(), Duration.ofDays(overdueDays));
      }
    }
    Path target = in.resolve("report.html");
    String html = page.build().html();
    AtomicFiles.writeString(target, html);
    System.out.printf("wrote %s (%,d KB) in %.1f s%n", target, Files.size(target) / 1024,
        (System.nanoTime() - started) / 1e9);
    return ExitCode.SUCCESS;
  }

  private static Path input(JsonNode config, String key, String option) throws NoSuchFileException {
    JsonNode v = config.get(key);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw new ChainmatchCli.UsageException("summary.json names no " + key + "; give " + option);
    }
    Path p = Path.of(v.asText());
    if (!Files.isRegularFile(p)) {
      throw new NoSuchFileException(p.toString(), null, "named in summary.json as " + key + "; give " + option);
    }
    return p;
  }

  private static List<String> codes(JsonNode config, String key) {
    String v = config.path(key).asText("");
    return v.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(v.split(",")));
  }

  private void warnIfChanged(Map<String, Object> counts, String key, long now) {
    Object then = counts.get(key);
    if (then instanceof Number n && n.longValue() != now) {
      System.err.println("warning: " + key + " is " + now + " now but " + n + " in summary.json: "
          + "the inputs changed since that run; report.html shows the inputs as they are now");
    }
  }
}
