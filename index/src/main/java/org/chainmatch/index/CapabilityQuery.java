package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A capability search: the text of what is needed (a product name; demand sentences are reduced
 * to product names by the matching layer), how many candidates and which are eligible.
 *
 * @param text what is needed, non-blank
 * @param topK most candidates to return, 1..10000
 * @param filter hard constraints candidates must meet
 * @param explain whether to fill {@link Candidate#matches()}
 */
public record CapabilityQuery(String text, int topK, CandidateFilter filter, boolean explain) {
  /** Validates the components. */
  public CapabilityQuery {
    checkNotNull(text, "text");
    checkNotNull(filter, "filter");
    checkArgument(!text.isBlank(), "query text is blank");
    checkArgument(topK >= 1 && topK <= 10_000, "topK must be 1..10000 but was %s", topK);
  }

  /** A query with no constraints and no explanations. */
  public static CapabilityQuery of(String text, int topK) {
    return new CapabilityQuery(text, topK, CandidateFilter.none(), false);
  }
}
