package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

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
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(at, "at");
    checkNotNull(officer, "officer");
    checkNotNull(note, "note");
  }
}
