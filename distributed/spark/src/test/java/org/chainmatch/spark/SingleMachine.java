package org.chainmatch.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchedProduct;

/**
 * The single-machine engine on the same files, as the CLI runs it, with one indexing thread so
 * that its index breaks ties between equally relevant candidates by input order (with several
 * threads it breaks them by arrival order, which varies from run to run).
 */
final class SingleMachine {
  private SingleMachine() {}

  /**
   * A match as the CLI's matches.csv shows it: its eleven cells (contract v1 and v1.1's
   * understood and matched_product), score to four places, before formula neutralisation.
   */
  record Row(List<String> cells) {}

  static ChainMatch engine(CityFiles city, RegionCode home) throws Exception {
    Dataset data = Dataset.load(city.enterprises(), city.relations(), city.demands(), LoadOptions.strict());
    return ChainMatch.builder().homeCity(home).dataset(data)
        .indexOptions(IndexOptions.defaults().withIndexingThreads(1))
        .build();
  }

  /** The rows the CLI's {@code match} writes for {@code city}'s demands (its RankedCsv, cell by cell). */
  static List<Row> matches(ChainMatch engine, CityFiles city, RegionCode home) throws Exception {
    Dataset data = Dataset.load(city.enterprises(), null, city.demands(), LoadOptions.strict());
    List<Row> out = new ArrayList<>();
    engine.matchAll(data.demands().iterator(), r -> {
      for (Match m : r.matches()) {
        Enterprise e = m.enterprise();
        out.add(new Row(List.of(
            r.demand().id(),
            String.valueOf(m.rank()),
            e.uscc().value(),
            e.name(),
            e.region().code(),
            String.valueOf(e.region().isWithin(home)),
            String.format(Locale.ROOT, "%.4f", m.score()),
            e.status().state().name(),
            m.reasons(),
            r.understood(),
            MatchedProduct.of(r.understood(), e))));
      }
    }, d -> {});
    return out;
  }

  static ResumptionReport analysis(ChainMatch engine) throws IOException {
    return engine.analyze();
  }
}
