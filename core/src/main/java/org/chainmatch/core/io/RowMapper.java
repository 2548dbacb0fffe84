package org.chainmatch.core.io;

import java.util.Map;
import java.util.Set;

/** Turns one contract CSV row into a value, or records why it cannot. */
interface RowMapper<T> {
  /** Columns without which the file is rejected. */
  Set<String> required();

  /** Every column the file may have; others are warned about once. */
  Set<String> known();

  /** Other header names (lower case) for columns, e.g. Chinese ones; see {@link ColumnAliases}. */
  default Map<String, String> aliases() {
    return Map.of();
  }

  /**
   * A column whose values must not repeat, or null. {@link #map} reports a row's value with
   * {@link RowErrors#claim}; the loader checks the claims in file order, so that the later of two
   * rows is the one rejected, whichever thread mapped it.
   */
  default UniqueColumn uniqueColumn() {
    return null;
  }

  /**
   * Whether {@link #map} may run on several threads at once (for different rows, each with its own
   * {@link CsvRows} and {@link RowErrors}): it keeps no state that depends on the order of rows.
   */
  default boolean concurrent() {
    return false;
  }

  /**
   * Maps the current row.
   *
   * @return the value, or null when {@code errors} received at least one problem
   */
  T map(CsvRows row, RowErrors errors);

  /**
   * A column that must not repeat a value.
   *
   * @param column the contract name of the column
   * @param reason the problem a repeated value is rejected with
   */
  record UniqueColumn(String column, String reason) {}
}
