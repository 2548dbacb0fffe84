package org.chainmatch.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.matching.Match;

/**
 * The single-machine engine on the same files, as the CLI runs it, with one indexing thread so
 * that its index breaks ties between equally relevant candidates by input order (with several
 * threads it breaks them by arrival order, which varies from run to run).
 */
final class SingleMachine {
  private SingleMachine() {}

  /** A match as the contract's matches.csv shows it, score to four places. */
  record Row(String demandId, int rank, String supplier, String score, String reasons) {}

  static ChainMatch engine(CityFiles city, RegionCode home) throws Exception {
    Dataset data = Dataset.load(city.enterprises(), city.relations(), city.demands(), LoadOptions.strict());
    return ChainMatch.builder().homeCity(home).dataset(data)
        .indexOptions(IndexOptions.defaults().withIndexingThreads(1))
        .build();
  }

  static List<Row> matches(ChainMatch engine, CityFiles city) throws Exception {
    Dataset data = Dataset.load(city.enterprises(), null, city.demands(), LoadOptions.strict());
    List<Row> out = new ArrayList<>();
    engine.matchAll(data.demands().iterator(), r -> {
      for (Match m : r.matches()) {
        out.add(new Row(r.demand().id(), m.rank(), m.enterprise().uscc().value(),
            String.format(Locale.ROOT, "%.4f", m.score()), m.reasons()));
      }
    }, d -> {});
    return out;
  }

  static ResumptionReport analysis(ChainMatch engine) throws IOException {
    return engine.analyze();
  }
}
