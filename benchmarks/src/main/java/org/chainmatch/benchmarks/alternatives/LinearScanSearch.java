package org.chainmatch.benchmarks.alternatives;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;

/**
 * What a spreadsheet's "find" does: every enterprise whose product list contains the text comes
 * first, then every enterprise whose business scope contains it, each group in input order.
 *
 * <p>Matching is a case-insensitive substring test of the whole query text, so a demand sentence
 * ("急需聚丙烯200吨") finds nothing unless an enterprise wrote that very sentence. Immutable and
 * thread-safe.
 */
final class LinearScanSearch implements SupplierSearch {
  private final Uscc[] codes;
  private final String[] products;
  private final String[] scopes;

  private LinearScanSearch(List<Enterprise> enterprises) {
    int n = enterprises.size();
    codes = new Uscc[n];
    products = new String[n];
    scopes = new String[n];
    for (int i = 0; i < n; i++) {
      Enterprise e = enterprises.get(i);
      codes[i] = e.uscc();
      // A separator no query contains keeps a match from spanning two products.
      products[i] = String.join("\n", e.products()).toLowerCase(Locale.ROOT);
      scopes[i] = e.scope().toLowerCase(Locale.ROOT);
    }
  }

  /** A scan over {@code enterprises} (copied). */
  static LinearScanSearch over(List<Enterprise> enterprises) {
    return new LinearScanSearch(enterprises);
  }

  @Override
  public List<Uscc> top(Demand demand, int k) {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    String needle = demand.product().strip().toLowerCase(Locale.ROOT);
    List<Uscc> inProducts = new ArrayList<>(k);
    List<Uscc> inScope = new ArrayList<>(k);
    for (int i = 0; i < codes.length && inProducts.size() < k; i++) {
      if (products[i].contains(needle)) {
        inProducts.add(codes[i]);
      } else if (inScope.size() < k && scopes[i].contains(needle)) {
        inScope.add(codes[i]);
      }
    }
    for (int i = 0; inProducts.size() < k && i < inScope.size(); i++) {
      inProducts.add(inScope.get(i));
    }
    return List.copyOf(inProducts);
  }

  @Override
  public String name() {
    return "scan";
  }
}
