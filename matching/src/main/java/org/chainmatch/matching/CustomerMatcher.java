package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * Downstream matching: for an enterprise and one of its products, the enterprises that need that
 * product, so that a supplier whose usual customers are closed finds other buyers.
 *
 * <p>Buyers are found from two kinds of evidence, the {@link Factor#RELEVANCE} of a match:
 *
 * <ul>
 *   <li>an open demand naming the product (its {@link DemandText#product()} equals, contains or is
 *       contained in the product): 1.0, the buyer says it needs it now;
 *   <li>receiving the product along a known relation from someone else, such as the product's
 *       other makers: 0.8, the buyer uses it as an input.
 * </ul>
 *
 * <p>The enterprise's existing customers for the product are left out unless they post an open
 * demand: it already knows them. The other factors, gated by evidence as in {@link
 * SupplierMatcher}, are the buyer's readiness (a suspended buyer needs no input today), its
 * proximity to the supplier, an existing relationship (already buys something else from it: 1.0;
 * a partner's partner: 0.3) and key-enterprise priority. {@link Factor#INDUSTRY} is not used, so
 * contributions are normalised by the sum of the other five weights and a perfect buyer scores 1.
 * Hard constraints of {@link MatchOptions} apply to the buyers: states, capacity, exclusions and
 * region scope around the home city (default: the supplier's city).
 *
 * <p>Relations come from a {@link SupplyGraph}; enterprises, with their current statuses, from a
 * directory (by default the graph), asked at match time so that updates are seen. Buyers the
 * directory does not know are skipped.
 *
 * <p>Immutable and thread-safe as long as the directory is.
 */
public final class CustomerMatcher {

  private static final double DEMAND_EVIDENCE = 1.0;
  private static final double RELATION_EVIDENCE = 0.8;

  private static final Comparator<Match> RANKING =
      Comparator.comparingDouble(Match::score).reversed()
          .thenComparing(Comparator.comparingDouble(CustomerMatcher::relevance).reversed())
          .thenComparing(m -> m.enterprise().uscc().value());

  private final RelationView view;
  private final MatchOptions defaults;

  CustomerMatcher(RelationView view, MatchOptions defaults) {
    this.view = Objects.requireNonNull(view, "view");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /** A builder for a customer matcher. */
  public static Builder builder() {
    return new Builder();
  }

  /** Like {@link #match(Uscc, String, Collection, MatchOptions)} with this matcher's options. */
  public List<Match> match(Uscc supplier, String product, Collection<Demand> openDemands) {
    return match(supplier, product, openDemands, defaults);
  }

  /**
   * Ranks the enterprises that need {@code product}, made by {@code supplier}.
   *
   * @param openDemands the demands still open; may be empty
   * @return at most {@code options.topN()} buyers, best first, ranks from 1; never {@code supplier}
   * @throws IllegalArgumentException if {@code product} is blank or {@code supplier} is unknown
   */
  public List<Match> match(
      Uscc supplier, String product, Collection<Demand> openDemands, MatchOptions options) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(openDemands, "openDemands");
    Objects.requireNonNull(options, "options");
    checkArgument(!product.isBlank(), "product is blank");
    Enterprise self = view.enterprise(supplier)
        .orElseThrow(() -> new IllegalArgumentException("unknown supplier " + supplier));
    String wanted = product.strip();
    SupplyGraph graph = view.graph();
    int seller = graph.idOf(supplier);
    int p = graph.productId(wanted);

    Map<Uscc, FactorValue> evidence = new LinkedHashMap<>();
    for (Demand d : openDemands) {
      String named = DemandText.parse(d.product()).product();
      if (named.equals(wanted) || named.contains(wanted) || wanted.contains(named)) {
        evidence.putIfAbsent(d.requester(), new FactorValue(DEMAND_EVIDENCE, "求购中 " + d.id()));
      }
    }
    if (p != SupplyGraph.ABSENT) {
      // Everyone receiving the product from one of its makers, except the supplier's own customers.
      IntHashSet existing = new IntHashSet();
      if (seller != SupplyGraph.ABSENT) {
        for (int e = graph.outEdgesBegin(seller); e < graph.outEdgesEnd(seller); e++) {
          if (graph.edgeProduct(e) == p) {
            existing.add(graph.edgeCustomer(e));
          }
        }
      }
      IntHashSet seen = new IntHashSet();
      for (int k = graph.makersBegin(p); k < graph.makersEnd(p); k++) {
        int maker = graph.makerAt(k);
        for (int e = graph.outEdgesBegin(maker); e < graph.outEdgesEnd(maker); e++) {
          int buyer = graph.edgeCustomer(e);
          if (graph.edgeProduct(e) == p && !existing.contains(buyer) && seen.add(buyer)) {
            int sources = sourcesOf(graph, buyer, p);
            evidence.putIfAbsent(
                graph.usccAt(buyer), new FactorValue(RELATION_EVIDENCE, "现从" + sources + "家企业采购此产品"));
          }
        }
      }
    }
    evidence.remove(supplier);
    options.excluded().forEach(evidence::remove);

    Optional<RegionCode> city = options.homeCity().or(() -> Optional.of(self.region().city()));
    IntHashSet partners = new IntHashSet();
    IntHashSet neighbours = new IntHashSet();
    if (seller != SupplyGraph.ABSENT) {
      for (int e = graph.outEdgesBegin(seller); e < graph.outEdgesEnd(seller); e++) {
        partners.add(graph.edgeCustomer(e));
      }
      neighbours.addAll(partners);
      for (int k = graph.inEdgesBegin(seller); k < graph.inEdgesEnd(seller); k++) {
        neighbours.add(graph.edgeSupplier(graph.inEdgeAt(k)));
      }
    }
    MatchWeights w = options.weights();
    double total = w.total() - w.industry();
    List<Match> scored = new ArrayList<>();
    for (Map.Entry<Uscc, FactorValue> entry : evidence.entrySet()) {
      Optional<Enterprise> found = view.enterprise(entry.getKey());
      if (found.isEmpty() || !allowed(found.get(), options, city.get())) {
        continue;
      }
      Enterprise buyer = found.get();
      double gate = entry.getValue().value();
      List<Contribution> parts = ImmutableList.of(
          Contribution.of(Factor.RELEVANCE, entry.getValue().value(), w.relevance(), total, entry.getValue().detail()),
          FactorValue.readiness(buyer.status()).contribution(Factor.READINESS, w.readiness(), total, gate),
          FactorValue.proximity(self.region().proximityTo(buyer.region()))
              .contribution(Factor.PROXIMITY, w.proximity(), total, gate),
          relationship(graph, graph.idOf(buyer.uscc()), partners, neighbours)
              .contribution(Factor.RELATIONSHIP, w.relationship(), total, gate),
          FactorValue.keyEnterprise(buyer.key()).contribution(Factor.KEY_ENTERPRISE, w.keyEnterprise(), total, gate));
      scored.add(new Match(1, buyer, SupplierMatcher.sum(parts), parts));
    }
    scored.sort(options.scope() == RegionScope.IN_CITY_FIRST
        ? Comparator.comparing((Match m) -> !m.enterprise().region().isWithin(city.get())).thenComparing(RANKING)
        : RANKING);
    List<Match> ranked = new ArrayList<>();
    for (Match m : scored.subList(0, Math.min(scored.size(), options.topN()))) {
      ranked.add(new Match(ranked.size() + 1, m.enterprise(), m.score(), m.contributions()));
    }
    return ImmutableList.copyOf(ranked);
  }

  /** How many distinct suppliers deliver product {@code p} to {@code buyer}. */
  private static int sourcesOf(SupplyGraph graph, int buyer, int p) {
    IntHashSet sources = new IntHashSet();
    for (int k = graph.inEdgesBegin(buyer); k < graph.inEdgesEnd(buyer); k++) {
      int e = graph.inEdgeAt(k);
      if (graph.edgeProduct(e) == p) {
        sources.add(graph.edgeSupplier(e));
      }
    }
    return sources.size();
  }

  private static FactorValue relationship(SupplyGraph graph, int buyer, IntHashSet partners, IntHashSet neighbours) {
    if (buyer == SupplyGraph.ABSENT) {
      return FactorValue.NONE;
    }
    if (partners.contains(buyer)) {
      return new FactorValue(1.0, "已有其他往来");
    }
    for (int k = graph.inEdgesBegin(buyer); k < graph.inEdgesEnd(buyer); k++) {
      if (neighbours.contains(graph.edgeSupplier(graph.inEdgeAt(k)))) {
        return new FactorValue(0.3, "二级关联");
      }
    }
    return FactorValue.NONE;
  }

  private static boolean allowed(Enterprise buyer, MatchOptions options, RegionCode city) {
    return options.states().contains(buyer.status().state())
        && buyer.status().effectiveCapacity() >= options.minCapacity()
        && (options.scope() != RegionScope.IN_CITY_ONLY || buyer.region().isWithin(city));
  }

  private static double relevance(Match m) {
    return m.contributions().get(0).value();
  }

  /**
   * Builds a {@link CustomerMatcher}; not thread-safe. Give the relations either as a {@link
   * #graph(SupplyGraph)} or as {@link #enterprises(Collection) enterprises} and {@link
   * #relations(Collection) relations}, as for {@link SupplierMatcher.Builder}.
   */
  public static final class Builder {
    private Collection<Enterprise> enterprises;
    private Collection<SupplyRelation> relations;
    private SupplyGraph graph;
    private Function<Uscc, Optional<Enterprise>> directory;
    private MatchOptions options = MatchOptions.defaults();

    private Builder() {}

    /** Every enterprise; a graph of them and the relations is built. Not together with a graph. */
    public Builder enterprises(Collection<Enterprise> all) {
      this.enterprises = Objects.requireNonNull(all, "enterprises");
      return this;
    }

    /** The known supply relations among the enterprises; default none. */
    public Builder relations(Collection<SupplyRelation> all) {
      this.relations = Objects.requireNonNull(all, "relations");
      return this;
    }

    /** The supply graph to read relations (and, without a directory, enterprises) from. */
    public Builder graph(SupplyGraph value) {
      this.graph = Objects.requireNonNull(value, "graph");
      return this;
    }

    /**
     * Where enterprises, with their current statuses, are looked up at match time; default the
     * graph. Thread-safe, never returning null.
     */
    public Builder directory(Function<Uscc, Optional<Enterprise>> lookup) {
      this.directory = Objects.requireNonNull(lookup, "directory");
      return this;
    }

    /** The default options; default {@link MatchOptions#defaults()}. */
    public Builder options(MatchOptions value) {
      this.options = Objects.requireNonNull(value, "options");
      return this;
    }

    /**
     * Builds the matcher.
     *
     * @throws IllegalStateException if none of enterprises, graph and directory was given, if
     *     relations were given without enterprises, or if a graph was given with either
     */
    public CustomerMatcher build() {
      return new CustomerMatcher(RelationView.assemble(enterprises, relations, graph, directory), options);
    }
  }
}
