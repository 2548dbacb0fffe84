package org.chainmatch.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chainmatch.core.Demand;
import org.chainmatch.matching.MatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The whole job: resumption analysis, each breakpoint turned into a demand (plus any given",
      "demands), matching, outreach letters and the summary. Writes everything analyze and match",
      "write. Requires --enterprises, --relations, --city, --out; --demands is optional."
    },
    footer = {"", "Example:",
      "  java -jar chainmatch.jar run --enterprises e.csv --relations r.csv --demands d.csv --city 320500 --out result"})
final class RunCommand implements Callable<Integer> {
  @Mixin InputFiles in;
  @Mixin CityAndOut where;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    where.require(in.enterprises, "--enterprises");
    where.require(in.relations, "--relations");
    Job job = new Job();
    job.city(where.city());
    int top = common.top();
    int threads = common.threads();
    job.load(in);
    job.store(common.store, where.out(), common.storeWait());
    job.open(where.out(), in.lenient);
    return run(job, top, threads);
  }

  /** Analysis, breakpoint demands plus given demands, matching, outreach; shared with demo. */
  int run(Job job, int top, int threads) throws Exception {
    job.engine(MatchOptions.builder().topN(top).build(), common.synonyms, common.taxonomy,
        common.vocabulary(), common.index, threads);
    var report = job.analyze();
    List<Demand> demands = new ArrayList<>(job.engine.breakpointDemands(report));
    job.summary.count("breakpoint_demands", demands.size());
    demands.addAll(job.data.demands());
    var results = job.match(demands);
    job.outreach(results, job.unblocks(report), common.today());
    job.finish();
    return ExitCode.SUCCESS;
  }
}
