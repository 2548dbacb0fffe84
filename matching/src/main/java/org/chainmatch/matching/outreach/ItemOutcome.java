package org.chainmatch.matching.outreach;

import java.time.Instant;
import java.util.Objects;

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
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(note, "note");
  }
}
