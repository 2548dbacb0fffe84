package org.chainmatch.benchmarks.alternatives;

import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;

/** Small enterprises for search tests. */
final class Enterprises {
  private Enterprises() {}

  /** The code of enterprise number {@code n}. */
  static Uscc code(int n) {
    return Uscc.withComputedCheck(String.format("91320505%09d", n));
  }

  /** A demand for {@code product} by an enterprise none of the tests lists. */
  static Demand demand(String product) {
    return Demand.of("d", code(999_999), product);
  }

  /** Enterprise {@code n} in Huqiu district making {@code products} with {@code scope}. */
  static Enterprise enterprise(int n, List<String> products, String scope) {
    return Enterprise.builder(code(n), "企业" + n, RegionTable.bundled().resolve("320505"))
        .products(products)
        .scope(scope)
        .build();
  }
}
