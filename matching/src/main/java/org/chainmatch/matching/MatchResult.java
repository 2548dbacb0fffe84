package org.chainmatch.matching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
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
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(understood, "understood");
    matches = ImmutableList.copyOf(matches);
  }
}
