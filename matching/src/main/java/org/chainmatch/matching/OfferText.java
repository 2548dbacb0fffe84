package org.chainmatch.matching;

import java.util.regex.Pattern;

/**
 * The product an offer names. Offers are posted like demands, as a bare name ({@code 熔喷布}) or a
 * sentence ({@code 供应熔喷布20吨，现货，欢迎洽谈}); the same reading as for demands applies once the
 * words that say "for sale" are taken off, since {@link DemandText} treats them as part of the
 * product.
 */
public final class OfferText {

  /** Words that announce something for sale, at the start of a clause. */
  private static final Pattern SALE_CUE = Pattern.compile(
      "(?:^|(?<=[，,。；;：:\\s]))(?:(?:长期|大量|现货|常年|低价|优价)?"
          + "(?:供应|供货|出售|销售|转让|提供|现有|库存|有货|甩卖|处理|寻找买家|寻买家|求销)"
          // 供应链, 供应商, 销售方 name a business, not a sale.
          + "(?![链商方端])[:：]?)+");

  /** A clause about finding a buyer rather than about the product: 寻找买家, 欢迎洽谈, 有意者联系. */
  private static final Pattern BUYER_CLAUSE =
      Pattern.compile("[，,。；;]\\s*[^，,。；;]*(?:买家|买方|客户|洽谈|联系|合作)[^，,。；;]*");

  /** "About" before an amount: 约20吨, 近百吨. */
  private static final Pattern ABOUT = Pattern.compile("(?:大约|约|近|共|总计|合计)(?=[0-9０-９一二三四五六七八九十百千万两])");

  /** Words after the amount saying the goods are in stock: 20吨库存. */
  private static final Pattern STOCK = Pattern.compile("(?:库存|存货|余货|现货)(?=$|[，,。；;])");

  private OfferText() {}

  /**
   * The product named by an offer's text, never blank.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static String product(String text) {
    String stripped = SALE_CUE.matcher(text.strip()).replaceAll("");
    stripped = BUYER_CLAUSE.matcher(stripped).replaceAll("");
    stripped = ABOUT.matcher(stripped).replaceAll("");
    stripped = STOCK.matcher(stripped).replaceAll("").strip();
    return DemandText.parse(stripped.isEmpty() ? text : stripped).product();
  }
}
