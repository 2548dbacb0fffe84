package org.chainmatch.testkit.generate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;

/**
 * A synthetic city held in memory, as {@link CityGenerator#generate()} returns it; the same
 * values, in the same order, that {@link CityGenerator#writeTo} writes.
 *
 * @param enterprises every enterprise, inside the home city or outside it
 * @param relations supply relations between them, grouped by customer
 * @param demands what enterprises need now
 */
public record SyntheticCity(
    List<Enterprise> enterprises, List<SupplyRelation> relations, List<Demand> demands) {

  /** Copies the lists. */
  public SyntheticCity {
    enterprises = ImmutableList.copyOf(enterprises);
    relations = ImmutableList.copyOf(relations);
    demands = ImmutableList.copyOf(demands);
  }
}
