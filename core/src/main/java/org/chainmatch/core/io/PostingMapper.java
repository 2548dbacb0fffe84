package org.chainmatch.core.io;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.chainmatch.core.Uscc;

/**
 * The row rules that demands and offers share: a unique {@code id}, a known enterprise (the
 * requester or the supplier), a required free-text {@code product}, an optional non-negative
 * {@code quantity} with its {@code unit}, an optional ISO date and a {@code note}. The two files
 * differ only in the names of the enterprise and date columns and in what a row becomes.
 *
 * <p>One instance per file read: it remembers the ids seen to reject duplicates.
 */
final class PostingMapper<T> implements RowMapper<T> {

  /** A row that passed every check, before it becomes a demand or an offer. */
  record Posting(
      String id,
      Uscc party,
      String product,
      OptionalDouble quantity,
      String unit,
      Optional<LocalDate> date,
      String note) {}

  private final List<String> header;
  private final String kind;
  private final String partyColumn;
  private final String dateColumn;
  private final LoadOptions options;
  private final Function<String, Uscc> known;
  private final Function<Posting, T> build;
  private final Set<String> ids = new HashSet<>();

  /**
   * @param header every column, in the order the writer uses ({@code id} first)
   * @param kind what a row is, for messages ("demand", "offer")
   * @param partyColumn the column naming the enterprise ({@code requester}, {@code supplier})
   * @param dateColumn the optional date column ({@code needed_by}, {@code available_from})
   */
  PostingMapper(
      List<String> header,
      String kind,
      String partyColumn,
      String dateColumn,
      LoadOptions options,
      Function<String, Uscc> known,
      Function<Posting, T> build) {
    this.header = header;
    this.kind = kind;
    this.partyColumn = partyColumn;
    this.dateColumn = dateColumn;
    this.options = options;
    this.known = known;
    this.build = build;
  }

  @Override
  public Set<String> required() {
    return ImmutableSet.of("id", partyColumn, "product");
  }

  @Override
  public Set<String> known() {
    return ImmutableSet.copyOf(header);
  }

  @Override
  public java.util.Map<String, String> aliases() {
    // Offers have no Chinese aliases yet; demands have the contract's.
    return "demand".equals(kind) ? ColumnAliases.DEMANDS : java.util.Map.of();
  }

  @Override
  public T map(CsvRows row, RowErrors errors) {
    String id = row.get("id");
    if (id.isEmpty()) {
      errors.add("id", "", "id is required");
    } else if (!ids.add(id)) {
      errors.add("id", id, "duplicate " + kind + " id: it appears on an earlier row");
    }
    Uscc party = RelationCsv.knownEnd(partyColumn, row.get(partyColumn), options, known, errors);
    String product = row.get("product");
    if (product.isEmpty()) {
      errors.add("product", "", "product is required");
    } else {
      Cells.product("product", product, errors);
    }
    String qText = row.get("quantity");
    OptionalDouble quantity = OptionalDouble.empty();
    if (!qText.isEmpty()) {
      double q = Cells.number("quantity", qText, 0, Cells.MAX_QUANTITY, errors);
      if (!Double.isNaN(q)) {
        quantity = OptionalDouble.of(q);
      }
    }
    String dText = row.get(dateColumn);
    Optional<LocalDate> date = Optional.empty();
    if (!dText.isEmpty()) {
      date = Optional.ofNullable(Cells.date(dateColumn, dText, errors));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return build.apply(new Posting(id, party, product, quantity, row.get("unit"), date, row.get("note")));
  }

  /** A quantity as a cell: whole numbers without a decimal point. */
  static String quantityText(OptionalDouble quantity) {
    if (quantity.isEmpty()) {
      return "";
    }
    double q = quantity.getAsDouble();
    return q == Math.rint(q) && Math.abs(q) < 1e15 ? String.valueOf((long) q) : String.valueOf(q);
  }
}
