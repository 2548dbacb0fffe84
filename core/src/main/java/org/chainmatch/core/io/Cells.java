package org.chainmatch.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing of the scalar cell types the contract uses; each records its own error. */
final class Cells {
  private Cells() {}

  /** A number in [min, max], or NaN (with an error recorded) when it is not one. */
  static double number(String column, String text, double min, double max, RowErrors errors) {
    String t = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      errors.add(column, text, "not a number");
      return Double.NaN;
    }
    if (!(v >= min && v <= max)) {
      errors.add(column, text, "out of range: must be between " + fmt(min) + " and " + fmt(max));
      return Double.NaN;
    }
    return v;
  }

  /** An ISO-8601 date (yyyy-MM-dd), or null with an error recorded. */
  static LocalDate date(String column, String text, RowErrors errors) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(column, text, "not an ISO-8601 date (yyyy-MM-dd)");
      return null;
    }
  }

  /** true/false (also 1/0, yes/no, 是/否); empty is false. Null with an error when neither. */
  static Boolean bool(String column, String text, RowErrors errors) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "", "false", "0", "no", "n", "否" -> {
        return Boolean.FALSE;
      }
      case "true", "1", "yes", "y", "是" -> {
        return Boolean.TRUE;
      }
      default -> {
        errors.add(column, text, "not true or false");
        return null;
      }
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
