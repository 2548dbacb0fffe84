package org.chainmatch.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Offer;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.OpenDemands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The whole job: analysis, matching of suppliers and buyers, outreach letters and the summary.",
      "Each breakpoint is turned into a demand (plus any given demands) and matched to suppliers, each stalled supplier's product into an offer (plus any given offers) and matched to buyers (customers.csv); outreach letters cover both. Writes everything analyze, match and customers write. Requires --enterprises, --relations, --city and --out; --demands and --offers are optional."
    },
    footer = {
      "",
      "Example:",
      "  java -jar chainmatch.jar run --enterprises e.csv --relations r.csv \\",
      "      --demands d.csv --city 320500 --out result"
    })
final class RunCommand implements Callable<Integer> {
  @Mixin InputFiles in;
  @Mixin OfferInput given;
  @Mixin CityAndOut where;
  @Mixin CommonOptions common;
  @Mixin LetterOptions letterOptions;

  @Override
  public Integer call() throws Exception {
    where.require(in.enterprises, "--enterprises");
    where.require(in.relations, "--relations");
    Job job = new Job();
    job.city(where.city());
    int top = common.top();
    int threads = common.threads();
    job.letterTemplate = letterOptions.template(job.city);
    job.load(in);
    if (given.offers != null) {
      job.loadOffers(given.offers, in);
    }
    job.store(common.store, where.out(), common.storeWait());
    job.open(where.out(), in.lenient);
    return run(job, top, threads);
  }

  /** Analysis, breakpoint demands plus given demands, matching, outreach; shared with demo. */
  int run(Job job, int top, int threads) throws Exception {
    job.engine(MatchOptions.defaults().withTopK(top), common.synonyms, common.taxonomy,
        common.vocabulary(), common.index, threads);
    var report = job.analyze();
    List<Demand> demands = new ArrayList<>(job.engine.breakpointDemands(report));
    job.summary.count("breakpoint_demands", demands.size());
    demands.addAll(job.data.demands());
    var results = job.match(demands);
    // The other direction: stalled suppliers' products (plus given offers) to other buyers; every
    // demand above is open, so its requester is a certain buyer.
    List<Offer> offers = new ArrayList<>(job.engine.stalledOffers(report));
    job.summary.count("stalled_offers", offers.size());
    offers.addAll(job.offers);
    var buyers = job.customers(offers, OpenDemands.of(demands));
    job.outreach(results, buyers, job.unblocks(report), common.today());
    job.finish();
    return ExitCode.SUCCESS;
  }
}
