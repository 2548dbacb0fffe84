package org.chainmatch.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One located problem in an input file: a rejected row or a warning.
 *
 * @param file the file name as given to the loader
 * @param line 1-based line on which the row starts (the header is line 1); 0 for the whole file
 * @param column the column name from the header; empty when the problem is not in one cell
 * @param value the offending value, shortened to {@value #MAX_VALUE_CHARS} characters; empty when
 *     there is none
 * @param reason why it is a problem, in plain words
 */
public record InputProblem(String file, long line, String column, String value, String reason) {

  /**
   * How every reason about undecodable text begins ({@code bytes that are not valid UTF-8}, …), so
   * that callers can tell an encoding problem, which skipping rows does not cure, from bad values.
   */
  public static final String UNDECODABLE = "bytes that are not ";

  /** Longest value kept in a problem; longer ones are cut and marked with an ellipsis. */
  public static final int MAX_VALUE_CHARS = 200;

  /** Validates and shortens the components. */
  public InputProblem {
    checkNotNull(file, "file");
    checkNotNull(column, "column");
    checkNotNull(value, "value");
    checkNotNull(reason, "reason");
    if (value.length() > MAX_VALUE_CHARS) {
      value = value.substring(0, MAX_VALUE_CHARS) + "…";
    }
    // Problems are printed and written to rejects.csv: control characters appear as escapes.
    column = ControlCharacters.visible(column);
    value = ControlCharacters.visible(value);
    reason = ControlCharacters.visible(reason);
  }

  /** {@code file:line: column 'name', value 'v': reason}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file).append(':').append(line).append(": ");
    if (!column.isEmpty()) {
      s.append("column '").append(column).append("', ");
    }
    if (!value.isEmpty()) {
      s.append("value '").append(value).append("': ");
    }
    return s.append(reason).toString();
  }

  /** Whether this problem is text the loader could not decode (see {@link #UNDECODABLE}). */
  public boolean isUndecodable() {
    return reason.startsWith(UNDECODABLE);
  }
}
