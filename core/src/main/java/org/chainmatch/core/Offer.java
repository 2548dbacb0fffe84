package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an enterprise can supply now and wants buyers for: the downstream twin of a {@link Demand}.
 *
 * @param id unique id of the offer, non-blank
 * @param supplier the enterprise that offers it
 * @param product what is offered, free text: a bare product name or a sentence as posted on a
 *     supply-demand board
 * @param quantity how much, when given (non-negative)
 * @param unit unit of the quantity; empty when not given
 * @param availableFrom the date it can be delivered from, when given
 * @param note free text; empty when not given
 */
public record Offer(
    String id,
    Uscc supplier,
    String product,
    OptionalDouble quantity,
    String unit,
    Optional<LocalDate> availableFrom,
    String note) {

  /** Validates the components. */
  public Offer {
    checkNotNull(id, "id");
    checkNotNull(supplier, "supplier");
    checkNotNull(product, "product");
    checkNotNull(quantity, "quantity");
    checkNotNull(unit, "unit");
    checkNotNull(availableFrom, "availableFrom");
    checkNotNull(note, "note");
    checkArgument(!id.isBlank(), "offer id is blank");
    checkArgument(!product.isBlank(), "offer %s has a blank product", id);
    checkArgument(product.length() <= Enterprise.MAX_PRODUCT_CHARS,
        "offer %s has a product of %s characters; at most %s are allowed",
        id, product.length(), Enterprise.MAX_PRODUCT_CHARS);
    checkArgument(
        quantity.isEmpty() || (quantity.getAsDouble() >= 0 && Double.isFinite(quantity.getAsDouble())),
        "offer %s has quantity %s; it must be a finite number >= 0",
        id,
        quantity);
  }

  /** An offer with only the required parts. */
  public static Offer of(String id, Uscc supplier, String product) {
    return new Offer(id, supplier, product, OptionalDouble.empty(), "", Optional.empty(), "");
  }

  /** This offer with a date it is available from. */
  public Offer availableFrom(LocalDate date) {
    return new Offer(id, supplier, product, quantity, unit, Optional.of(date), note);
  }

  /** This offer with a quantity and unit. */
  public Offer withQuantity(double amount, String unitName) {
    return new Offer(id, supplier, product, OptionalDouble.of(amount), unitName, availableFrom, note);
  }

  /** This offer with a note. */
  public Offer withNote(String text) {
    return new Offer(id, supplier, product, quantity, unit, availableFrom, text);
  }
}
