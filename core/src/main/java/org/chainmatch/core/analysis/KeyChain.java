package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Uscc;

/**
 * The health of a key enterprise's (龙头企业) upstream chain, as 链长制 asks: its suppliers tier by
 * tier, how much of each tier works, its breakpoints and what it depends on outside the city.
 *
 * @param enterprise the key enterprise
 * @param working whether the key enterprise itself works
 * @param ownBreakpoints the key enterprise's own breakpoints
 * @param tiers tiers 1 to the analysed depth, all present even when empty
 */
public record KeyChain(Uscc enterprise, boolean working, int ownBreakpoints, List<ChainTier> tiers) {

  /** Validates and copies the components. */
  public KeyChain {
    checkNotNull(enterprise, "enterprise");
    tiers = ImmutableList.copyOf(tiers);
    checkArgument(ownBreakpoints >= 0, "ownBreakpoints must be >= 0 but was %s", ownBreakpoints);
    for (int i = 0; i < tiers.size(); i++) {
      checkArgument(tiers.get(i).tier() == i + 1, "tier %s is at position %s", tiers.get(i).tier(), i);
    }
  }

  /** Suppliers in every tier. */
  public int suppliers() {
    return tiers.stream().mapToInt(ChainTier::enterprises).sum();
  }

  /** Suppliers in every tier that do not work. */
  public int stoppedSuppliers() {
    return tiers.stream().mapToInt(ChainTier::stopped).sum();
  }

  /** Suppliers in every tier outside the home city. */
  public int outOfCitySuppliers() {
    return tiers.stream().mapToInt(ChainTier::outOfCity).sum();
  }

  /** Breakpoints of the key enterprise and of every supplier in its tiers. */
  public int breakpoints() {
    return ownBreakpoints + tiers.stream().mapToInt(ChainTier::breakpoints).sum();
  }

  /** The part of all its suppliers that works, 0..1; 1 without suppliers. */
  public double workingShare() {
    int n = suppliers();
    return n == 0 ? 1.0 : (double) (n - stoppedSuppliers()) / n;
  }
}
