package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One factor's part in a match score: {@code contribution = weight * value}.
 *
 * @param factor the factor
 * @param value the factor's value for this supplier, in [0, 1]
 * @param weight the factor's weight in the configuration
 * @param contribution its part of the score
 * @param detail a short human-readable note on why (e.g. "已复工, 产能80%", "同市"), may be empty
 */
public record Contribution(Factor factor, double value, double weight, double contribution, String detail) {
  /** Validates the components. */
  public Contribution {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(detail, "detail");
    checkArgument(value >= 0 && value <= 1, "%s value must be in [0,1] but was %s", factor, value);
    checkArgument(weight >= 0, "%s weight must be >= 0 but was %s", factor, weight);
  }

  /** A contribution computed from a value and weight. */
  public static Contribution of(Factor factor, double value, double weight, String detail) {
    return new Contribution(factor, value, weight, value * weight, detail);
  }
}
