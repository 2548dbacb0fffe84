package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Optional;

/**
 * An industry code from GB/T 4754-2017 (国民经济行业分类) at division, group or class level, for
 * example {@code C39} (计算机、通信和其他电子设备制造业), {@code C391} or {@code C3911}.
 *
 * <p>The section letter (门类, A to T) is fully determined by the two-digit division (大类), so it
 * is optional on input and always present in {@link #code()}. Only the division is checked against
 * the standard; whether a particular group or class exists is not, since that needs the full
 * classification table.
 *
 * <p>Section-level codes (a bare letter) are not instances: a code always has 2, 3 or 4 digits.
 * The section still appears first in {@link #prefixes()}.
 *
 * <p>Instances are immutable and thread-safe. Methods throw {@link NullPointerException} on {@code
 * null} arguments.
 *
 * @param section the section letter, {@code 'A'} to {@code 'T'}, matching the division
 * @param digits 2, 3 or 4 ASCII digits: division, group or class
 */
public record IndustryCode(char section, String digits) {

  // Highest division of each section A..T in GB/T 4754-2017; sections are contiguous from 01.
  private static final ImmutableIntArray SECTION_LAST_DIVISION =
      ImmutableIntArray.of(5, 12, 43, 46, 50, 52, 60, 62, 65, 69, 70, 72, 75, 79, 82, 83, 85, 90,
          96, 97);

  /**
   * Validates the code.
   *
   * @throws IllegalArgumentException if {@code digits} is not 2 to 4 ASCII digits, its division is
   *     not in GB/T 4754-2017, or {@code section} is not the division's section
   */
  public IndustryCode {
    checkNotNull(digits, "digits");
    checkArgument(
        isDigits(digits) && digits.length() >= 2 && digits.length() <= 4,
        "Invalid industry code \"%s%s\": need 2, 3 or 4 digits (division, group or class)",
        section,
        digits);
    int division = Integer.parseInt(digits.substring(0, 2));
    char expected = sectionOf(division);
    checkArgument(
        expected != 0,
        "Invalid industry code \"%s%s\": division %s is not in GB/T 4754-2017 (01 to 97)",
        section,
        digits,
        digits.substring(0, 2));
    checkArgument(
        section == expected,
        "Invalid industry code \"%s%s\": division %s belongs to section %s, not %s",
        section,
        digits,
        digits.substring(0, 2),
        expected,
        section);
  }

  /**
   * Parses a code such as {@code "C3911"}, {@code "3911"}, {@code "C39"} or {@code "391"}, after
   * stripping surrounding whitespace.
   *
   * <p>The section letter is optional and may be lower case ({@code "c3911"}); it is normalised to
   * upper case because section letters carry no case distinction and spreadsheets often lower-case
   * them. When present it must agree with the division.
   *
   * @throws IllegalArgumentException naming the text and the reason if it is not 2 to 4 digits with
   *     an optional consistent section letter, or its division is not in the standard
   */
  public static IndustryCode parse(String text) {
    checkNotNull(text, "text");
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "Invalid industry code \"%s\": it is blank", text);
    char first = stripped.charAt(0);
    if (isAsciiLetter(first)) {
      char letter = Character.toUpperCase(first);
      checkArgument(
          letter <= 'T',
          "Invalid industry code \"%s\": '%s' is not a GB/T 4754-2017 section (A to T)",
          stripped,
          first);
      String digits = stripped.substring(1);
      checkArgument(
          isDigits(digits) && digits.length() >= 2 && digits.length() <= 4,
          "Invalid industry code \"%s\": after the section letter need 2, 3 or 4 digits",
          stripped);
      checkArgument(
          sectionOf(Integer.parseInt(digits.substring(0, 2))) != 0,
          "Invalid industry code \"%s\": division %s is not in GB/T 4754-2017 (01 to 97)",
          stripped,
          digits.substring(0, 2));
      return new IndustryCode(letter, digits);
    }
    checkArgument(
        isDigits(stripped) && stripped.length() >= 2 && stripped.length() <= 4,
        "Invalid industry code \"%s\": need an optional section letter and 2, 3 or 4 digits",
        stripped);
    char section = sectionOf(Integer.parseInt(stripped.substring(0, 2)));
    checkArgument(
        section != 0,
        "Invalid industry code \"%s\": division %s is not in GB/T 4754-2017 (01 to 97)",
        stripped,
        stripped.substring(0, 2));
    return new IndustryCode(section, stripped);
  }

  /** Returns the section letter followed by the digits, e.g. {@code "C3911"}. */
  public String code() {
    return section + digits;
  }

  /** Returns the two-digit division containing this code (itself for a division). */
  public IndustryCode division() {
    return digits.length() == 2 ? this : new IndustryCode(section, digits.substring(0, 2));
  }

  /**
   * Returns the codes of every level from the section down to this code, broadest first: {@code
   * ["C", "C39", "C391", "C3911"]} for {@code C3911}, {@code ["C", "C39"]} for {@code C39}.
   */
  public List<String> prefixes() {
    ImmutableList.Builder<String> prefixes = ImmutableList.builder();
    prefixes.add(String.valueOf(section));
    for (int end = 2; end <= digits.length(); end++) {
      prefixes.add(section + digits.substring(0, end));
    }
    return prefixes.build();
  }

  /**
   * Returns the code one level up ({@code C391} for {@code C3911}), or empty for a division, whose
   * parent would be a bare section.
   */
  public Optional<IndustryCode> parent() {
    return digits.length() == 2
        ? Optional.empty()
        : Optional.of(new IndustryCode(section, digits.substring(0, digits.length() - 1)));
  }

  /** Returns whether this code equals {@code ancestor} or lies beneath it. */
  public boolean isWithin(IndustryCode ancestor) {
    checkNotNull(ancestor, "ancestor");
    return digits.startsWith(ancestor.digits);
  }

  /** Returns whether both codes lie in the same two-digit division. */
  public boolean sharesDivisionWith(IndustryCode other) {
    checkNotNull(other, "other");
    return digits.regionMatches(0, other.digits, 0, 2);
  }

  /** Returns {@link #code()}. */
  @Override
  public String toString() {
    return code();
  }

  /** Returns the section of a division, or 0 if the standard has no such division. */
  private static char sectionOf(int division) {
    if (division < 1) {
      return 0;
    }
    for (int i = 0; i < SECTION_LAST_DIVISION.length(); i++) {
      if (division <= SECTION_LAST_DIVISION.get(i)) {
        return (char) ('A' + i);
      }
    }
    return 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
