package org.chainmatch.matching.outreach;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;

/**
 * One local enterprise's need behind an outreach item: the demand and who posted it.
 *
 * @param demand the demand (its note is internal and never goes into a letter)
 * @param requester the enterprise of the home city that posted it; its USCC is the demand's
 */
public record Need(Demand demand, Enterprise requester) {
  /** Checks that the requester is the demand's. */
  public Need {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(requester, "requester");
    checkArgument(
        demand.requester().equals(requester.uscc()),
        "demand %s is posted by %s, not by %s",
        demand.id(),
        demand.requester(),
        requester.uscc());
  }
}
