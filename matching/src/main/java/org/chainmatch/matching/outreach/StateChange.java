package org.chainmatch.matching.outreach;

import java.time.Instant;
import java.util.Objects;

/**
 * One move in a tracked request's lifecycle.
 *
 * @param from the state before
 * @param to the state after
 * @param at when it was recorded
 * @param officer who recorded it, who is responsible from then on
 * @param note free text, possibly empty
 */
public record StateChange(
    RequestState from, RequestState to, Instant at, String officer, String note) {
  /** Validates the components. */
  public StateChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(note, "note");
  }
}
