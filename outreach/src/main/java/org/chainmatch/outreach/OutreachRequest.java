package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.chainmatch.core.RegionCode;

/**
 * The coordination request to one target authority: every item concerning suppliers under it.
 *
 * @param id {@code OR-<sender city code>-<target code>-<yyyyMMdd>-<sequence>} as planned (sequence
 *     1); a store may give a request a later sequence, see {@link OutreachStore#track}
 * @param target the region whose authority is addressed (a city-level or province-level unit)
 * @param authority that authority's name, e.g. 无锡市工业和信息化局
 * @param date the planning date
 * @param items at least one, highest priority first (ties by supplier USCC, then product)
 */
public record OutreachRequest(
    String id, RegionCode target, String authority, LocalDate date, List<OutreachItem> items) {

  /** Validates and copies. */
  public OutreachRequest {
    checkNotNull(id, "id");
    checkNotNull(target, "target");
    checkNotNull(authority, "authority");
    checkNotNull(date, "date");
    items = ImmutableList.copyOf(items);
    checkArgument(!id.isBlank(), "request id is blank");
    checkArgument(!items.isEmpty(), "request %s has no items", id);
  }

  /** This request under another id. */
  public OutreachRequest withId(String newId) {
    return new OutreachRequest(newId, target, authority, date, items);
  }

  /** The highest item score. */
  public double priorityScore() {
    return items.stream().mapToDouble(OutreachItem::priorityScore).max().orElseThrow();
  }

  /** The highest item priority. */
  public Priority priority() {
    return items.stream().map(OutreachItem::priority).min(Enum::compareTo).orElseThrow();
  }
}
