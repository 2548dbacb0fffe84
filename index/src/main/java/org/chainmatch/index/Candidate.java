package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;

/**
 * One enterprise found for a capability query.
 *
 * @param uscc the enterprise
 * @param relevance how well its text matches the query, in [0, 1] (1 = the best possible match for
 *     this query); comparable within one query only
 * @param status its operating status as the searched snapshot held it
 * @param matches which query terms matched in which fields, strongest first (empty unless the query
 *     asked for explanations)
 */
public record Candidate(Uscc uscc, double relevance, OperatingStatus status, List<TermMatch> matches) {
  /** Validates and copies. */
  public Candidate {
    checkNotNull(uscc, "uscc");
    checkNotNull(status, "status");
    matches = ImmutableList.copyOf(matches);
  }
}
