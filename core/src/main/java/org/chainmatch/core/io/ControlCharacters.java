package org.chainmatch.core.io;

/**
 * The characters no cell of an input file may hold, and how text that holds them is shown.
 *
 * <p>Forbidden: the C0 controls except tab, line feed and carriage return (NUL, ESC, which starts
 * the ANSI sequences a terminal obeys, BEL, …), DEL, the C1 controls, and the bidirectional
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a printed name read other
 * than it is. Why reject rather than drop them: such a character means the export is corrupt or
 * the text was crafted, and an official must not act on either without seeing it.
 */
final class ControlCharacters {
  private ControlCharacters() {}

  static boolean forbidden(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7f && c <= 0x9f
        || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }

  /** Index of the first forbidden character of {@code s}, or -1. */
  static int indexOfForbidden(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (forbidden(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code s} with every forbidden character (and tab and line breaks) written as a visible
   * escape such as {@code \u001B}, so that a problem printed on a terminal or written to a file
   * shows the character instead of obeying it.
   */
  static String visible(String s) {
    if (s.chars().noneMatch(c -> escaped((char) c))) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escaped(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean escaped(char c) {
    return forbidden(c) || c == '\t' || c == '\n' || c == '\r';
  }
}
