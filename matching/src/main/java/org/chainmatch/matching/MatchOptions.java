package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;

/**
 * How to match: how many matches, the factor weights and the hard constraints.
 *
 * <p>Hard constraints remove candidates; weights only order them. The requester itself is never a
 * match whatever the options say.
 *
 * @param topN most matches per demand, 1..1000; default 20, a list an official can work through
 * @param poolSize how many candidates to fetch from the index before re-ranking, {@code >= topN};
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
 *     candidate needs to count as a real in-city option; default 0.5. When fewer than {@code topN}
 *     reach it, candidates from outside fill the list.
 * @param states the operating states allowed; default all, since a suspended supplier may still
 *     be the only one and readiness already ranks it low
 * @param minCapacity the least effective capacity (percent, 0..100) allowed; default 0
 * @param excluded enterprises never matched
 * @param understandDemands whether to take demand sentences apart ({@link DemandText}) before
 *     searching; default true. False searches the demand text as given.
 */
public record MatchOptions(
    int topN,
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

  private static final MatchOptions DEFAULTS = builder().build();

  /** Validates and copies the components. */
  public MatchOptions {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(homeCity, "homeCity");
    checkArgument(topN >= 1 && topN <= 1000, "topN must be 1..1000 but was %s", topN);
    checkArgument(
        poolSize >= topN && poolSize <= 10_000,
        "poolSize must be topN (%s)..10000 but was %s",
        topN,
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

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.topN = topN;
    b.poolSize = poolSize;
    b.weights = weights;
    b.relevanceBand = relevanceBand;
    b.scope = scope;
    b.homeCity = homeCity;
    b.inCityThreshold = inCityThreshold;
    b.states = states;
    b.minCapacity = minCapacity;
    b.excluded = excluded;
    b.understandDemands = understandDemands;
    return b;
  }

  /** Builds {@link MatchOptions}; not thread-safe. */
  public static final class Builder {
    private int topN = 20;
    private int poolSize = 100;
    private MatchWeights weights = MatchWeights.defaults();
    private double relevanceBand = 0.13;
    private RegionScope scope = RegionScope.ANYWHERE;
    private Optional<RegionCode> homeCity = Optional.empty();
    private double inCityThreshold = 0.5;
    private Set<OperatingState> states = EnumSet.allOf(OperatingState.class);
    private int minCapacity;
    private Set<Uscc> excluded = Set.of();
    private boolean understandDemands = true;

    private Builder() {}

    /** Most matches per demand; the pool grows to at least this many. */
    public Builder topN(int n) {
      this.topN = n;
      this.poolSize = Math.max(poolSize, n);
      return this;
    }

    public Builder poolSize(int n) {
      this.poolSize = n;
      return this;
    }

    public Builder weights(MatchWeights value) {
      this.weights = value;
      return this;
    }

    public Builder relevanceBand(double value) {
      this.relevanceBand = value;
      return this;
    }

    public Builder scope(RegionScope value) {
      this.scope = value;
      return this;
    }

    public Builder homeCity(RegionCode city) {
      this.homeCity = Optional.of(city);
      return this;
    }

    public Builder inCityThreshold(double relevance) {
      this.inCityThreshold = relevance;
      return this;
    }

    public Builder states(Set<OperatingState> allowed) {
      this.states = allowed;
      return this;
    }

    public Builder minCapacity(int percent) {
      this.minCapacity = percent;
      return this;
    }

    public Builder excluded(Set<Uscc> codes) {
      this.excluded = codes;
      return this;
    }

    public Builder understandDemands(boolean value) {
      this.understandDemands = value;
      return this;
    }

    public MatchOptions build() {
      return new MatchOptions(
          topN, poolSize, weights, relevanceBand, scope, homeCity, inCityThreshold, states, minCapacity, excluded,
          understandDemands);
    }
  }
}
