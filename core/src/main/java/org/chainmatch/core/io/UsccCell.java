package org.chainmatch.core.io;

import org.chainmatch.core.Uscc;

/** Parses a USCC cell under the options' policy, recording errors and irregular codes. */
final class UsccCell {
  private UsccCell() {}

  static Uscc parse(String column, String text, LoadOptions options, RowErrors errors) {
    if (text.isEmpty()) {
      errors.add(column, "", column + " is required");
      return null;
    }
    try {
      Uscc u = Uscc.parse(text, options.usccPolicy());
      if (u.irregular()) {
        errors.warn(column, text, "check character fails (accepted as an irregular pre-2016 code)");
      }
      return u;
    } catch (IllegalArgumentException e) {
      errors.add(column, text, e.getMessage());
      return null;
    }
  }
}
