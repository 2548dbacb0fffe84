package org.chainmatch.examples.cli;

import java.util.concurrent.Callable;
import org.chainmatch.matching.MatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds where upstream and downstream are out of step: blocked enterprises, breakpoints (断点),",
      "the cascade and which resumptions unblock the most. Writes breakpoints.csv, blocked.csv,",
      "priorities.csv and summary.json into --out. Requires --enterprises, --relations, --city, --out."
    },
    footer = {"", "Example:",
      "  java -jar chainmatch.jar analyze --enterprises e.csv --relations r.csv --city 320500 --out analysis"})
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin InputFiles in;
  @Mixin CityAndOut where;

  @Override
  public Integer call() throws Exception {
    Job job = new Job();
    where.require(in.enterprises, "--enterprises");
    where.require(in.relations, "--relations");
    job.city(where.city());
    in.demands = null;
    job.load(in);
    job.open(where.out(), in.lenient);
    job.engine(MatchOptions.defaults(), null, null, null, 1);
    job.analyze();
    job.finish();
    return ExitCode.SUCCESS;
  }
}
