package org.chainmatch.evaluation;

import static com.google.common.base.Preconditions.checkNotNull;

import org.chainmatch.core.Demand;

/**
 * One labelled demand.
 *
 * @param demand the demand; its {@code product} text is the query
 * @param kind what the case exercises (e.g. {@code exact}, {@code oov}, {@code sentence}); {@code
 *     unlabelled} when cases.csv does not list it
 * @param comment why the case is there; possibly empty
 * @param judgments graded relevance of enterprises for it
 */
public record EvaluationCase(Demand demand, String kind, String comment, Judgments judgments) {
  /** Checks for nulls. */
  public EvaluationCase {
    checkNotNull(demand, "demand");
    checkNotNull(kind, "kind");
    checkNotNull(comment, "comment");
    checkNotNull(judgments, "judgments");
  }
}
