package org.chainmatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  // Real codes whose check characters satisfy GB 32100-2015.
  private static final String FUZHOU_CITY = "91350100M000100Y43";
  private static final String SHENZHEN_T = "91440300708461136T";
  private static final String SHENZHEN_DIGIT = "914403001922038216";

  // Real code issued before 2016 with a check character that GB 32100 computes as 'F'.
  private static final String IRREGULAR = "91350203M0001QKT19";

  // Characters that are never valid anywhere in a code.
  private static final String OUTSIDE_ALPHABET = "IOZSVabmyz -_/.\u00a0\u3000Ａ０中\t";

  @Nested
  class ValidCodes {

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_CITY, SHENZHEN_T, SHENZHEN_DIGIT})
    void parseStrictlyAndAreRegular(String code) {
      Uscc uscc = Uscc.parse(code);

      assertThat(uscc.value()).isEqualTo(code);
      assertThat(uscc.irregular()).isFalse();
      assertThat(Uscc.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_CITY, SHENZHEN_T, SHENZHEN_DIGIT})
    void haveTheCheckCharacterComputedFromTheirFirst17(String code) {
      assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void checkCharacterWrapsThirtyOneToZero() {
      // Weighted sum 0 gives 31 - 0 = 31, which the standard maps to '0'.
      assertThat(Uscc.checkCharacter("0".repeat(17))).isEqualTo('0');
    }

    @Test
    void checkCharacterCanBeALetter() {
      // Weighted sum 3 (a '1' in position 2, weight 3) gives 31 - 3 = 28, which is 'W'.
      assertThat(Uscc.checkCharacter("01" + "0".repeat(15))).isEqualTo('W');
    }

    @Test
    void splitIntoTheirStandardFields() {
      Uscc uscc = Uscc.parse(FUZHOU_CITY);

      assertThat(uscc.registrationAuthority()).isEqualTo('9');
      assertThat(uscc.entityType()).isEqualTo('1');
      assertThat(uscc.regionCode()).isEqualTo("350100");
      assertThat(uscc.organizationCode()).isEqualTo("M000100Y4");
    }

    @Test
    void toStringIsTheValue() {
      assertThat(Uscc.parse(SHENZHEN_T)).hasToString(SHENZHEN_T);
    }

    @Test
    void surroundingWhitespaceIsStripped() {
      assertThat(Uscc.parse("  " + SHENZHEN_T + "\t\n").value()).isEqualTo(SHENZHEN_T);
      assertThat(Uscc.parse("\u3000" + SHENZHEN_T).value()).isEqualTo(SHENZHEN_T);
    }

    @Test
    void equalByValue() {
      assertThat(Uscc.parse(SHENZHEN_T))
          .isEqualTo(new Uscc(SHENZHEN_T, false))
          .hasSameHashCodeAs(new Uscc(SHENZHEN_T, false))
          .isNotEqualTo(Uscc.parse(SHENZHEN_DIGIT));
    }
  }

  @Nested
  class ExhaustiveSingleCharacterCorruption {

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_CITY, SHENZHEN_T, SHENZHEN_DIGIT})
    void everySubstitutionAtEveryPositionIsRejectedStrictly(String code) {
      List<String> accepted = new ArrayList<>();
      int tried = 0;
      String replacements = Uscc.ALPHABET + OUTSIDE_ALPHABET;
      for (int position = 0; position < Uscc.LENGTH; position++) {
        for (char replacement : replacements.toCharArray()) {
          if (replacement == code.charAt(position)) {
            continue;
          }
          String corrupted =
              code.substring(0, position) + replacement + code.substring(position + 1);
          tried++;
          if (Uscc.isValid(corrupted)) {
            accepted.add(corrupted);
          }
          // Whitespace replacing an end character is stripped before validation, so the
          // message quotes the stripped text.
          assertThatThrownBy(() -> Uscc.parse(corrupted))
              .as("strict parse of %s (position %s)", corrupted, position + 1)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(corrupted.strip());
        }
      }
      assertThat(accepted).isEmpty();
      // 18 positions x (30 other alphabet characters + all outside ones).
      assertThat(tried)
          .isEqualTo(Uscc.LENGTH * (Uscc.ALPHABET.length() - 1 + OUTSIDE_ALPHABET.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_CITY, SHENZHEN_T, SHENZHEN_DIGIT})
    void alphabetSubstitutionsOutsideTheRegionAreOnlyCheckFaultsUnlessTheyMakeAnUnknownAuthority(
        String code) {
      // The lenient policy must accept exactly those corruptions that keep the code well formed.
      for (int position = 0; position < Uscc.LENGTH; position++) {
        if (position >= 2 && position < 8) {
          continue;
        }
        for (char replacement : Uscc.ALPHABET.toCharArray()) {
          if (replacement == code.charAt(position)) {
            continue;
          }
          String corrupted =
              code.substring(0, position) + replacement + code.substring(position + 1);

          if (Uscc.authorityAndTypeName(corrupted.substring(0, 2)).isEmpty()) {
            assertThatThrownBy(() -> Uscc.parse(corrupted, UsccPolicy.ACCEPT_IRREGULAR_CHECK))
                .as(corrupted)
                .hasMessageContaining("positions 1-2");
          } else {
            Uscc lenient = Uscc.parse(corrupted, UsccPolicy.ACCEPT_IRREGULAR_CHECK);
            assertThat(lenient.irregular()).as(corrupted).isTrue();
          }
        }
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_CITY, SHENZHEN_T, SHENZHEN_DIGIT})
    void lettersInTheRegionAreRejectedEvenLeniently(String code) {
      for (int position = 2; position < 8; position++) {
        for (char letter : Uscc.ALPHABET.substring(10).toCharArray()) {
          String corrupted = code.substring(0, position) + letter + code.substring(position + 1);

          assertThatThrownBy(() -> Uscc.parse(corrupted, UsccPolicy.ACCEPT_IRREGULAR_CHECK))
              .as(corrupted)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("positions 3-8")
              .hasMessageContaining("position " + (position + 1) + " is '" + letter + "'");
        }
      }
    }
  }

  @Nested
  class IrregularCheckCharacter {

    @Test
    void isRejectedStrictlyWithExpectedAndFoundCharacters() {
      assertThatThrownBy(() -> Uscc.parse(IRREGULAR))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(IRREGULAR)
          .hasMessageContaining("is '9'")
          .hasMessageContaining("require 'F'");
      assertThat(Uscc.isValid(IRREGULAR)).isFalse();
    }

    @Test
    void isAcceptedAndFlaggedWithTheLenientPolicy() {
      Uscc uscc = Uscc.parse(IRREGULAR, UsccPolicy.ACCEPT_IRREGULAR_CHECK);

      assertThat(uscc.value()).isEqualTo(IRREGULAR);
      assertThat(uscc.irregular()).isTrue();
      assertThat(uscc.regionCode()).isEqualTo("350203");
    }

    @Test
    void doesNotFlagRegularCodesParsedLeniently() {
      assertThat(Uscc.parse(SHENZHEN_T, UsccPolicy.ACCEPT_IRREGULAR_CHECK).irregular()).isFalse();
    }

    @Test
    void leavesEveryOtherFaultRejected() {
      assertThatThrownBy(() -> Uscc.parse(IRREGULAR.substring(1), UsccPolicy.ACCEPT_IRREGULAR_CHECK))
          .hasMessageContaining("17 characters");
      assertThatThrownBy(
              () -> Uscc.parse(IRREGULAR.toLowerCase(), UsccPolicy.ACCEPT_IRREGULAR_CHECK))
          .hasMessageContaining("lower-case");
      assertThatThrownBy(
              () -> Uscc.parse(IRREGULAR.substring(0, 17) + "Z", UsccPolicy.ACCEPT_IRREGULAR_CHECK))
          .hasMessageContaining("'Z' at position 18");
    }

    @Test
    void canBeConstructedOnlyWhenFlagged() {
      assertThat(new Uscc(IRREGULAR, true).irregular()).isTrue();
      assertThatThrownBy(() -> new Uscc(IRREGULAR, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(IRREGULAR);
    }

    @Test
    void flagCannotBeAttachedToACorrectCode() {
      assertThatThrownBy(() -> new Uscc(SHENZHEN_T, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(SHENZHEN_T)
          .hasMessageContaining("cannot be flagged irregular");
    }

    @Test
    void flagDoesNotExcuseStructuralFaults() {
      assertThatThrownBy(() -> new Uscc("91350203M0001QKT1", true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("17 characters");
    }
  }

  @Nested
  class Messages {

    @Test
    void wrongLengthSaysHowManyCharacters() {
      assertThatThrownBy(() -> Uscc.parse("9135010"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Invalid USCC \"9135010\": it has 7 characters;"
                  + " a unified social credit code has exactly 18");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
      String withSupplementary = "9135010" + "\uD840\uDC00" + "0M000100Y4";

      assertThatThrownBy(() -> Uscc.parse(withSupplementary))
          .hasMessageContaining("position 8")
          .hasMessageContaining("outside the GB 32100 alphabet");
    }

    @Test
    void emptyAndBlankTextAreRejectedByLength() {
      assertThatThrownBy(() -> Uscc.parse("")).hasMessageContaining("0 characters");
      assertThatThrownBy(() -> Uscc.parse("   ")).hasMessageContaining("0 characters");
    }

    @Test
    void lowerCaseLetterIsNamedWithItsPositionAndNotConverted() {
      assertThatThrownBy(() -> Uscc.parse("91350100m000100Y43"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Invalid USCC \"91350100m000100Y43\": lower-case letter 'm' at position 9;"
                  + " codes use upper-case letters only and are not converted");
    }

    @Test
    void excludedLetterIsExplained() {
      assertThatThrownBy(() -> Uscc.parse("91350100M000100Y4O"))
          .hasMessageContaining("91350100M000100Y4O")
          .hasMessageContaining("letter 'O' at position 18")
          .hasMessageContaining("I, O, Z, S and V are excluded");
    }

    @Test
    void lowerCaseExcludedLetterIsExplainedAsExcluded() {
      assertThatThrownBy(() -> Uscc.parse("9i350100M000100Y43"))
          .hasMessageContaining("letter 'i' at position 2")
          .hasMessageContaining("excluded");
    }

    @Test
    void foreignCharacterIsNamedWithCodePoint() {
      assertThatThrownBy(() -> Uscc.parse("91350100Ｍ000100Y43"))
          .hasMessageContaining("'Ｍ' (U+FF2D) at position 9")
          .hasMessageContaining(Uscc.ALPHABET);
    }

    @Test
    void innerWhitespaceIsNamedByCodePoint() {
      assertThatThrownBy(() -> Uscc.parse("91350100 000100Y43"))
          .hasMessageContaining("character U+0020 at position 9");
    }

    @Test
    void letterInRegionCodeIsRejected() {
      assertThatThrownBy(() -> Uscc.withComputedCheck("9135A100M000100Y4"))
          .hasMessageContaining("positions 3-8 are a GB/T 2260 region code")
          .hasMessageContaining("position 5 is 'A'");
    }

    @Test
    void longGarbageIsAbbreviatedInTheMessage() {
      String garbage = "x".repeat(10_000);

      String message =
          catchThrowableOfType(IllegalArgumentException.class, () -> Uscc.parse(garbage))
              .getMessage();

      assertThat(message).hasSizeLessThan(200).contains("10000 characters");
    }
  }

  @Nested
  class Nulls {

    @Test
    void parseRejectsNull() {
      assertThatThrownBy(() -> Uscc.parse(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Uscc.parse(SHENZHEN_T, null))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void constructorRejectsNull() {
      assertThatThrownBy(() -> new Uscc(null, false)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isValidIsFalseForNull() {
      assertThat(Uscc.isValid(null)).isFalse();
    }
  }

  @Nested
  class OrganizationCodeCheck {

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU_CITY, SHENZHEN_T, SHENZHEN_DIGIT, IRREGULAR})
    void holdsForTheseRealCodes(String code) {
      assertThat(Uscc.parse(code, UsccPolicy.ACCEPT_IRREGULAR_CHECK).organizationCodeCheckValid())
          .isTrue();
    }

    @Test
    void writesTenAsXAndElevenAsZero() {
      // Body 00000000 sums to 0: 11 - 0 = 11, written '0'.
      // Body 00000006 sums to 6 * 2 = 12, 12 mod 11 = 1: 11 - 1 = 10, written 'X'.
      // Body 00000001 sums to 2: 9. Body 10000000 sums to 3: 8.
      assertThat(withOrganizationCode("000000000").organizationCodeCheckValid()).isTrue();
      assertThat(withOrganizationCode("00000006X").organizationCodeCheckValid()).isTrue();
      assertThat(withOrganizationCode("000000060").organizationCodeCheckValid()).isFalse();
      assertThat(withOrganizationCode("000000019").organizationCodeCheckValid()).isTrue();
      assertThat(withOrganizationCode("100000008").organizationCodeCheckValid()).isTrue();
    }

    @Test
    void failingItIsRejectedStrictlyNamingTheFoundAndRequiredCharacters() {
      // Body 00000000 requires '0' (see above); '1' cannot have been issued.
      String code = withOrganizationCode("000000001").value();

      assertThatThrownBy(() -> Uscc.parse(code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(code)
          .hasMessageContaining("GB 11714")
          .hasMessageContaining("position 17 is '1' but positions 9-16 require '0'");
      assertThat(Uscc.isValid(code)).isFalse();
    }

    @Test
    void failingItIsAcceptedByTheLenientPolicyAsAPre2016Code() {
      String code = withOrganizationCode("000000001").value();

      Uscc lenient = Uscc.parse(code, UsccPolicy.ACCEPT_IRREGULAR_CHECK);

      assertThat(lenient.organizationCodeCheckValid()).isFalse();
      assertThat(lenient.irregular()).isFalse();
    }

    @Test
    void withComputedChecksComputesBothChecksOfRealCodes() {
      // M000100Y requires 4 (worked above), then GB 32100 gives '3': the standard's own example.
      assertThat(Uscc.withComputedChecks("91350100M000100Y").value()).isEqualTo(FUZHOU_CITY);
      // 70846113: 21 + 72 + 40 + 30 + 8 + 4 + 6 = 181, 181 mod 11 = 5, 11 - 5 = 6.
      assertThat(Uscc.withComputedChecks("9144030070846113").value()).isEqualTo(SHENZHEN_T);
    }

    private Uscc withOrganizationCode(String organizationCode) {
      return Uscc.withComputedCheck("91320500" + organizationCode);
    }
  }

  @Nested
  class CodesThatCannotExist {

    @Test
    void allZerosIsRejectedThoughItsCheckCharacterIsRight() {
      String zeros = "0".repeat(18);
      assertThat(Uscc.checkCharacter(zeros.substring(0, 17))).isEqualTo('0');

      assertThatThrownBy(() -> Uscc.parse(zeros))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("positions 1-2 \"00\"");
      assertThatThrownBy(() -> new Uscc(zeros, false)).isInstanceOf(IllegalArgumentException.class);
      assertThat(Uscc.isValid(zeros)).isFalse();
    }

    // GB 32100-2015 table 1 (1, 5, 9, Y) and the authorities assigned since (2, 3, 4, 6, 7, 8, A,
    // N), typed from the standard's table and the assignment notices, not from the code.
    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39",
        "41", "49", "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91",
        "92", "93", "A1", "A9", "N1", "N2", "N3", "N9", "Y1"})
    void everyAuthorityAndTypeCodesAreIssuedUnderIsAccepted(String pair) {
      Uscc uscc = Uscc.withComputedChecks(pair + "320500" + "MA1ABCDE");

      assertThat(Uscc.parse(uscc.value())).isEqualTo(uscc);
      assertThat(Uscc.authorityAndTypeName(pair)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "01", "10", "14", "94", "99", "B1", "Y2", "5A", "N4", "AA"})
    void anAuthorityAndTypeOutsideTheTableIsRejectedEvenLeniently(String pair) {
      String first17 = pair + "320500" + "MA1ABCDE" + "0";
      String code = first17 + Uscc.checkCharacter(first17);

      assertThatThrownBy(() -> Uscc.parse(code, UsccPolicy.ACCEPT_IRREGULAR_CHECK))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(code)
          .hasMessageContaining("positions 1-2 \"" + pair + "\"");
      assertThat(Uscc.authorityAndTypeName(pair)).isEmpty();
    }
  }

  @Nested
  class CheckCharacterArguments {

    @Test
    void rejectsWrongLength() {
      assertThatThrownBy(() -> Uscc.checkCharacter("9135"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"9135\" has 4 characters")
          .hasMessageContaining("exactly 17");
    }

    @Test
    void rejectsCharacterOutsideAlphabet() {
      assertThatThrownBy(() -> Uscc.checkCharacter("91350100M000100Yi"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("91350100M000100Yi")
          .hasMessageContaining("position 17");
    }

    @Test
    void withComputedCheckProducesAValidCode() {
      assertThat(Uscc.withComputedCheck("91350203M0001QKT1").value())
          .isEqualTo("91350203M0001QKT1F");
    }
  }

  @Property
  void generatedCodesRoundTripStrictly(@ForAll("first17") String first17) {
    Uscc uscc = Uscc.withComputedChecks(first17.substring(0, 16));

    assertThat(Uscc.parse(uscc.value())).isEqualTo(uscc);
    assertThat(uscc.value()).startsWith(first17.substring(0, 16));
  }

  @Property
  void anySingleAlphabetSubstitutionBreaksTheCheck(
      @ForAll("first17") String first17,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 1, max = 30) int shift) {
    String code = Uscc.withComputedCheck(first17).value();
    char original = code.charAt(position);
    char replacement =
        Uscc.ALPHABET.charAt((Uscc.ALPHABET.indexOf(original) + shift) % Uscc.ALPHABET.length());
    String corrupted = code.substring(0, position) + replacement + code.substring(position + 1);

    assertThat(Uscc.isValid(corrupted)).isFalse();
  }

  @Provide
  Arbitrary<String> first17() {
    Arbitrary<String> head = Arbitraries.of("11", "12", "19", "31", "52", "91", "92", "93", "N2", "Y1");
    Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> organization = Arbitraries.strings().withChars(Uscc.ALPHABET).ofLength(9);
    return Combinators.combine(head, region, organization).as((h, r, o) -> h + r + o);
  }
}
