package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;

/**
 * One local enterprise's need behind an outreach item: the demand and who posted it. For an item
 * asking another locality to take a product ({@link OutreachReason#TAKE}), the need is the local
 * supplier's offer, held as a demand of its own ({@link #ofOffer}): the offer's id, product and
 * quantity, with {@code neededBy} the date the product is available from.
 *
 * @param demand the demand (its note is internal and never goes into a letter)
 * @param requester the enterprise of the home city that posted it; its USCC is the demand's
 */
public record Need(Demand demand, Enterprise requester) {
  /** Checks that the requester is the demand's. */
  public Need {
    checkNotNull(demand, "demand");
    checkNotNull(requester, "requester");
    checkArgument(
        demand.requester().equals(requester.uscc()),
        "demand %s is posted by %s, not by %s",
        demand.id(),
        demand.requester(),
        requester.uscc());
  }

  /**
   * The need of a home-city supplier to sell what {@code offer} offers.
   *
   * @throws IllegalArgumentException if {@code supplier} is not the offer's
   */
  public static Need ofOffer(Offer offer, Enterprise supplier) {
    checkNotNull(offer, "offer");
    return new Need(
        new Demand(offer.id(), offer.supplier(), offer.product(), offer.quantity(), offer.unit(),
            offer.availableFrom(), offer.note()),
        supplier);
  }
}
