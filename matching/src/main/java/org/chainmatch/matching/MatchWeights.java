package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much each {@link Factor} counts in a match score. A score is {@code Σ weight × value} over
 * the factors, each value in [0, 1].
 *
 * <p>The defaults make text relevance dominate and let the other factors re-rank among relevant
 * candidates. Every factor other than relevance is moreover <em>gated</em> by relevance: its
 * value is multiplied by the candidate's relevance relative to the most relevant candidate found
 * for the same demand (see {@link SupplierMatcher}), so a candidate gains at most {@code
 * (relevance / best relevance) × (sum of the other weights)} from them. With the defaults that sum
 * is 1.0, so a candidate with less than half the best relevance can never outrank the best
 * candidate, however near, ready and well connected it is; among equally relevant candidates the
 * other factors decide in full.
 *
 * @param relevance weight of {@link Factor#RELEVANCE}; default 1.0, the unit the others are
 *     measured against
 * @param readiness weight of {@link Factor#READINESS}; default 0.40, the largest of the others,
 *     because a supplier that does not produce today is of no use to a requester who needs goods
 *     now: a resumed supplier with 80% of the best relevance outranks a suspended best match
 * @param proximity weight of {@link Factor#PROXIMITY}; default 0.20: nearness shortens delivery and
 *     keeps the chain inside the city, but matters less than whether the supplier works
 * @param relationship weight of {@link Factor#RELATIONSHIP}; default 0.20: a supplier that already
 *     serves the requester (or its peers) knows the specification and has a channel, which
 *     shortens qualification as much as nearness shortens delivery
 * @param industry weight of {@link Factor#INDUSTRY}; default 0.10: an industry code matching the
 *     product's usual makers confirms a text match but is coarse evidence, so it counts little
 * @param keyEnterprise weight of {@link Factor#KEY_ENTERPRISE}; default 0.10: a city's priority
 *     list is a policy tie-breaker, not evidence of fitness
 */
public record MatchWeights(
    double relevance,
    double readiness,
    double proximity,
    double relationship,
    double industry,
    double keyEnterprise) {

  private static final MatchWeights DEFAULTS = new MatchWeights(1.0, 0.40, 0.20, 0.20, 0.10, 0.10);

  /** Validates the components: each finite and {@code >= 0}, relevance {@code > 0}. */
  public MatchWeights {
    check(Factor.RELEVANCE, relevance);
    check(Factor.READINESS, readiness);
    check(Factor.PROXIMITY, proximity);
    check(Factor.RELATIONSHIP, relationship);
    check(Factor.INDUSTRY, industry);
    check(Factor.KEY_ENTERPRISE, keyEnterprise);
    checkArgument(relevance > 0, "relevance weight must be > 0 but was %s", relevance);
  }

  /** The documented defaults. */
  public static MatchWeights defaults() {
    return DEFAULTS;
  }

  /**
   * Weights that rank by text relevance alone (the other factors weigh 0): the baseline the
   * multi-factor ranking is evaluated against.
   */
  public static MatchWeights relevanceOnly() {
    return new MatchWeights(1.0, 0, 0, 0, 0, 0);
  }

  /** The weight of a factor. */
  public double of(Factor factor) {
    return switch (factor) {
      case RELEVANCE -> relevance;
      case READINESS -> readiness;
      case PROXIMITY -> proximity;
      case RELATIONSHIP -> relationship;
      case INDUSTRY -> industry;
      case KEY_ENTERPRISE -> keyEnterprise;
    };
  }

  /** These weights with one factor's weight changed. */
  public MatchWeights with(Factor factor, double weight) {
    return new MatchWeights(
        factor == Factor.RELEVANCE ? weight : relevance,
        factor == Factor.READINESS ? weight : readiness,
        factor == Factor.PROXIMITY ? weight : proximity,
        factor == Factor.RELATIONSHIP ? weight : relationship,
        factor == Factor.INDUSTRY ? weight : industry,
        factor == Factor.KEY_ENTERPRISE ? weight : keyEnterprise);
  }

  private static void check(Factor factor, double weight) {
    checkArgument(
        Double.isFinite(weight) && weight >= 0,
        "%s weight must be a finite number >= 0 but was %s",
        factor,
        weight);
  }
}
