package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;

/**
 * A supply breakpoint (断点): an enterprise none of whose known suppliers of an input product works.
 * Reported for every enterprise, working or not, since a suspended one cannot resume without it.
 *
 * @param enterprise the enterprise that lacks the input
 * @param product the input product, trimmed
 * @param ordinal 1-based position of {@code product} among the enterprise's input products in
 *     string order; stable under status changes, so ids derived from it are too
 * @param stoppedSuppliers its suppliers of that product, none working, by code
 * @param sourcing where working makers of the product are known
 * @param workingMakersInCity working enterprises in the home city that make the product (listing it
 *     or supplying it to anyone), the enterprise itself excluded
 * @param workingMakersOutOfCity the same outside the home city
 */
public record Breakpoint(
    Uscc enterprise,
    String product,
    int ordinal,
    List<Uscc> stoppedSuppliers,
    Sourcing sourcing,
    int workingMakersInCity,
    int workingMakersOutOfCity) {

  /** Validates and copies the components. */
  public Breakpoint {
    checkNotNull(enterprise, "enterprise");
    checkNotNull(product, "product");
    checkNotNull(sourcing, "sourcing");
    checkArgument(ordinal >= 1, "ordinal must be >= 1 but was %s", ordinal);
    checkArgument(
        workingMakersInCity >= 0 && workingMakersOutOfCity >= 0,
        "maker counts must be >= 0 but were %s and %s",
        workingMakersInCity,
        workingMakersOutOfCity);
    stoppedSuppliers = ImmutableList.copyOf(stoppedSuppliers);
  }

  /** The id of the demand this breakpoint becomes: {@code BP-<uscc>-<ordinal>}. */
  public String demandId() {
    return "BP-" + enterprise.value() + "-" + ordinal;
  }

  /**
   * The demand for a replacement supplier of the product, ready for matching; its id is {@link
   * #demandId()} and its note names the stopped suppliers.
   */
  public Demand toDemand() {
    String note =
        "断点：原有供应商均未复工（"
            + String.join("、", stoppedSuppliers.stream().map(Uscc::value).toList())
            + "）";
    return new Demand(
        demandId(), enterprise, product, OptionalDouble.empty(), "", Optional.empty(), note);
  }
}
