package org.chainmatch.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.ProductAnalysis;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.MatchWeights;
import org.chainmatch.matching.RegionScope;

/**
 * {@link MatchOptions} and the index's product analysis in a form Spark can ship to tasks; tasks
 * rebuild the library's records from it. Immutable.
 */
final class MatchSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String homeCity;
  private final int topN;
  private final int poolSize;
  private final double[] weights;
  private final double relevanceBand;
  private final RegionScope scope;
  private final double inCityThreshold;
  private final EnumSet<OperatingState> states;
  private final int minCapacity;
  private final List<String> excluded;
  private final boolean understandDemands;
  private final ProductAnalysis analysis;

  MatchSettings(String homeCity, MatchOptions o, ProductAnalysis analysis) {
    this.homeCity = homeCity;
    this.topN = o.topK();
    this.poolSize = o.poolSize();
    MatchWeights w = o.weights();
    this.weights = new double[] {
        w.relevance(), w.readiness(), w.proximity(), w.relationship(), w.industry(), w.keyEnterprise()};
    this.relevanceBand = o.relevanceBand();
    this.scope = o.scope();
    this.inCityThreshold = o.inCityThreshold();
    this.states = EnumSet.copyOf(o.states());
    this.minCapacity = o.minCapacity();
    List<String> codes = new ArrayList<>();
    o.excluded().forEach(u -> codes.add(u.value()));
    this.excluded = codes;
    this.understandDemands = o.understandDemands();
    this.analysis = analysis;
  }

  String homeCity() {
    return homeCity;
  }

  boolean understandDemands() {
    return understandDemands;
  }

  /** The options the single-machine engine matches with: these, with the home city set. */
  MatchOptions options() {
    Set<Uscc> codes = new HashSet<>();
    excluded.forEach(c -> codes.add(Uscc.parse(c, UsccPolicy.ACCEPT_IRREGULAR_CHECK)));
    return MatchOptions.defaults()
        .withTopK(topN)
        .withPoolSize(poolSize)
        .withWeights(new MatchWeights(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]))
        .withRelevanceBand(relevanceBand)
        .withScope(scope)
        .withHomeCity(RegionTable.bundled().resolveCity(homeCity))
        .withInCityThreshold(inCityThreshold)
        .withStates(states)
        .withMinCapacity(minCapacity)
        .withExcluded(codes)
        .withUnderstandDemands(understandDemands);
  }

  /**
   * The index options of a block: one indexing thread, so that documents get ids in input order
   * and the index breaks ties between equally relevant candidates by input order.
   */
  IndexOptions indexOptions() {
    return IndexOptions.defaults().withAnalysis(analysis).withIndexingThreads(1);
  }
}
