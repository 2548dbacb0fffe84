package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.chainmatch.core.Uscc;

/**
 * An enterprise that can produce today but is downstream of one that cannot (suspended, not
 * reported, or blocked).
 *
 * @param enterprise the enterprise at risk
 * @param tier how many relations separate it from the nearest enterprise that cannot produce (1 =
 *     a direct customer of one)
 * @param via a supplier through which the risk arrives at that tier (the lowest-id one)
 */
public record AtRisk(Uscc enterprise, int tier, Uscc via) {

  /** Validates the components. */
  public AtRisk {
    checkNotNull(enterprise, "enterprise");
    checkNotNull(via, "via");
    checkArgument(tier >= 1, "tier must be >= 1 but was %s", tier);
  }
}
