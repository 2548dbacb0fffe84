package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntUnaryOperator;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionLevel;
import org.chainmatch.core.graph.SupplyGraph;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Resumption analysis over a {@link SupplyGraph}: which working enterprises are blocked by
 * suppliers that do not work, which inputs have no working supplier at all (breakpoints), whose
 * output has nowhere to go, how far the risk spreads downstream, and which suspended enterprises to
 * help first.
 *
 * <p>An analysis is prepared once per graph topology (linear in relations) and then {@linkplain
 * #analyze() analyses} the graph's statuses; {@link ResumptionReport#whatIf} re-evaluates only
 * what a status change can reach. Definitions, all in terms of {@link OperatingStatus}:
 *
 * <ul>
 *   <li>An enterprise <em>works</em> when {@link OperatingStatus#isWorking()}: RESUMED, or PARTIAL
 *       with capacity above zero. UNKNOWN counts as not working: nobody can plan on it.
 *   <li>An <em>input</em> of an enterprise is a product it receives along relations; its
 *       suppliers are those relations' suppliers. Repeated relations (same supplier, customer and
 *       product) count once, with the largest share any of them gives.
 *   <li>A supplier's <em>effective share</em> of an input is its relation's share; when no
 *       supplier of the input has a share, each of {@code n} suppliers has {@code 1/n}; when only
 *       some have, the others split what is left of 1 equally (nothing if the given shares reach
 *       1).
 *   <li>The <em>coverage</em> of an input is {@code min(1, Σ effectiveShare × effectiveCapacity /
 *       100)} over its working suppliers. The input is <em>short</em> when coverage is below the
 *       threshold (by more than 1e-9, so that 0.2 + 0.3 meets 0.5).
 *   <li>A working enterprise with a short input is <em>blocked</em>. An input with no working
 *       supplier is a {@link Breakpoint}, whatever the customer's own status.
 *   <li>An enterprise <em>cannot produce</em> when it does not work or is blocked; its customers,
 *       their customers and so on up to {@link AnalysisOptions#maxCascadeTiers()} are {@link
 *       AtRisk}, each at its lowest tier.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; per-topology tables are built in {@link
 * #of(SupplyGraph, RegionCode, AnalysisOptions)}, the downstream dependence used by priorities on
 * first use.
 */
public final class ResumptionAnalysis {

  // Coverage sums of shares like 0.2 + 0.3 must meet a threshold of 0.5.
  static final double EPSILON = 1e-9;

  final SupplyGraph graph;
  final RegionCode homeCity;
  final AnalysisOptions options;

  final InputGroups groups; // the per-topology tables
  final boolean[] inCity; // by enterprise
  final double[] weight; // by enterprise: keyWeight for key enterprises, else 1
  private final Supplier<double[]> dependence = Suppliers.memoize(this::computeDependence);
  private final Supplier<int[]> productRank = Suppliers.memoize(this::rankProducts);
  private final Supplier<int[]> idsByCode = Suppliers.memoize(this::sortCodes);
  private final Supplier<int[]> codeRank = Suppliers.memoize(this::rankCodes);

  private ResumptionAnalysis(SupplyGraph graph, RegionCode homeCity, AnalysisOptions options) {
    this.graph = graph;
    this.homeCity = homeCity;
    this.options = options;
    int n = graph.enterpriseCount();
    this.groups = new InputGroups(graph);
    inCity = new boolean[n];
    weight = new double[n];
    for (int v = 0; v < n; v++) {
      inCity[v] = graph.enterpriseAt(v).region().city().equals(homeCity);
      weight[v] = graph.enterpriseAt(v).key() ? options.keyWeight() : 1;
    }
  }

  /** An analysis with {@linkplain AnalysisOptions#defaults() default options}. */
  public static ResumptionAnalysis of(SupplyGraph graph, RegionCode homeCity) {
    return of(graph, homeCity, AnalysisOptions.defaults());
  }

  /**
   * Prepares an analysis of {@code graph}'s topology.
   *
   * @param homeCity the city whose government runs the analysis: a prefecture-level city, a
   *     municipality or a province-administered county-level unit (429004 仙桃); enterprises whose region's {@link RegionCode#city()} is it are in the city
   * @throws IllegalArgumentException if {@code homeCity} is a county or an ordinary province
   */
  public static ResumptionAnalysis of(
      SupplyGraph graph, RegionCode homeCity, AnalysisOptions options) {
    checkNotNull(graph, "graph");
    checkNotNull(homeCity, "homeCity");
    checkNotNull(options, "options");
    // The same units RegionTable.resolveCity accepts: a unit that is its own city, except an
    // ordinary province (whose city() is itself only because no single city contains it).
    checkArgument(
        homeCity.city().equals(homeCity)
            && (homeCity.level() != RegionLevel.PROVINCE || homeCity.isMunicipality()),
        "home city must be a prefecture-level city, a municipality or a province-administered"
            + " county-level unit but was %s",
        homeCity);
    return new ResumptionAnalysis(graph, homeCity, options);
  }

  /** Analyses the statuses of the graph this analysis was prepared for. */
  public ResumptionReport analyze() {
    return ResumptionReport.full(this, graph);
  }

  /**
   * Analyses {@code statuses}, a graph that shares this analysis's topology, typically from {@link
   * SupplyGraph#withStatuses}.
   *
   * @throws IllegalArgumentException if {@code statuses} has another number of enterprises or
   *     relations (a cheap check; sharing the topology is the caller's promise)
   */
  public ResumptionReport analyze(SupplyGraph statuses) {
    checkArgument(
        statuses.enterpriseCount() == graph.enterpriseCount()
            && statuses.relationCount() == graph.relationCount(),
        "%s does not share the topology of %s",
        statuses,
        graph);
    return ResumptionReport.full(this, statuses);
  }

  /** The graph whose topology this analysis was prepared for. */
  public SupplyGraph graph() {
    return graph;
  }

  /** The home city. */
  public RegionCode homeCity() {
    return homeCity;
  }

  /** The options. */
  public AnalysisOptions options() {
    return options;
  }

  /**
   * Share-weighted downstream dependence of each enterprise: {@code d_T(v)} with {@code d_0 = 0}
   * and {@code d_t(v) = Σ over relations v→c of effectiveShare × weight(c) × (1 + d_{t-1}(c))}, T =
   * maxCascadeTiers. Depends on topology and key flags only.
   */
  double[] dependence() {
    return dependence.get();
  }

  /**
   * Dependence per enterprise. Each term is rounded to 1e-9 and summed as a long, so the result
   * does not depend on the order edges are visited in (which follows ids, i.e. input order):
   * floating-point sums in another order differ in the last bits, and a priority score on a
   * rounding boundary would then rank differently.
   */
  private double[] computeDependence() {
    int n = graph.enterpriseCount();
    long[] previous = new long[n];
    long[] current = new long[n];
    for (int t = 1; t <= options.maxCascadeTiers(); t++) {
      for (int v = 0; v < n; v++) {
        long sum = 0;
        for (int e = graph.outEdgesBegin(v); e < graph.outEdgesEnd(v); e++) {
          int c = graph.edgeCustomer(e);
          sum += Math.round(groups.effectiveShare(e) * weight[c] * (1 + previous[c] / FIXED_POINT) * FIXED_POINT);
        }
        current[v] = sum;
      }
      long[] swap = previous;
      previous = current;
      current = swap;
    }
    double[] out = new double[n];
    for (int v = 0; v < n; v++) {
      out[v] = previous[v] / FIXED_POINT;
    }
    return out;
  }

  /** Units of the fixed-point dependence sums: 1e-9. */
  private static final double FIXED_POINT = 1e9;

  /**
   * The 1-based rank of group {@code g}'s product among its customer's input products in string
   * order; computed on demand, as only breakpoints need it.
   */
  int ordinal(int g) {
    int customer = groups.customer(g);
    int[] productRank = this.productRank.get();
    int product = productRank[productIdOf(g)];
    int rank = 1;
    for (int other = groups.firstOf(customer); other < groups.endOf(customer); other++) {
      if (productRank[productIdOf(other)] < product) {
        rank++;
      }
    }
    return rank;
  }

  int productIdOf(int group) {
    return groups.product(group);
  }

  /**
   * Sorts input groups by customer code, then product: the canonical order of blocked inputs and
   * breakpoints.
   */
  int[] inCustomerThenProductOrder(IntArrayList selected) {
    IntArrayList customers = new IntArrayList(selected.size());
    for (int i = 0; i < selected.size(); i++) {
      customers.add(groups.customer(selected.get(i)));
    }
    int[] order = inOwnerThenProductOrder(customers, i -> groups.product(selected.get(i)));
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = selected.get(order[i]);
    }
    return out;
  }

  /**
   * The positions {@code 0 .. owners.size() - 1} ordered by their owner's code, then their
   * product's name. Positions are packed into {@code long}s under their owner's code rank and
   * sorted, then the few positions of one owner are ordered by product rank: a comparator reading
   * ranks through the arrays cost a cache miss per comparison. O(n log n) on primitives.
   *
   * @param owners an enterprise id per position
   * @param productIdAt a product id per position
   */
  int[] inOwnerThenProductOrder(IntArrayList owners, IntUnaryOperator productIdAt) {
    int[] codes = codeRank.get();
    int[] products = productRank.get();
    int size = owners.size();
    long[] keys = new long[size];
    int[] productOf = new int[size]; // by position
    for (int i = 0; i < size; i++) {
      keys[i] = (long) codes[owners.get(i)] << 32 | i;
      productOf[i] = products[productIdAt.applyAsInt(i)];
    }
    Arrays.sort(keys);
    int[] out = new int[size];
    for (int start = 0; start < size; ) {
      int end = start + 1;
      while (end < size && keys[end] >>> 32 == keys[start] >>> 32) {
        end++;
      }
      // Insertion sort: one owner has a handful of inputs or products.
      for (int i = start + 1; i < end; i++) {
        long key = keys[i];
        int j = i - 1;
        while (j >= start && productOf[(int) keys[j]] > productOf[(int) key]) {
          keys[j + 1] = keys[j];
          j--;
        }
        keys[j + 1] = key;
      }
      for (int i = start; i < end; i++) {
        out[i] = (int) keys[i];
      }
      start = end;
    }
    return out;
  }

  /**
   * Sorts enterprises by a small per-enterprise key (a cascade tier), then code; packed into
   * longs for the same reason as {@link #inCustomerThenProductOrder}.
   */
  int[] inKeyThenCodeOrder(IntArrayList ids, byte[] key) {
    int[] codes = codeRank.get();
    long[] keys = new long[ids.size()];
    for (int i = 0; i < keys.length; i++) {
      int v = ids.get(i);
      keys[i] = (long) key[v] << 32 | codes[v];
    }
    Arrays.sort(keys);
    int[] byCode = idsByCode.get();
    int[] out = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = byCode[(int) keys[i]];
    }
    return out;
  }

  /** By enterprise id: its position among all enterprises in code order. */
  int[] codeRank() {
    return codeRank.get();
  }

  /** By product id: its position among all products in string order. */
  int[] productRank() {
    return productRank.get();
  }

  /** Enterprise ids in code order. */
  int[] idsByCode() {
    return idsByCode.get();
  }

  private int[] sortCodes() {
    int n = graph.enterpriseCount();
    IntArrayList byCode = IntArrayList.newWithNValues(n, 0);
    for (int v = 0; v < n; v++) {
      byCode.set(v, v);
    }
    byCode.sortThis((a, b) -> graph.usccAt(a).value().compareTo(graph.usccAt(b).value()));
    return byCode.toArray();
  }

  private int[] rankCodes() {
    int[] byCode = idsByCode();
    int[] rank = new int[byCode.length];
    for (int r = 0; r < byCode.length; r++) {
      rank[byCode[r]] = r;
    }
    return rank;
  }

  // By product id: its position among all products in string order, so that ordinals compare
  // ints rather than strings.
  private int[] rankProducts() {
    Integer[] byName = new Integer[graph.productCount()];
    for (int p = 0; p < byName.length; p++) {
      byName[p] = p;
    }
    Arrays.sort(byName, Comparator.comparing(graph::product));
    int[] rank = new int[byName.length];
    for (int r = 0; r < byName.length; r++) {
      rank[byName[r]] = r;
    }
    return rank;
  }

  String productOf(int group) {
    return graph.product(productIdOf(group));
  }

  @Override
  public String toString() {
    return "ResumptionAnalysis[" + graph + ", home " + homeCity + ", " + options + "]";
  }
}
