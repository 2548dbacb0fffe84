package org.chainmatch.examples.cli;

import java.util.concurrent.Callable;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.OpenDemands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "customers",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ranks buyers for each offer of a supplier whose customers have stopped.",
      "A buyer uses the product as an input (along the relations, by an open demand, or by making what its known buyers make); it ranks higher when working or about to resume, near, already in business with the supplier, or a key enterprise. Writes customers.csv and summary.json (and rejects.csv with --lenient) into --out. Requires --enterprises, --relations, --offers, --city and --out; --demands adds open demands whose posters count as certain buyers."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar chainmatch.jar customers --enterprises e.csv --relations r.csv \\",
      "      --offers o.csv --city 320500 --top 10 --out buyers",
      "  java -jar chainmatch.jar customers --enterprises e.csv --relations r.csv \\",
      "      --offers o.csv --demands d.csv --city 320500 --lenient \\",
      "      --synonyms synonyms.txt --out buyers"
    })
final class CustomersCommand implements Callable<Integer> {
  @Mixin InputFiles in;
  @Mixin OfferInput offers;
  @Mixin CityAndOut where;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    where.require(in.enterprises, "--enterprises");
    where.require(in.relations, "--relations");
    where.require(offers.offers, "--offers");
    Job job = new Job();
    job.city(where.city());
    int top = common.top();
    int threads = common.threads();
    job.load(in);
    job.loadOffers(offers.offers, in);
    job.open(where.out(), in.lenient);
    job.engine(MatchOptions.defaults().withTopK(top), common.synonyms, common.taxonomy,
        common.vocabulary(), common.index, threads);
    job.summary.count("open_demands", job.data.demands().size());
    job.customers(job.offers, OpenDemands.of(job.data.demands()));
    job.finish();
    return ExitCode.SUCCESS;
  }
}
