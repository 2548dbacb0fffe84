package org.chainmatch.testkit.generate;

import java.io.IOException;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;

/**
 * Where a {@link CityGenerator} puts what it generates, in this order: every enterprise, then
 * every relation, then every demand.
 */
interface CitySink {
  void enterprise(Enterprise enterprise) throws IOException;

  void relation(SupplyRelation relation) throws IOException;

  void demand(Demand demand) throws IOException;
}
