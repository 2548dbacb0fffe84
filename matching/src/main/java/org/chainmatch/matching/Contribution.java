package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One factor's part in a match score: {@code contribution = value × weight / Σ weights}, where the
 * sum runs over the weights of every factor the matcher scores with. The contributions of a match
 * therefore add up to its score, and the score lies in [0, 1]: 1 only for a candidate whose every
 * factor is at its best.
 *
 * @param factor the factor
 * @param value the factor's value for this enterprise, in [0, 1]
 * @param weight the factor's weight as configured in {@link MatchWeights} (not normalised)
 * @param contribution its part of the score, in [0, 1]
 * @param detail a short human-readable note on why (e.g. "已复工 产能80%", "同市"), may be empty
 */
public record Contribution(Factor factor, double value, double weight, double contribution, String detail) {
  /** Validates the components. */
  public Contribution {
    checkNotNull(factor, "factor");
    checkNotNull(detail, "detail");
    checkArgument(value >= 0 && value <= 1, "%s value must be in [0,1] but was %s", factor, value);
    checkArgument(weight >= 0, "%s weight must be >= 0 but was %s", factor, weight);
    checkArgument(
        contribution >= 0 && contribution <= 1,
        "%s contribution must be in [0,1] but was %s",
        factor,
        contribution);
  }

  /**
   * The contribution of {@code value} under {@code weight}, normalised by {@code totalWeight}.
   *
   * @param totalWeight the sum of the weights of all factors scored, {@code >= weight} and {@code
   *     > 0}
   */
  public static Contribution of(
      Factor factor, double value, double weight, double totalWeight, String detail) {
    checkArgument(
        totalWeight > 0 && totalWeight >= weight,
        "total weight must be > 0 and >= the %s weight %s but was %s",
        factor,
        weight,
        totalWeight);
    return new Contribution(factor, value, weight, value * weight / totalWeight, detail);
  }
}
