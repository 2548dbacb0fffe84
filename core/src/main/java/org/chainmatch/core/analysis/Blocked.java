package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Uscc;

/**
 * A working enterprise one of whose inputs its working suppliers cannot cover: coverage below the
 * {@linkplain AnalysisOptions#coverageThreshold() threshold}. An input with no working supplier at
 * all is also a {@link Breakpoint}.
 *
 * @param enterprise the blocked enterprise (RESUMED or PARTIAL with capacity above zero)
 * @param product the input product, trimmed
 * @param coverage the part of the need its working suppliers cover, 0..1
 * @param blockingSuppliers the suppliers of that product that do not work, by code
 */
public record Blocked(Uscc enterprise, String product, double coverage, List<Uscc> blockingSuppliers) {

  /** Validates and copies the components. */
  public Blocked {
    checkNotNull(enterprise, "enterprise");
    checkNotNull(product, "product");
    blockingSuppliers = ImmutableList.copyOf(blockingSuppliers);
  }
}
