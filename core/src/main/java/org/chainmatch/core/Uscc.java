package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) as defined by GB 32100-2015, for example {@code
 * 91350100M000100Y43}.
 *
 * <p>The 18 characters are drawn from the 31-character alphabet {@value #ALPHABET} (the digits and
 * upper-case Latin letters except I, O, Z, S and V) and are laid out as:
 *
 * <ol>
 *   <li>position 1: registration authority (e.g. {@code 9} market regulation, {@code 5} civil
 *       affairs, {@code 1} institutional staffing);
 *   <li>position 2: entity type within that authority (e.g. {@code 91} enterprise);
 *   <li>positions 3-8: GB/T 2260 administrative division code of the registering authority, six
 *       digits;
 *   <li>positions 9-17: GB 11714 organisation code (eight body characters and its own check
 *       character);
 *   <li>position 18: check character over positions 1-17 (weights 3<sup>i</sup> mod 31).
 * </ol>
 *
 * <p>Positions 1 and 2 must be a registration authority and entity type that exist: those of GB
 * 32100-2015 table 1 ({@code 1} institutional staffing, {@code 5} civil affairs, {@code 9} market
 * regulation, {@code Y} other) and those assigned since by the code's administering body ({@code 2}
 * foreign affairs, {@code 3} justice, {@code 4} culture, {@code 6} tourism, {@code 7} religious
 * affairs, {@code 8} trade unions, {@code A} the military, {@code N} rural collectives); see {@link
 * #authorityAndTypeName}. A code such as {@code 000000000000000000}, whose check character is
 * right, cannot exist and is rejected.
 *
 * <p>{@link #parse} also requires the organisation code to satisfy its own GB 11714 check (every
 * code issued under the standard carries one that does); {@link UsccPolicy#ACCEPT_IRREGULAR_CHECK}
 * relaxes that, as it relaxes the final check character, for codes issued before the standard
 * was applied uniformly. Constructing a code ({@link #withComputedCheck}) does not require it.
 *
 * <p>{@link #irregular()} is {@code true} exactly when the check character does not match, which
 * is only possible for codes accepted with {@link UsccPolicy#ACCEPT_IRREGULAR_CHECK} or built with
 * {@code new Uscc(value, true)}. Every other rule always holds for an instance, except the
 * organisation-code check, which only {@link #parse} requires (see above).
 *
 * <p>Instances are immutable and thread-safe. Methods throw {@link NullPointerException} on {@code
 * null} arguments unless documented otherwise; invalid input is reported with an {@link
 * IllegalArgumentException} whose message names the value and the rule it breaks.
 *
 * @param value the 18-character code, exactly as issued (no surrounding whitespace, upper case)
 * @param irregular whether the check character is wrong; must agree with {@code value}
 */
public record Uscc(String value, boolean irregular) {

  /** The GB 32100-2015 character set, in value order (the index of a character is its value). */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Number of characters in a unified social credit code. */
  public static final int LENGTH = 18;

  private static final int RADIX = 31;

  // 3^i mod 31 for i = 0..16, GB 32100-2015 table 3.
  private static final ImmutableIntArray WEIGHTS =
      ImmutableIntArray.of(1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28);

  // GB 11714-1997 weights for the eight body characters of an organisation code.
  private static final ImmutableIntArray ORGANIZATION_CODE_WEIGHTS =
      ImmutableIntArray.of(3, 7, 9, 10, 5, 8, 4, 2);

  private static final String EXCLUDED_LETTERS = "IOZSV";

  // Long garbage (a whole CSV line, say) would otherwise make exception messages unreadable.
  private static final int MAX_QUOTED_LENGTH = 40;

  /**
   * Validates the code.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks any GB 32100-2015 rule other than the
   *     check character; if the check character is wrong and {@code irregular} is {@code false};
   *     or if it is right and {@code irregular} is {@code true}
   */
  public Uscc {
    checkNotNull(value, "value");
    String problem = structuralProblem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    char expected = computeCheck(value);
    char found = value.charAt(LENGTH - 1);
    if (expected != found && !irregular) {
      throw new IllegalArgumentException(checkMismatchMessage(value, expected, found));
    }
    // Keeps irregular a fact about the value rather than a label a caller may attach at will.
    if (expected == found && irregular) {
      throw new IllegalArgumentException(
          String.format(
              "USCC \"%s\" has a correct check character '%s', so it cannot be flagged irregular",
              value, found));
    }
  }

  /**
   * GB 32100-2015 table 1 and the authorities and types assigned since (position 1, then 2), with
   * their names; see the class comment.
   */
  private static final ImmutableMap<String, String> AUTHORITY_AND_TYPE =
      ImmutableMap.<String, String>builder()
          .put("11", "机构编制 机关")
          .put("12", "机构编制 事业单位")
          .put("13", "机构编制 中央编办直接管理机构编制的群众团体")
          .put("19", "机构编制 其他")
          .put("21", "外交 外国常驻新闻机构")
          .put("29", "外交 其他")
          .put("31", "司法行政 律师执业机构")
          .put("32", "司法行政 公证处")
          .put("33", "司法行政 基层法律服务所")
          .put("34", "司法行政 司法鉴定机构")
          .put("35", "司法行政 仲裁委员会")
          .put("39", "司法行政 其他")
          .put("41", "文化 外国在华文化中心")
          .put("49", "文化 其他")
          .put("51", "民政 社会团体")
          .put("52", "民政 民办非企业单位")
          .put("53", "民政 基金会")
          .put("59", "民政 其他")
          .put("61", "旅游 外国旅游部门常驻代表机构")
          .put("62", "旅游 港澳台地区旅游部门常驻内地（大陆）代表机构")
          .put("69", "旅游 其他")
          .put("71", "宗教 宗教活动场所")
          .put("72", "宗教 宗教院校")
          .put("79", "宗教 其他")
          .put("81", "工会 基层工会")
          .put("89", "工会 其他")
          .put("91", "工商 企业")
          .put("92", "工商 个体工商户")
          .put("93", "工商 农民专业合作社")
          .put("A1", "中央军委改革和编制办公室 军队事业单位")
          .put("A9", "中央军委改革和编制办公室 其他")
          .put("N1", "农业 组级集体经济组织")
          .put("N2", "农业 村级集体经济组织")
          .put("N3", "农业 乡镇级集体经济组织")
          .put("N9", "农业 其他")
          .put("Y1", "其他")
          .buildOrThrow();

  /**
   * The registration authority and entity type named by positions 1-2, e.g. {@code "工商 企业"}
   * for {@code 91}; empty if the pair is not one that codes are issued under.
   */
  public static Optional<String> authorityAndTypeName(String positions12) {
    checkNotNull(positions12, "positions12");
    return Optional.ofNullable(AUTHORITY_AND_TYPE.get(positions12));
  }

  /**
   * Parses a code strictly: equivalent to {@code parse(text, UsccPolicy.STRICT)}.
   *
   * @throws IllegalArgumentException if {@code text} is not a valid code; the message names the
   *     text, the offending character and its 1-based position, or the expected and found check
   *     characters
   */
  public static Uscc parse(String text) {
    return parse(text, UsccPolicy.STRICT);
  }

  /**
   * Parses a code after stripping leading and trailing whitespace.
   *
   * <p>Case is significant: a lower-case letter is rejected, with a message that says so, rather
   * than upper-cased. Full-width characters are rejected too. Normalising such input is left to the
   * caller, who knows whether the source can be trusted that far.
   *
   * @param policy whether a code whose only fault is its check character is rejected or returned
   *     with {@link #irregular()} set
   * @throws IllegalArgumentException if {@code text} is not acceptable under {@code policy}
   */
  public static Uscc parse(String text, UsccPolicy policy) {
    checkNotNull(text, "text");
    checkNotNull(policy, "policy");
    String stripped = text.strip();
    String problem = structuralProblem(stripped);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    char expected = computeCheck(stripped);
    char found = stripped.charAt(LENGTH - 1);
    if (expected != found && policy != UsccPolicy.ACCEPT_IRREGULAR_CHECK) {
      throw new IllegalArgumentException(checkMismatchMessage(stripped, expected, found));
    }
    Uscc code = new Uscc(stripped, expected != found);
    if (!code.organizationCodeCheckValid() && policy != UsccPolicy.ACCEPT_IRREGULAR_CHECK) {
      throw new IllegalArgumentException(
          String.format(
              "Invalid USCC \"%s\": the organisation code (positions 9-17) fails its GB 11714"
                  + " check: position 17 is '%s' but positions 9-16 require '%s'",
              stripped, stripped.charAt(16), organizationCheck(stripped, 8)));
    }
    return code;
  }

  /**
   * Returns whether {@link #parse(String)} would accept {@code text}, without the cost of an
   * exception. Returns {@code false} for {@code null}.
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String stripped = text.strip();
    return structuralProblem(stripped) == null
        && computeCheck(stripped) == stripped.charAt(LENGTH - 1)
        && organizationCheck(stripped, 8) == stripped.charAt(16);
  }

  /**
   * Computes the GB 32100-2015 check character for the first 17 characters of a code.
   *
   * <p>Only the alphabet is checked here, not the region digits, so that a caller can compute the
   * check of any well-formed prefix.
   *
   * @throws IllegalArgumentException if {@code first17} does not have exactly 17 characters, all
   *     in {@link #ALPHABET}
   */
  public static char checkCharacter(CharSequence first17) {
    checkNotNull(first17, "first17");
    checkArgument(
        first17.length() == LENGTH - 1,
        "USCC prefix \"%s\" has %s characters; the check is computed over exactly %s",
        quote(first17),
        first17.length(),
        LENGTH - 1);
    for (int i = 0; i < first17.length(); i++) {
      char c = first17.charAt(i);
      if (ALPHABET.indexOf(c) < 0) {
        throw new IllegalArgumentException(
            "USCC prefix \"" + quote(first17) + "\": " + characterProblem(c, i + 1));
      }
    }
    return computeCheck(first17);
  }

  /**
   * Returns the valid code made of {@code first17} followed by its check character; meant for
   * generators of test data.
   *
   * @throws IllegalArgumentException if {@code first17} does not have exactly 17 characters, all
   *     in the alphabet, with digits in positions 3-8
   */
  public static Uscc withComputedCheck(String first17) {
    return new Uscc(first17 + checkCharacter(first17), false);
  }

  /**
   * Returns the code that {@link #parse(String)} accepts made of {@code first16} (authority, type,
   * region and the organisation code's eight body characters), its GB 11714 organisation-code
   * check and its GB 32100 check character; meant for generators of test data.
   *
   * @throws IllegalArgumentException if {@code first16} does not have exactly 16 characters, all in
   *     the alphabet, with a known authority and type and digits in positions 3-8
   */
  public static Uscc withComputedChecks(String first16) {
    checkNotNull(first16, "first16");
    checkArgument(
        first16.length() == LENGTH - 2,
        "USCC prefix \"%s\" has %s characters; both checks are computed from exactly %s",
        quote(first16),
        first16.length(),
        LENGTH - 2);
    return withComputedCheck(first16 + organizationCheck(first16, 8));
  }

  /** Position 1: the registration authority code (e.g. {@code '9'} market regulation). */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** Position 2: the entity type code within the registration authority. */
  public char entityType() {
    return value.charAt(1);
  }

  /** Positions 3-8: the six-digit GB/T 2260 code of the registering authority's division. */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /** Positions 9-17: the nine-character GB 11714 organisation code, including its check. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /**
   * Returns whether the {@linkplain #organizationCode() organisation code} satisfies its own GB
   * 11714 check.
   *
   * <p>Informational only: many codes registered as valid fail it (GB 32100 does not require it
   * and registrars assigned these nine characters by their own schemes), so it is never a reason
   * to reject a code.
   */
  public boolean organizationCodeCheckValid() {
    return value.charAt(16) == organizationCheck(value, 8);
  }

  // GB 11714-1997: the eight body characters from `from` (letters count 10..35), weighted, mod 11.
  private static char organizationCheck(CharSequence code, int from) {
    int sum = 0;
    for (int i = 0; i < ORGANIZATION_CODE_WEIGHTS.length(); i++) {
      int v = Character.digit(code.charAt(from + i), 36);
      checkArgument(v >= 0, "character '%s' at position %s cannot be part of an organisation code",
          code.charAt(from + i), from + i + 1);
      sum += v * ORGANIZATION_CODE_WEIGHTS.get(i);
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** Returns the code itself, e.g. {@code 91350100M000100Y43}. */
  @Override
  public String toString() {
    return value;
  }

  // Assumes every character is in the alphabet; callers check that first.
  private static char computeCheck(CharSequence code) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS.get(i);
    }
    return ALPHABET.charAt((RADIX - sum % RADIX) % RADIX);
  }

  /** Returns why {@code text} is not a well-formed code ignoring its check, or null if it is. */
  private static String structuralProblem(String text) {
    // Count code points so that a supplementary character reads as one character in messages.
    int length = text.codePointCount(0, text.length());
    if (length != LENGTH) {
      return String.format(
          "Invalid USCC \"%s\": it has %s characters; a unified social credit code has exactly %s",
          quote(text), length, LENGTH);
    }
    int position = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      position++;
      int c = text.codePointAt(i);
      if (c > Character.MAX_VALUE || ALPHABET.indexOf(c) < 0) {
        return "Invalid USCC \"" + quote(text) + "\": " + characterProblem(c, position);
      }
    }
    // From here on every character is a single ASCII char in the alphabet.
    String authorityAndType = text.substring(0, 2);
    if (!AUTHORITY_AND_TYPE.containsKey(authorityAndType)) {
      return String.format(
          "Invalid USCC \"%s\": positions 1-2 \"%s\" are no registration authority and entity type"
              + " of GB 32100 (codes are issued under %s)",
          quote(text), authorityAndType, String.join(", ", AUTHORITY_AND_TYPE.keySet()));
    }
    for (int i = 2; i < 8; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return String.format(
            "Invalid USCC \"%s\": positions 3-8 are a GB/T 2260 region code and must be digits,"
                + " but position %s is '%s'",
            quote(text), i + 1, c);
      }
    }
    return null;
  }

  private static String characterProblem(int c, int position) {
    if (c >= 'a' && c <= 'z' && ALPHABET.indexOf(Character.toUpperCase(c)) >= 0) {
      return String.format(
          "lower-case letter '%s' at position %s; codes use upper-case letters only"
              + " and are not converted",
          (char) c, position);
    }
    int upper = c >= 'a' && c <= 'z' ? Character.toUpperCase(c) : c;
    if (EXCLUDED_LETTERS.indexOf(upper) >= 0) {
      return String.format(
          "letter '%s' at position %s is not used in unified social credit codes"
              + " (I, O, Z, S and V are excluded)",
          new String(Character.toChars(c)), position);
    }
    return String.format(
        "character %s at position %s is outside the GB 32100 alphabet %s",
        describe(c), position, ALPHABET);
  }

  private static String checkMismatchMessage(String code, char expected, char found) {
    return String.format(
        "Invalid USCC \"%s\": check character (position 18) is '%s'"
            + " but positions 1-17 require '%s'",
        code, found, expected);
  }

  private static String describe(int c) {
    String shown = new String(Character.toChars(c));
    if (c >= 0x21 && c <= 0x7e) {
      return "'" + shown + "'";
    }
    String hex = String.format("U+%04X", c);
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? hex
        : "'" + shown + "' (" + hex + ")";
  }

  private static String quote(CharSequence text) {
    return text.length() <= MAX_QUOTED_LENGTH
        ? text.toString()
        : text.subSequence(0, MAX_QUOTED_LENGTH) + "…";
  }
}
