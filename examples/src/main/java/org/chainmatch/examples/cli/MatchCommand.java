package org.chainmatch.examples.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chainmatch.matching.MatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ranks suppliers for each demand and plans outreach for the demands best served outside the city.",
      "Writes matches.csv, outreach.csv, outreach.json, letters/, outreach-store.json and summary.json (and rejects.csv with --lenient) into --out. Requires --enterprises, --demands, --city and --out; --relations tells a known supplier (原供应企业) from a candidate."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar chainmatch.jar match --enterprises e.csv --demands d.csv \\",
      "      --city 320500 --top 10 --out result",
      "  java -jar chainmatch.jar match --enterprises e.csv --relations r.csv \\",
      "      --demands d.csv --city 110000 --lenient --synonyms synonyms.txt \\",
      "      --index idx --out result"
    })
final class MatchCommand implements Callable<Integer> {
  @Mixin InputFiles in;
  @Mixin CityAndOut where;
  @Mixin CommonOptions common;
  @Mixin LetterOptions letterOptions;

  @Override
  public Integer call() throws Exception {
    Job job = new Job();
    where.require(in.enterprises, "--enterprises");
    where.require(in.demands, "--demands");
    job.city(where.city());
    int top = common.top();
    int threads = common.threads();
    job.letterTemplate = letterOptions.template(job.city);
    job.load(in);
    job.store(common.store, where.out(), common.storeWait());
    job.open(where.out(), in.lenient);
    job.engine(MatchOptions.defaults().withTopK(top), common.synonyms, common.taxonomy,
        common.vocabulary(), common.index, threads);
    var results = job.match(job.data.demands());
    job.outreach(results, Map.of(), common.today());
    job.finish();
    return ExitCode.SUCCESS;
  }
}
