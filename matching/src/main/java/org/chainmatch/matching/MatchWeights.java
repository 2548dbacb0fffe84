package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much each {@link Factor} counts in a match score. A score is {@code Σ weight × value / Σ
 * weight} over the factors, each value in [0, 1], so scores lie in [0, 1] whatever the weights:
 * only their ratios matter, and multiplying all weights by a constant changes nothing.
 *
 * <p>The defaults make text relevance dominate and let the other factors re-rank among relevant
 * candidates. Every factor other than relevance is moreover <em>gated</em> by relevance: it counts
 * in full only for candidates about as relevant as the best one found for the same demand, and
 * not at all for those much less relevant (see {@link MatchOptions#relevanceBand()}), so among
 * candidates offering the same capability the other factors decide, while no readiness or
 * nearness lifts a maker of another product over the right one.
 *
 * <p>With the defaults the weights sum to 2.0, so relevance alone gives at most 0.5 of the score:
 * an exact product match that is resumed at full capacity in the requester's county scores about
 * 0.8 to 0.9, the same match suspended in another province about 0.45.
 *
 * @param relevance weight of {@link Factor#RELEVANCE}; default 1.0, the unit the others are
 *     measured against
 * @param readiness weight of {@link Factor#READINESS}; default 0.40, the largest of the others,
 *     because a supplier that does not produce today is of no use to a requester who needs goods
 *     now: among equally relevant candidates a resumed one outranks a suspended one even if the
 *     suspended one is nearer
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

  /** The sum of all six weights, {@code > 0}: the divisor that puts scores in [0, 1]. */
  public double total() {
    return relevance + readiness + proximity + relationship + industry + keyEnterprise;
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
