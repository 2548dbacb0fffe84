package org.chainmatch.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.chainmatch.core.Uscc;

/**
 * A working supplier all of whose customers for a product are not working: output with nowhere to
 * go, a candidate for downstream matching.
 *
 * @param supplier the working supplier
 * @param product the product, trimmed
 * @param customers its customers for that product, none working, by code
 */
public record Stalled(Uscc supplier, String product, List<Uscc> customers) {

  /** Validates and copies the components. */
  public Stalled {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(product, "product");
    customers = ImmutableList.copyOf(customers);
  }
}
