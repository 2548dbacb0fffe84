package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * What a demand's free text says, taken apart: the product that is needed, what it is for, how
 * much and how urgently.
 *
 * <p>People post demands as a bare product name ({@code 熔喷布}) or as a sentence on a
 * supply-demand board ({@code 为生产熔喷布需采购聚丙烯专用料，请有货源的企业联系}). Only {@link
 * #product()} is searched: quantities, dates, urgency, contact phrases and the purpose are not the
 * product, and the makers of what it is for are not wanted.
 *
 * @param text the text as given, stripped of surrounding white space
 * @param product the part naming what is needed, non-blank; the whole text when no part could be
 *     told apart
 * @param purpose what the product is for ({@code 熔喷布} in {@code 为生产熔喷布需采购聚丙烯专用料}), empty
 *     when not said
 * @param quantity the amount, when the text gives one as a number followed by a unit
 * @param unit the unit of {@code quantity}; empty without a quantity
 * @param urgent whether the text asks for haste (急, 尽快, a deadline within days, ...)
 */
public record DemandText(
    String text, String product, String purpose, OptionalDouble quantity, String unit, boolean urgent) {

  /** Validates the components. */
  public DemandText {
    checkNotNull(text, "text");
    checkNotNull(product, "product");
    checkNotNull(purpose, "purpose");
    checkNotNull(quantity, "quantity");
    checkNotNull(unit, "unit");
    if (product.isBlank()) {
      throw new IllegalArgumentException("demand text \"" + text + "\" yields a blank product");
    }
  }

  /**
   * Takes a demand's text apart. Never fails on odd text: when no part can be told apart, the
   * product is the whole text.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static DemandText parse(String text) {
    return DemandParser.parse(text);
  }
}
