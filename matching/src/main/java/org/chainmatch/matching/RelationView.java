package org.chainmatch.matching;

import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;

/**
 * The read-only view of enterprises and supply relations that matching needs: a narrow seam so
 * that the in-memory {@link RelationTable} and a full supply graph can stand behind it.
 *
 * <p>Products are compared as written (after trimming): relation products and enterprises' product
 * lists come from the same sources. Implementations are immutable and thread-safe; returned sets
 * are unmodifiable and may be views.
 */
interface RelationView {

  /** The enterprise with this code, if known. */
  Optional<Enterprise> enterprise(Uscc uscc);

  /** Everyone that supplies {@code customer} with anything. */
  Set<Uscc> suppliersOf(Uscc customer);

  /** Everyone that supplies {@code customer} with {@code product}. */
  Set<Uscc> suppliersOf(Uscc customer, String product);

  /** Everyone {@code supplier} supplies with anything. */
  Set<Uscc> customersOf(Uscc supplier);

  /** Everyone {@code supplier} supplies with {@code product}. */
  Set<Uscc> customersOf(Uscc supplier, String product);

  /** The enterprises that list {@code product} among their products or supply it along a relation. */
  Set<Uscc> makersOf(String product);

  /** The enterprises that receive {@code product} along some relation, from anyone. */
  Set<Uscc> receiversOf(String product);
}
