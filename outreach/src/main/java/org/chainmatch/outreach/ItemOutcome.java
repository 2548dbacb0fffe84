package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * The recorded outcome of one item.
 *
 * @param outcome what came of it
 * @param at when it was recorded
 * @param officer who recorded it
 * @param note free text, possibly empty
 */
public record ItemOutcome(Outcome outcome, Instant at, String officer, String note) {
  /** Validates the components. */
  public ItemOutcome {
    checkNotNull(outcome, "outcome");
    checkNotNull(at, "at");
    checkNotNull(officer, "officer");
    checkNotNull(note, "note");
  }
}
