package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A request as {@link OutreachStore} tracks it: what was asked of whom, where it stands, and the
 * history of how it got there.
 *
 * @param id the request id
 * @param targetRegion the target region's code
 * @param authority the target authority's name
 * @param date the planning date of the request
 * @param priority its priority when planned
 * @param state where it stands now
 * @param createdAt when it was added to the store, as DRAFT
 * @param createdBy who added it
 * @param items its items, in the request's order
 * @param history every state change, oldest first; the last one's {@code to} is {@code state}
 */
public record TrackedRequest(
    String id,
    String targetRegion,
    String authority,
    LocalDate date,
    Priority priority,
    RequestState state,
    Instant createdAt,
    String createdBy,
    List<TrackedItem> items,
    List<StateChange> history) {

  /** Validates and copies. */
  public TrackedRequest {
    checkNotNull(id, "id");
    checkNotNull(targetRegion, "targetRegion");
    checkNotNull(authority, "authority");
    checkNotNull(date, "date");
    checkNotNull(priority, "priority");
    checkNotNull(state, "state");
    checkNotNull(createdAt, "createdAt");
    checkNotNull(createdBy, "createdBy");
    items = ImmutableList.copyOf(items);
    history = ImmutableList.copyOf(history);
    RequestState last = history.isEmpty() ? RequestState.DRAFT : history.get(history.size() - 1).to();
    checkArgument(
        last == state, "request %s is %s but its history ends in %s", id, state, last);
  }

  /** The officer responsible now: who recorded the latest change, or who created it. */
  public String responsibleOfficer() {
    return history.isEmpty() ? createdBy : history.get(history.size() - 1).officer();
  }

  /** When it was sent, empty while a DRAFT. */
  public Optional<Instant> sentAt() {
    return history.stream()
        .filter(c -> c.to() == RequestState.SENT)
        .map(StateChange::at)
        .findFirst();
  }

  /** The items that have no outcome yet. */
  public List<TrackedItem> itemsWithoutOutcome() {
    return items.stream().filter(i -> i.outcome().isEmpty()).collect(ImmutableList.toImmutableList());
  }

  TrackedRequest moved(StateChange change) {
    return new TrackedRequest(
        id, targetRegion, authority, date, priority, change.to(), createdAt, createdBy, items,
        ImmutableList.<StateChange>builder().addAll(history).add(change).build());
  }

  TrackedRequest withItems(List<TrackedItem> newItems) {
    return new TrackedRequest(
        id, targetRegion, authority, date, priority, state, createdAt, createdBy, newItems,
        history);
  }
}
