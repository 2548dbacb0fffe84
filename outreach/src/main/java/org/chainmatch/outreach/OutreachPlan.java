package org.chainmatch.outreach;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What {@link OutreachPlanner} decided.
 *
 * @param requests one per target authority, sorted by target region code
 * @param unreachable ids of demands that need outreach but have no candidate outside the home city
 *     to ask for, sorted; they need another remedy and are listed so none is lost
 */
public record OutreachPlan(List<OutreachRequest> requests, List<String> unreachable) {
  /** Copies. */
  public OutreachPlan {
    requests = ImmutableList.copyOf(requests);
    unreachable = ImmutableList.copyOf(unreachable);
  }
}
