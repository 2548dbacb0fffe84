package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an enterprise needs now.
 *
 * @param id unique id of the demand, non-blank
 * @param requester the enterprise that needs it
 * @param product what is needed, free text: a bare product name or a sentence as posted on a
 *     supply-demand board
 * @param quantity how much, when given (non-negative)
 * @param unit unit of the quantity; empty when not given
 * @param neededBy the date it is needed by, when given
 * @param note free text; empty when not given
 */
public record Demand(
    String id,
    Uscc requester,
    String product,
    OptionalDouble quantity,
    String unit,
    Optional<LocalDate> neededBy,
    String note) {

  /** Validates the components. */
  public Demand {
    checkNotNull(id, "id");
    checkNotNull(requester, "requester");
    checkNotNull(product, "product");
    checkNotNull(quantity, "quantity");
    checkNotNull(unit, "unit");
    checkNotNull(neededBy, "neededBy");
    checkNotNull(note, "note");
    checkArgument(!id.isBlank(), "demand id is blank");
    checkArgument(!product.isBlank(), "demand %s has a blank product", id);
    // A longer text would become a query of thousands of clauses (Lucene's limit is 1,024).
    checkArgument(product.length() <= Enterprise.MAX_PRODUCT_CHARS,
        "demand %s has a product of %s characters; at most %s are allowed",
        id, product.length(), Enterprise.MAX_PRODUCT_CHARS);
    checkArgument(
        quantity.isEmpty() || (quantity.getAsDouble() >= 0 && Double.isFinite(quantity.getAsDouble())),
        "demand %s has quantity %s; it must be a finite number >= 0",
        id,
        quantity);
  }

  /** A demand with only the required parts. */
  public static Demand of(String id, Uscc requester, String product) {
    return new Demand(id, requester, product, OptionalDouble.empty(), "", Optional.empty(), "");
  }

  /** This demand with a needed-by date. */
  public Demand withNeededBy(LocalDate date) {
    return new Demand(id, requester, product, quantity, unit, Optional.of(date), note);
  }

  /** This demand with a quantity and unit. */
  public Demand withQuantity(double amount, String unitName) {
    return new Demand(id, requester, product, OptionalDouble.of(amount), unitName, neededBy, note);
  }
}
