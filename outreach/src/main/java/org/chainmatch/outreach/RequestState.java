package org.chainmatch.outreach;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a tracked request stands. The lifecycle:
 *
 * <pre>
 *   DRAFT ──► SENT ──► ACKNOWLEDGED ──► RESOLVED
 *               │            ├────────► REJECTED
 *               │            └────────► EXPIRED
 *               ├──► RESOLVED, REJECTED, EXPIRED
 * </pre>
 *
 * RESOLVED, REJECTED and EXPIRED are final.
 */
public enum RequestState {
  /** Written, not yet sent (待发). */
  DRAFT,
  /** Sent to the target authority, no answer yet (已发函). */
  SENT,
  /** The target authority has answered that it is working on it (已回复). */
  ACKNOWLEDGED,
  /** Done: every item has an outcome (已办结). */
  RESOLVED,
  /** The target authority declined (已拒绝). */
  REJECTED,
  /** Given up without an answer, or overtaken by events (已过期). */
  EXPIRED;

  /** The states this one may move to; empty for a final state. */
  public Set<RequestState> next() {
    return switch (this) {
      case DRAFT -> Sets.immutableEnumSet(SENT);
      case SENT -> Sets.immutableEnumSet(ACKNOWLEDGED, RESOLVED, REJECTED, EXPIRED);
      case ACKNOWLEDGED -> Sets.immutableEnumSet(RESOLVED, REJECTED, EXPIRED);
      case RESOLVED, REJECTED, EXPIRED -> Sets.immutableEnumSet(EnumSet.noneOf(RequestState.class));
    };
  }

  /** Whether this state may move to {@code to}. */
  public boolean canMoveTo(RequestState to) {
    return next().contains(to);
  }

  /** Whether no move is possible from here. */
  public boolean isFinal() {
    return next().isEmpty();
  }
}
