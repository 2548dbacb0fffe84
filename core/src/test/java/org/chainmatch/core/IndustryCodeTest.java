package org.chainmatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"C3911", "3911", "c3911", " C3911 "})
  void parsesAClassWithOrWithoutItsSectionLetter(String text) {
    IndustryCode code = IndustryCode.parse(text);

    assertThat(code.section()).isEqualTo('C');
    assertThat(code.digits()).isEqualTo("3911");
    assertThat(code.code()).isEqualTo("C3911");
  }

  @Test
  void parsesADivisionAndAGroup() {
    assertThat(IndustryCode.parse("C39").code()).isEqualTo("C39");
    assertThat(IndustryCode.parse("391").code()).isEqualTo("C391");
  }

  @ParameterizedTest(name = "division {0} is in section {1}")
  @CsvSource({
    "01, A", "05, A", "06, B", "12, B", "13, C", "43, C", "44, D", "46, D", "47, E", "50, E",
    "51, F", "52, F", "53, G", "60, G", "61, H", "62, H", "63, I", "65, I", "66, J", "69, J",
    "70, K", "71, L", "72, L", "73, M", "75, M", "76, N", "79, N", "80, O", "82, O", "83, P",
    "84, Q", "85, Q", "86, R", "90, R", "91, S", "96, S", "97, T"
  })
  void derivesTheSectionFromEverySectionBoundary(String division, char section) {
    assertThat(IndustryCode.parse(division).section()).isEqualTo(section);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "98", "99", "0011", "9901"})
  void rejectsDivisionsOutsideTheStandard(String text) {
    assertThatThrownBy(() -> IndustryCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text)
        .hasMessageContaining("division " + text.substring(0, 2) + " is not in GB/T 4754-2017");
  }

  @Test
  void rejectsASectionLetterThatContradictsTheDivision() {
    assertThatThrownBy(() -> IndustryCode.parse("A3911"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid industry code \"A3911\": division 39 belongs to section C, not A");
  }

  @Test
  void rejectsALetterThatIsNoSection() {
    assertThatThrownBy(() -> IndustryCode.parse("U3911"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U3911")
        .hasMessageContaining("'U' is not a GB/T 4754-2017 section");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "C3", "39111", "C39111", "C", "C39a", "C3 9", "３９", "C-39", "39.1"})
  void rejectsWrongDigitCountsAndStrayCharacters(String text) {
    assertThatThrownBy(() -> IndustryCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.strip())
        .hasMessageContaining("2, 3 or 4 digits");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> IndustryCode.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> IndustryCode.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new IndustryCode('C', null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructorValidatesLikeParse() {
    assertThat(new IndustryCode('C', "3911")).isEqualTo(IndustryCode.parse("3911"));
    assertThatThrownBy(() -> new IndustryCode('c', "3911"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to section C, not c");
    assertThatThrownBy(() -> new IndustryCode('C', "39111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C39111");
  }

  @Test
  void prefixesRunFromSectionToTheCodeItself() {
    assertThat(IndustryCode.parse("C3911").prefixes())
        .containsExactly("C", "C39", "C391", "C3911");
    assertThat(IndustryCode.parse("C39").prefixes()).containsExactly("C", "C39");
  }

  @Test
  void parentIsOneLevelUpAndADivisionHasNone() {
    assertThat(IndustryCode.parse("C3911").parent()).contains(IndustryCode.parse("C391"));
    assertThat(IndustryCode.parse("C391").parent()).contains(IndustryCode.parse("C39"));
    assertThat(IndustryCode.parse("C39").parent()).isEmpty();
  }

  @Test
  void divisionIsTheTwoDigitAncestor() {
    assertThat(IndustryCode.parse("C3911").division()).isEqualTo(IndustryCode.parse("C39"));
    assertThat(IndustryCode.parse("C39").division()).isEqualTo(IndustryCode.parse("C39"));
  }

  @Test
  void isWithinItselfAndEveryAncestor() {
    IndustryCode code = IndustryCode.parse("C3911");

    assertThat(code.isWithin(code)).isTrue();
    assertThat(code.isWithin(IndustryCode.parse("C391"))).isTrue();
    assertThat(code.isWithin(IndustryCode.parse("C39"))).isTrue();
  }

  @Test
  void isNotWithinSiblingsOrDescendants() {
    assertThat(IndustryCode.parse("C3911").isWithin(IndustryCode.parse("C3912"))).isFalse();
    assertThat(IndustryCode.parse("C3911").isWithin(IndustryCode.parse("C392"))).isFalse();
    assertThat(IndustryCode.parse("C39").isWithin(IndustryCode.parse("C391"))).isFalse();
    assertThat(IndustryCode.parse("C3911").isWithin(IndustryCode.parse("C38"))).isFalse();
  }

  @Test
  void sharesDivisionOnlyWithinTheSameTwoDigits() {
    assertThat(IndustryCode.parse("C3911").sharesDivisionWith(IndustryCode.parse("C3989")))
        .isTrue();
    assertThat(IndustryCode.parse("C39").sharesDivisionWith(IndustryCode.parse("C3911"))).isTrue();
    assertThat(IndustryCode.parse("C3911").sharesDivisionWith(IndustryCode.parse("C3811")))
        .isFalse();
  }

  @Test
  void toStringIsTheCode() {
    assertThat(IndustryCode.parse("3911")).hasToString("C3911");
  }

  @Property
  void everyDivisionFrom01To97ParsesAndRoundTrips(@ForAll @IntRange(min = 1, max = 97) int d) {
    String digits = String.format("%02d", d);
    IndustryCode code = IndustryCode.parse(digits);

    assertThat(IndustryCode.parse(code.code())).isEqualTo(code);
    assertThat(IndustryCode.parse(Character.toLowerCase(code.section()) + digits)).isEqualTo(code);
  }
}
