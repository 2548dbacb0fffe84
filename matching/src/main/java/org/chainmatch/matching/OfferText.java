package org.chainmatch.matching;

import java.util.regex.Pattern;

/**
 * The product an offer names. Offers are posted like demands, as a bare name ({@code 熔喷布}) or a
 * sentence ({@code 供应熔喷布20吨，现货，欢迎洽谈}); the same reading as for demands applies once the
 * words that say "for sale" are taken off, since {@link DemandText} treats them as part of the
 * product.
 */
final class OfferText {

  /** Words that announce something for sale, at the start of a clause. */
  private static final Pattern SALE_CUE = Pattern.compile(
      "(?:^|(?<=[，,。；;：:\\s]))(?:长期|大量|现货|常年|低价|优价)?"
          + "(?:供应|供货|出售|销售|转让|提供|现有|库存|有货|甩卖|处理|寻找买家|寻买家|求销)[:：]?");

  private OfferText() {}

  /**
   * The product named by an offer's text, never blank.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  static String product(String text) {
    String stripped = SALE_CUE.matcher(text.strip()).replaceAll("").strip();
    return DemandText.parse(stripped.isEmpty() ? text : stripped).product();
  }
}
