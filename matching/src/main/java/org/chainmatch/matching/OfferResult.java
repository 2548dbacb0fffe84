package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Offer;

/**
 * The ranked buyers for one offer: the downstream twin of {@link MatchResult}.
 *
 * @param offer the offer as given
 * @param understood the product text the matcher looked for (the part of the offer that names
 *     what is offered)
 * @param matches best first, ranks from 1; empty when nobody is known to take the product
 */
public record OfferResult(Offer offer, String understood, List<Match> matches) {
  /** Validates and copies. */
  public OfferResult {
    checkNotNull(offer, "offer");
    checkNotNull(understood, "understood");
    matches = ImmutableList.copyOf(matches);
  }
}
