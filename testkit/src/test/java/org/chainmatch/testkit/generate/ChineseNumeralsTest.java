package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest(name = "{0} x 10^{1} = {2}")
  @CsvSource({
      "7, 0, 七",
      "1, 1, 十",
      "2, 0, 两",
      "2, 1, 二十",
      "2, 3, 两千",
      "2, 5, 二十万",
      "5, 2, 五百",
      "3, 3, 三千",
      "5, 4, 五万",
      "1, 5, 十万",
      "8, 5, 八十万"})
  void writesRoundQuantities(int digit, int exponent, String expected) {
    assertThat(ChineseNumerals.round(digit, exponent)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 1, digit", "10, 1, digit", "1, 6, exponent", "1, -1, exponent"})
  void rejectsWhatItCannotWrite(int digit, int exponent, String named) {
    assertThatThrownBy(() -> ChineseNumerals.round(digit, exponent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(named);
  }
}
