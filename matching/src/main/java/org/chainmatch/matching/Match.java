package org.chainmatch.matching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.chainmatch.core.Enterprise;

/**
 * One ranked supplier (or, for downstream matching, customer) for a demand.
 *
 * @param rank 1-based position in the ranking
 * @param enterprise the matched enterprise, as the searched snapshot held it
 * @param score the total score: the sum of the contributions
 * @param contributions each factor's part, in {@link Factor} order
 */
public record Match(int rank, Enterprise enterprise, double score, List<Contribution> contributions) {
  /** Validates and copies. */
  public Match {
    Objects.requireNonNull(enterprise, "enterprise");
    contributions = ImmutableList.copyOf(contributions);
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
