package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Enterprise;

/**
 * One ranked supplier (or, for downstream matching, customer) for a demand.
 *
 * @param rank 1-based position in the ranking
 * @param enterprise the matched enterprise, as the searched snapshot held it
 * @param score the total score in [0, 1], higher is better: the sum of the contributions (see
 *     {@link Contribution} for how weights are normalised). Comparable across demands and
 *     matchers with the same weights: 0.5 is a relevant match that is neither near nor ready, or
 *     a half-relevant one that is both.
 * @param contributions each factor's part, in {@link Factor} order; empty only for matches built
 *     outside a matcher
 * @param matchedProduct the product of the matched enterprise that made it a match, as its data
 *     names it; empty when the matcher did not say. For a supplier, the product it makes that
 *     matched the demand. For a customer ({@link CustomerMatcher}), the input it takes that matched
 *     the offer (the product it receives along a relation, or names in an open demand) or, for a
 *     buyer found by capability, the product it makes that uses the offer.
 */
public record Match(
    int rank, Enterprise enterprise, double score, List<Contribution> contributions, String matchedProduct) {
  /** Validates and copies. */
  public Match {
    checkNotNull(enterprise, "enterprise");
    checkNotNull(matchedProduct, "matchedProduct");
    checkArgument(rank >= 1, "rank must be >= 1 but was %s", rank);
    checkArgument(score >= 0 && score <= 1, "score must be in [0,1] but was %s", score);
    contributions = ImmutableList.copyOf(contributions);
  }

  /** A match that does not say which product matched. */
  public Match(int rank, Enterprise enterprise, double score, List<Contribution> contributions) {
    this(rank, enterprise, score, contributions, "");
  }

  /**
   * The breakdown for a reader: {@code 能力匹配 capability 0.42; 复工与产能 readiness 0.20 (已复工); ...}.
   */
  public String reasons() {
    StringBuilder s = new StringBuilder();
    for (Contribution c : contributions) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(c.factor().chinese()).append(' ').append(c.factor().english()).append(' ')
          .append(String.format(java.util.Locale.ROOT, "%.3f", c.contribution()));
      if (!c.detail().isEmpty()) {
        s.append(" (").append(c.detail()).append(')');
      }
    }
    return s.toString();
  }
}
