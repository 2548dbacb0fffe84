package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One item of a tracked request, as the store keeps it.
 *
 * @param supplier the supplier's USCC
 * @param supplierName the supplier's name
 * @param product the product asked for
 * @param reason what was asked
 * @param outcome the latest recorded outcome, empty until one is recorded
 */
public record TrackedItem(
    String supplier,
    String supplierName,
    String product,
    OutreachReason reason,
    Optional<ItemOutcome> outcome) {
  /** Validates the components. */
  public TrackedItem {
    checkNotNull(supplier, "supplier");
    checkNotNull(supplierName, "supplierName");
    checkNotNull(product, "product");
    checkNotNull(reason, "reason");
    checkNotNull(outcome, "outcome");
  }

  /** Whether this is the item for {@code supplierUscc} and {@code productName}. */
  public boolean is(String supplierUscc, String productName) {
    return supplier.equals(supplierUscc) && product.equals(productName);
  }

  TrackedItem withOutcome(ItemOutcome value) {
    return new TrackedItem(supplier, supplierName, product, reason, Optional.of(value));
  }

  @Override
  public String toString() {
    return supplier + " " + supplierName + " / " + product;
  }
}
