package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;

/**
 * A key enterprise's upstream network, for drawing: every supplier within the analysed tiers with
 * its tier, the relations from one tier to the next, and the breakpoints inside it.
 *
 * @param root the key enterprise (tier 0)
 * @param tiers every supplier mapped to its lowest tier (1 = direct supplier), by tier then code
 * @param links relations from a supplier at tier {@code t + 1} to a customer at tier {@code t}
 *     (the root at 0), each supplier-customer pair once, by customer tier, customer, supplier;
 *     relations within a tier or back towards the root's suppliers are left out, as they do not
 *     change which tier an enterprise is in
 * @param breakpoints the breakpoints of the root and of every supplier in {@code tiers}
 */
public record ChainNetwork(
    Uscc root, Map<Uscc, Integer> tiers, List<Link> links, List<Breakpoint> breakpoints) {

  /** Validates and copies the components. */
  public ChainNetwork {
    checkNotNull(root, "root");
    tiers = ImmutableMap.copyOf(tiers);
    links = ImmutableList.copyOf(links);
    breakpoints = ImmutableList.copyOf(breakpoints);
  }

  /**
   * A supply relation drawn in the network.
   *
   * @param supplier the supplier, one tier further from the root than the customer
   * @param customer the customer
   */
  public record Link(Uscc supplier, Uscc customer) {
    /** Validates the components. */
    public Link {
      checkNotNull(supplier, "supplier");
      checkNotNull(customer, "customer");
    }
  }
}
