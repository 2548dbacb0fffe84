package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chainmatch.core.Demand;

/**
 * The demands still open, read once so that many offers can be checked against them: each demand's
 * text is taken apart ({@link DemandText}) when the set is made, not per offer.
 *
 * <p>A demand names a product when its understood product equals the product, or one contains
 * the other (熔喷布 and 医用熔喷布), after folding width and case. Immutable and thread-safe.
 */
public final class OpenDemands {

  /** Above this many distinct products, only equal names are compared (containment scans them all). */
  private static final int CONTAINMENT_LIMIT = 4096;

  private static final OpenDemands NONE = new OpenDemands(ImmutableListMultimap.of());

  private final ImmutableListMultimap<String, Named> byProduct;
  private final List<String> products;

  /**
   * An open demand with the product its text was understood as. Why: the text is parsed once
   * here, not once for every offer that finds the demand (at 1M, hundreds of demands an offer).
   */
  record Named(Demand demand, String product) {}

  private OpenDemands(ImmutableListMultimap<String, Named> byProduct) {
    this.byProduct = byProduct;
    this.products = ImmutableList.copyOf(byProduct.keySet());
  }

  /** No open demands. */
  public static OpenDemands none() {
    return NONE;
  }

  /** These demands, in the order given (which is the order {@link #naming} reports them in). */
  public static OpenDemands of(Collection<Demand> demands) {
    checkNotNull(demands, "demands");
    ImmutableListMultimap.Builder<String, Named> b = ImmutableListMultimap.builder();
    for (Demand d : demands) {
      String product = DemandText.parse(d.product()).product();
      b.put(fold(product), new Named(d, product));
    }
    return new OpenDemands(b.build());
  }

  /** Number of demands. */
  public int size() {
    return byProduct.size();
  }

  /**
   * The demands naming any of {@code names}, each once, in the order the demands were given
   * within each name, with their understood products.
   */
  List<Named> naming(Collection<String> names) {
    if (byProduct.isEmpty()) {
      return List.of();
    }
    Set<Named> out = new LinkedHashSet<>();
    for (String name : names) {
      String wanted = fold(name);
      if (wanted.isEmpty()) {
        continue;
      }
      out.addAll(byProduct.get(wanted));
      if (products.size() <= CONTAINMENT_LIMIT) {
        for (String p : products) {
          if (!p.equals(wanted) && Math.min(p.length(), wanted.length()) >= 2
              && (p.contains(wanted) || wanted.contains(p))) {
            out.addAll(byProduct.get(p));
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
