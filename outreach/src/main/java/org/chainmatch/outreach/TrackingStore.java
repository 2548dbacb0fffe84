package org.chainmatch.outreach;

import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where outreach requests are tracked from DRAFT to RESOLVED: the contract a system with its own
 * database implements to keep the requests there. {@link OutreachStore} is the implementation in
 * one JSON file that the CLI uses.
 *
 * <p>Every implementation follows the same rules: states move only as {@link RequestState}
 * allows, an illegal move is rejected with an {@link IllegalStateException} naming the request and
 * both states; a request is RESOLVED only when every item has an outcome; outcomes are recorded
 * only once a request was sent; unknown ids and items are rejected with an {@link
 * IllegalArgumentException} naming them. A change is durable when its method returns (a failure
 * to persist throws and leaves the change unapplied). Returned values are immutable snapshots.
 * Implementations are thread-safe.
 */
public interface TrackingStore extends Closeable {

  /**
   * Adds {@code request} as a DRAFT, with its items and no outcomes, recorded by {@code officer};
   * rejects an id already tracked.
   */
  TrackedRequest add(OutreachRequest request, String officer);

  /**
   * Tracks a planned request that may have been tracked before and returns it as tracked: the same
   * request planned again (same sender, target, day and items) is returned unchanged, a changed
   * one is added under the next free sequence of its id. After any sequence of plans tracked into
   * one store, every item of every planned request is in the store under the id returned for it.
   */
  TrackedRequest track(OutreachRequest request, String officer);

  /**
   * Moves request {@code id} to state {@code to}.
   *
   * @param officer who records the move, responsible from then on
   * @param note free text, may be empty
   */
  TrackedRequest transition(String id, RequestState to, String officer, String note);

  /**
   * Records the outcome of the item of request {@code id} for {@code supplierUscc} and {@code
   * product}, replacing an earlier outcome.
   */
  TrackedRequest recordOutcome(
      String id, String supplierUscc, String product, Outcome outcome, String officer, String note);

  /** The request with this id, if tracked. */
  Optional<TrackedRequest> find(String id);

  /** Every tracked request, by id. */
  List<TrackedRequest> all();

  /**
   * The requests still SENT without an answer at least {@code after} after they were sent; oldest
   * first.
   */
  List<TrackedRequest> overdue(Duration after);
}
