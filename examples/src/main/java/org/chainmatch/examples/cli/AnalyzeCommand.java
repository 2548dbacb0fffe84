package org.chainmatch.examples.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds where upstream and downstream are out of step: blocked enterprises, breakpoints (断点), the cascade and which resumptions unblock the most.",
      "Writes breakpoints.csv, blocked.csv, priorities.csv, stalled.csv (上游已复工而下游未复工), at-risk.csv and summary.json into --out. Requires --enterprises, --relations, --city and --out; it reads no demands (run does).",
      "With --what-if-resume or --what-if-suspend it also writes what-if.csv: what those changes would add to and remove from the blocked inputs, breakpoints and cascade."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar chainmatch.jar analyze --enterprises e.csv --relations r.csv \\",
      "      --city 320500 --out analysis",
      "  java -jar chainmatch.jar analyze --enterprises e.csv --relations r.csv \\",
      "      --city 320500 --out lockdown --what-if-suspend 320506"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin InputFiles in;
  @Mixin CityAndOut where;
  @Mixin WhatIfScope whatIf;

  @Override
  public Integer call() throws Exception {
    Job job = new Job();
    where.require(in.enterprises, "--enterprises");
    where.require(in.relations, "--relations");
    job.city(where.city());
    if (in.demands != null) {
      // A silently ignored option looks like it was used: refuse it.
      throw new ChainmatchCli.UsageException(
          "analyze does not read demands (--demands " + in.demands + "); use run to analyse and match them");
    }
    job.load(in);
    Map<Uscc, OperatingStatus> changes =
        whatIf.isEmpty() ? Map.of() : whatIf.changes(job.data.enterprises());
    job.open(where.out(), in.lenient);
    ResumptionReport report = job.analyze();
    if (!whatIf.isEmpty()) {
      // Recorded so that `report --in` can repeat the what-if.
      job.summary.config("what_if_resume", String.join(",", whatIf.resume));
      job.summary.config("what_if_suspend", String.join(",", whatIf.suspend));
      job.whatIf(report, changes);
    }
    job.finish();
    return ExitCode.SUCCESS;
  }
}
