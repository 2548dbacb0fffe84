package org.chainmatch.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.chainmatch.core.Enterprise;

/** Parsing of the scalar cell types the contract uses; each records its own error. */
final class Cells {
  private Cells() {}

  /** A number in [min, max], or NaN (with an error recorded) when it is not one. */
  static double number(String column, String text, double min, double max, RowErrors errors) {
    String t = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    double v = plainDecimal(t);
    if (Double.isNaN(v)) {
      try {
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        errors.add(column, text, "not a number");
        return Double.NaN;
      }
    }
    if (!(v >= min && v <= max)) {
      errors.add(column, text, "out of range: must be between " + fmt(min) + " and " + fmt(max));
      return Double.NaN;
    }
    return v;
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /**
   * The value of a plain decimal such as {@code 0.9937} of at most 15 digits, or NaN for any other
   * text (which {@link Double#parseDouble} then reads). Exact: the digits make an integer below
   * 2^53 and the power of ten is exact, so their IEEE quotient is the correctly rounded value, as
   * {@code parseDouble} gives it; without the garbage {@code parseDouble} makes for each of millions
   * of shares.
   */
  static double plainDecimal(String t) {
    int n = t.length();
    if (n == 0 || n > 16) {
      return Double.NaN;
    }
    long digits = 0;
    int count = 0;
    int point = -1;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
      } else if (c == '.' && point < 0 && i > 0 && i < n - 1) {
        point = i;
      } else {
        return Double.NaN;
      }
    }
    if (count > 15) {
      return Double.NaN;
    }
    int decimals = point < 0 ? 0 : n - point - 1;
    return digits / POWERS_OF_TEN[decimals];
  }

  /** Earliest date a date cell may hold: the data is about enterprises working now. */
  static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
  /** Latest date a date cell may hold. */
  static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);
  /** Largest quantity, in any unit: exact as a double, and far above any real order. */
  static final double MAX_QUANTITY = 1e12;

  /**
   * An ISO-8601 date (yyyy-MM-dd) from {@link #FIRST_DATE} to {@link #LAST_DATE}, or null with an
   * error recorded.
   */
  static LocalDate date(String column, String text, RowErrors errors) {
    LocalDate d;
    try {
      d = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(column, text, "not an ISO-8601 date (yyyy-MM-dd)");
      return null;
    }
    if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
      errors.add(column, text, "out of range: must be between " + FIRST_DATE + " and " + LAST_DATE);
      return null;
    }
    return d;
  }

  /** A product name of at most {@link Enterprise#MAX_PRODUCT_CHARS}, or null with an error. */
  static String product(String column, String text, RowErrors errors) {
    if (text.length() > Enterprise.MAX_PRODUCT_CHARS) {
      errors.add(column, text, "a product name of " + text.length() + " characters; at most "
          + Enterprise.MAX_PRODUCT_CHARS + " are allowed (separate several products with ;)");
      return null;
    }
    return text;
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
