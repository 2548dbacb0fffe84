package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
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
    checkNotNull(supplier, "supplier");
    checkNotNull(product, "product");
    customers = ImmutableList.copyOf(customers);
  }
}
