package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A known supply relation: {@code supplier} supplies {@code customer} with {@code product}.
 *
 * @param supplier the supplying enterprise
 * @param customer the receiving enterprise, different from the supplier
 * @param product what flows along the relation, non-blank
 * @param share the part (0..1) of the customer's need for that product this supplier covers, or
 *     {@code NaN} when unknown
 */
public record SupplyRelation(Uscc supplier, Uscc customer, String product, double share) {

  /** Validates the components. */
  public SupplyRelation {
    checkNotNull(supplier, "supplier");
    checkNotNull(customer, "customer");
    checkNotNull(product, "product");
    checkArgument(!supplier.equals(customer), "relation from %s to itself", supplier);
    checkArgument(!product.isBlank(), "relation %s -> %s has a blank product", supplier, customer);
    checkArgument(product.length() <= Enterprise.MAX_PRODUCT_CHARS,
        "relation %s -> %s has a product of %s characters; at most %s are allowed",
        supplier, customer, product.length(), Enterprise.MAX_PRODUCT_CHARS);
    checkArgument(
        Double.isNaN(share) || (share >= 0 && share <= 1),
        "share must be in 0..1 (or NaN for unknown) but was %s",
        share);
  }

  /** A relation whose share is unknown. */
  public static SupplyRelation of(Uscc supplier, Uscc customer, String product) {
    return new SupplyRelation(supplier, customer, product, Double.NaN);
  }

  /** True when the share was given. */
  public boolean hasShare() {
    return !Double.isNaN(share);
  }
}
