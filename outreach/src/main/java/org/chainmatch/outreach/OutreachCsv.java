package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.chainmatch.core.io.TableWriter;

/**
 * Writes {@code outreach.csv}: one row per requested item and local need, with the columns {@link
 * #HEADER}, through {@link TableWriter} (atomic, formula-injection-safe). {@code reason} is the
 * {@link OutreachReason#label()}; {@code requester} and {@code supplier} are USCCs.
 */
public final class OutreachCsv {

  /** The columns, in order, as the data contract fixes them. */
  public static final List<String> HEADER =
      ImmutableList.of(
          "request_id",
          "target_region",
          "target_authority",
          "demand_id",
          "requester",
          "requester_name",
          "supplier",
          "supplier_name",
          "product",
          "reason");

  private OutreachCsv() {}

  /**
   * Writes the rows of {@code requests}, in their order, items and needs in theirs.
   *
   * @return the number of rows written, header not counted
   * @throws IOException if writing fails; the previous file, if any, is then left unchanged
   */
  public static long write(Path target, Collection<OutreachRequest> requests) throws IOException {
    checkNotNull(target, "target");
    checkNotNull(requests, "requests");
    try (TableWriter out = TableWriter.create(target, HEADER)) {
      for (OutreachRequest r : requests) {
        for (OutreachItem item : r.items()) {
          for (Need need : item.needs()) {
            out.row(
                List.of(
                    r.id(),
                    r.target().code(),
                    r.authority(),
                    need.demand().id(),
                    need.requester().uscc().value(),
                    need.requester().name(),
                    item.supplier().uscc().value(),
                    item.supplier().name(),
                    item.product(),
                    item.reason().label()));
          }
        }
      }
      out.commit();
      return out.rows();
    }
  }
}
