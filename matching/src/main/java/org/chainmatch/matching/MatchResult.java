package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Demand;

/**
 * The ranking for one demand.
 *
 * @param demand the demand as given
 * @param understood the product text the matcher searched for (the part of the demand that names
 *     what is needed)
 * @param matches best first; empty when nothing qualified
 */
public record MatchResult(Demand demand, String understood, List<Match> matches) {
  /** Validates and copies. */
  public MatchResult {
    checkNotNull(demand, "demand");
    checkNotNull(understood, "understood");
    matches = ImmutableList.copyOf(matches);
  }
}
