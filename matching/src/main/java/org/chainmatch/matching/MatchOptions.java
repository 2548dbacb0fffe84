package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;

/**
 * How to match: how many matches, the factor weights and the hard constraints.
 *
 * <p>Hard constraints remove candidates; weights only order them. The requester itself is never a
 * match whatever the options say. Start from {@link #defaults()} and change what differs with the
 * {@code with*} methods (the one options idiom of the library: immutable records with withers);
 * each returns new, validated options.
 *
 * @param topK most matches per demand, 1..1000; default 20, a list an official can work through
 * @param poolSize how many candidates to fetch from the index before re-ranking, {@code >= topK};
 *     default 100: wide enough that a relevant, ready, nearby supplier ranked lower on text alone
 *     is still seen, small enough to keep one demand near a millisecond
 * @param weights the factor weights
 * @param relevanceBand how far (in relevance, 0..1) below the most relevant candidate the factors
 *     other than relevance still count in full; below that they fade out linearly and are gone at
 *     twice the band (see {@link SupplierMatcher}). Default 0.13: the most that wording outside
 *     the product names (business scope and name, 0.15 of 1.15 in {@code LuceneCapabilityIndex})
 *     can add. A smaller relevance gap says the candidates word the same capability differently,
 *     so readiness and nearness should decide; a larger one says they make different products,
 *     and a ready maker of the wrong product should not overtake the right one.
 * @param scope where suppliers may be relative to the home city; default {@link
 *     RegionScope#ANYWHERE}, leaving nearness to {@link Factor#PROXIMITY}
 * @param homeCity the city the scope refers to; empty means the requester's own city
 * @param inCityThreshold for {@link RegionScope#IN_CITY_FIRST}: the relevance (0..1) an in-city
 *     candidate needs to count as a real in-city option; default 0.5. When fewer than {@code topK}
 *     reach it, candidates from outside fill the list.
 * @param states the operating states allowed; default all, since a suspended supplier may still
 *     be the only one and readiness already ranks it low
 * @param minCapacity the least effective capacity (percent, 0..100) allowed; default 0
 * @param excluded enterprises never matched
 * @param understandDemands whether to take demand sentences apart ({@link DemandText}) before
 *     searching; default true. False searches the demand text as given.
 */
public record MatchOptions(
    int topK,
    int poolSize,
    MatchWeights weights,
    double relevanceBand,
    RegionScope scope,
    Optional<RegionCode> homeCity,
    double inCityThreshold,
    Set<OperatingState> states,
    int minCapacity,
    Set<Uscc> excluded,
    boolean understandDemands) {

  private static final MatchOptions DEFAULTS = new MatchOptions(
      20, 100, MatchWeights.defaults(), 0.13, RegionScope.ANYWHERE, Optional.empty(), 0.5,
      EnumSet.allOf(OperatingState.class), 0, Set.of(), true);

  /** Validates and copies the components. */
  public MatchOptions {
    checkNotNull(weights, "weights");
    checkNotNull(scope, "scope");
    checkNotNull(homeCity, "homeCity");
    checkArgument(topK >= 1 && topK <= 1000, "topK must be 1..1000 but was %s", topK);
    checkArgument(
        poolSize >= topK && poolSize <= 10_000,
        "poolSize must be topK (%s)..10000 but was %s",
        topK,
        poolSize);
    checkArgument(
        relevanceBand > 0 && relevanceBand <= 1,
        "relevanceBand must be in (0,1] but was %s",
        relevanceBand);
    checkArgument(
        inCityThreshold >= 0 && inCityThreshold <= 1,
        "inCityThreshold must be in [0,1] but was %s",
        inCityThreshold);
    checkArgument(!states.isEmpty(), "no operating state allowed: nothing could match");
    checkArgument(
        minCapacity >= 0 && minCapacity <= 100, "minCapacity must be 0..100 but was %s", minCapacity);
    states = Sets.immutableEnumSet(states);
    excluded = ImmutableSet.copyOf(excluded);
  }

  /** The documented defaults. */
  public static MatchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with at most {@code n} matches per demand; the pool grows to at least {@code n}
   * (it is never shrunk).
   */
  public MatchOptions withTopK(int n) {
    return new MatchOptions(n, Math.max(poolSize, n), weights, relevanceBand, scope, homeCity,
        inCityThreshold, states, minCapacity, excluded, understandDemands);
  }

  /** These options with {@code n} candidates fetched before re-ranking ({@code >= topK}). */
  public MatchOptions withPoolSize(int n) {
    return new MatchOptions(topK, n, weights, relevanceBand, scope, homeCity,
        inCityThreshold, states, minCapacity, excluded, understandDemands);
  }

  /** These options with other factor weights. */
  public MatchOptions withWeights(MatchWeights value) {
    return new MatchOptions(topK, poolSize, value, relevanceBand, scope, homeCity,
        inCityThreshold, states, minCapacity, excluded, understandDemands);
  }

  /** These options with another relevance band. */
  public MatchOptions withRelevanceBand(double value) {
    return new MatchOptions(topK, poolSize, weights, value, scope, homeCity,
        inCityThreshold, states, minCapacity, excluded, understandDemands);
  }

  /** These options with another regional scope. */
  public MatchOptions withScope(RegionScope value) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, value, homeCity,
        inCityThreshold, states, minCapacity, excluded, understandDemands);
  }

  /** These options with the scope referring to {@code city}. */
  public MatchOptions withHomeCity(RegionCode city) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, scope,
        Optional.of(checkNotNull(city, "city")), inCityThreshold, states, minCapacity,
        excluded, understandDemands);
  }

  /** These options with another in-city relevance threshold. */
  public MatchOptions withInCityThreshold(double relevance) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, scope, homeCity,
        relevance, states, minCapacity, excluded, understandDemands);
  }

  /** These options allowing only these operating states. */
  public MatchOptions withStates(Set<OperatingState> allowed) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, scope, homeCity,
        inCityThreshold, allowed, minCapacity, excluded, understandDemands);
  }

  /** These options with another least effective capacity (percent). */
  public MatchOptions withMinCapacity(int percent) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, scope, homeCity,
        inCityThreshold, states, percent, excluded, understandDemands);
  }

  /** These options never matching {@code codes}. */
  public MatchOptions withExcluded(Set<Uscc> codes) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, scope, homeCity,
        inCityThreshold, states, minCapacity, codes, understandDemands);
  }

  /** These options with demand understanding on or off. */
  public MatchOptions withUnderstandDemands(boolean value) {
    return new MatchOptions(topK, poolSize, weights, relevanceBand, scope, homeCity,
        inCityThreshold, states, minCapacity, excluded, value);
  }
}
