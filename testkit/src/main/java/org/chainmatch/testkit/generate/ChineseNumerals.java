package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Writes round quantities the way people post them, e.g. 20 as {@code 二十}, 2 as {@code 两}, 3000
 * as {@code 三千}, 50000 as {@code 五万}.
 */
final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String[] POWERS = {"", "十", "百", "千", "万", "十万"};

  private ChineseNumerals() {}

  /**
   * Writes {@code digit × 10^exponent}.
   *
   * @throws IllegalArgumentException if {@code digit} is not 1..9 or {@code exponent} not 0..5
   */
  static String round(int digit, int exponent) {
    checkArgument(digit >= 1 && digit <= 9, "digit must be 1..9 but was %s", digit);
    checkArgument(exponent >= 0 && exponent < POWERS.length,
        "exponent must be 0..%s but was %s", POWERS.length - 1, exponent);
    String power = POWERS[exponent];
    // 十 and 十万 are read without a leading 一.
    if (digit == 1 && power.startsWith("十")) {
      return power;
    }
    // Two of a counted thing is 两 (两吨, 两千), but 二 before 十 (二十).
    if (digit == 2 && !power.startsWith("十")) {
      return "两" + power;
    }
    return DIGITS.charAt(digit) + power;
  }
}
