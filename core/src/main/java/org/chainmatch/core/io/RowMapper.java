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
   * Maps the current row.
   *
   * @return the value, or null when {@code errors} received at least one problem
   */
  T map(CsvRows row, RowErrors errors);
}
