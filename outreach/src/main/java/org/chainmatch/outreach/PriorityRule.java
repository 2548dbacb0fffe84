package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The priority formula for an outreach item. With {@code today} the planning date:
 *
 * <pre>
 *   urgency = 1                                 if the earliest needed-by date is today or past
 *           = max(0, 1 - days / horizonDays)    if it is {@code days} days ahead
 *           = 0                                 if no requester gave a date
 *   key     = 1 if any requester is a key enterprise (重点企业), else 0
 *   breadth = W / (W + 1), W = the sum over the item's demands of their "unblocks" weight
 *             (1 for a demand the caller gave no weight for)
 *   score   = urgencyWeight * urgency + keyWeight * key + breadthWeight * breadth
 * </pre>
 *
 * The weights sum to 1, so the score is in [0, 1]; {@link Priority#HIGH} from {@code highAt},
 * {@link Priority#MEDIUM} from {@code mediumAt}, else {@link Priority#LOW}. Breadth saturates so
 * that one item wanted by many cannot outweigh urgency alone: one demand gives 0.5, three give
 * 0.75.
 *
 * <p>With the {@linkplain #defaults() defaults} (0.4, 0.3, 0.3, 30 days, 0.6, 0.35): a key
 * requester needing the item in 3 days scores 0.4 × 0.9 + 0.3 + 0.3 × 0.5 = 0.81, HIGH; a plain
 * requester without a date scores 0.15, LOW.
 *
 * @param urgencyWeight weight of urgency, {@code >= 0}
 * @param keyWeight weight of a key requester, {@code >= 0}
 * @param breadthWeight weight of how much the item unblocks, {@code >= 0}
 * @param horizonDays days ahead at which urgency reaches 0, {@code >= 1}
 * @param highAt lowest score that is HIGH, in (0, 1]
 * @param mediumAt lowest score that is MEDIUM, in (0, highAt]
 */
public record PriorityRule(
    double urgencyWeight,
    double keyWeight,
    double breadthWeight,
    int horizonDays,
    double highAt,
    double mediumAt) {

  private static final PriorityRule DEFAULTS = new PriorityRule(0.4, 0.3, 0.3, 30, 0.6, 0.35);

  /** Validates the parameters; see the class documentation for their ranges. */
  public PriorityRule {
    checkArgument(urgencyWeight >= 0, "urgencyWeight must be >= 0 but was %s", urgencyWeight);
    checkArgument(keyWeight >= 0, "keyWeight must be >= 0 but was %s", keyWeight);
    checkArgument(breadthWeight >= 0, "breadthWeight must be >= 0 but was %s", breadthWeight);
    double sum = urgencyWeight + keyWeight + breadthWeight;
    checkArgument(Math.abs(sum - 1) < 1e-9, "weights must sum to 1 but sum to %s", sum);
    checkArgument(horizonDays >= 1, "horizonDays must be >= 1 but was %s", horizonDays);
    checkArgument(highAt > 0 && highAt <= 1, "highAt must be in (0,1] but was %s", highAt);
    checkArgument(
        mediumAt > 0 && mediumAt <= highAt,
        "mediumAt must be in (0, highAt=%s] but was %s",
        highAt,
        mediumAt);
  }

  /** Weights 0.4 / 0.3 / 0.3, a 30-day horizon, HIGH from 0.6, MEDIUM from 0.35. */
  public static PriorityRule defaults() {
    return DEFAULTS;
  }

  /**
   * Scores one item.
   *
   * @param earliestNeededBy the earliest needed-by date of its demands, empty if none has one
   * @param keyRequester whether any requester is a key enterprise
   * @param unblocked W, the summed "unblocks" weight of its demands, {@code >= 0}
   * @param today the planning date
   */
  public double score(
      Optional<LocalDate> earliestNeededBy, boolean keyRequester, double unblocked, LocalDate today) {
    checkNotNull(earliestNeededBy, "earliestNeededBy");
    checkNotNull(today, "today");
    checkArgument(unblocked >= 0, "unblocked weight must be >= 0 but was %s", unblocked);
    double urgency = earliestNeededBy.map(d -> urgency(d, today)).orElse(0.0);
    double breadth = unblocked / (unblocked + 1);
    return urgencyWeight * urgency + keyWeight * (keyRequester ? 1 : 0) + breadthWeight * breadth;
  }

  /** The level of a score. */
  public Priority level(double score) {
    if (score >= highAt) {
      return Priority.HIGH;
    }
    return score >= mediumAt ? Priority.MEDIUM : Priority.LOW;
  }

  private double urgency(LocalDate neededBy, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, neededBy);
    return days <= 0 ? 1 : Math.max(0, 1 - (double) days / horizonDays);
  }
}
