package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One tier of a key enterprise's upstream network: its direct suppliers (tier 1), their suppliers
 * (tier 2), and so on. Each enterprise is counted once, at its lowest tier.
 *
 * @param tier 1 for direct suppliers
 * @param enterprises enterprises at this tier
 * @param working those that work ({@link org.chainmatch.core.OperatingStatus#isWorking()})
 * @param outOfCity those outside the home city
 * @param breakpoints breakpoints (inputs with no working supplier) of the enterprises at this tier
 */
public record ChainTier(int tier, int enterprises, int working, int outOfCity, int breakpoints) {

  /** Validates the components. */
  public ChainTier {
    checkArgument(tier >= 1, "tier must be >= 1 but was %s", tier);
    checkArgument(
        enterprises >= 0 && working >= 0 && outOfCity >= 0 && breakpoints >= 0,
        "counts must be >= 0 but were %s, %s, %s, %s", enterprises, working, outOfCity, breakpoints);
    checkArgument(working <= enterprises && outOfCity <= enterprises,
        "working (%s) and outOfCity (%s) must not exceed enterprises (%s)",
        working, outOfCity, enterprises);
  }

  /** The part of this tier that works, 0..1; 1 for an empty tier (nothing is missing). */
  public double workingShare() {
    return enterprises == 0 ? 1.0 : (double) working / enterprises;
  }

  /** Enterprises at this tier that do not work. */
  public int stopped() {
    return enterprises - working;
  }
}
