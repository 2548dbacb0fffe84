package org.chainmatch.core.io;

import java.util.ArrayList;
import java.util.List;

/** The problems of the row being mapped; a row with any is rejected. */
final class RowErrors {
  private final CsvRows rows;
  private final List<InputProblem> problems = new ArrayList<>(2);
  private final List<InputProblem> warnings = new ArrayList<>(1);
  private String claimed;

  RowErrors(CsvRows rows) {
    this.rows = rows;
  }

  /** A problem with a contract column, named as the file's header names it. */
  void add(String column, String value, String reason) {
    addAsWritten(rows.displayName(column), value, reason);
  }

  /** A problem with a column already named as the file names it. */
  void addAsWritten(String column, String value, String reason) {
    problems.add(new InputProblem(rows.file(), rows.line(), column, value, reason));
  }

  void warn(String column, String value, String reason) {
    warnings.add(new InputProblem(rows.file(), rows.line(), rows.displayName(column), value, reason));
  }

  /** The row's value of the mapper's {@linkplain RowMapper#uniqueColumn() unique column}. */
  void claim(String value) {
    claimed = value;
  }

  /** The value claimed for the current row, or null. */
  String claimed() {
    return claimed;
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<InputProblem> problems() {
    return problems;
  }

  List<InputProblem> warnings() {
    return warnings;
  }

  void clear() {
    problems.clear();
    warnings.clear();
    claimed = null;
  }
}
