package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.TermMatch;
import org.eclipse.collections.impl.map.mutable.primitive.IntDoubleHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * The downstream matcher as it was before buyers were bounded and cached (every relation buyer
 * looked up and scored): the reference {@link CustomerMatcherEquivalenceTest} holds the fast one to.
 */
final class ReferenceCustomerMatcher {

  private static final double DEMAND_EVIDENCE = 1.0;
  private static final double RELATION_EVIDENCE = 0.8;
  private static final double CAPABILITY_BASE = 0.5;
  private static final double CAPABILITY_SHARE = 0.2;

  /** How many of the known buyers' products are searched for more buyers. */
  static final int DOWNSTREAM_PRODUCTS = 4;

  /** Known buyers whose products are counted: enough for a vote, bounded for hub products. */
  private static final int DOWNSTREAM_SAMPLE = 256;

  /** How many makers of the offered product are asked which name they give it. */
  private static final int NAME_MAKERS = 20;

  /**
   * The least relevance a maker's product name needs to count as another name of the offered
   * product: {@code LuceneCapabilityIndex} rates the exact name 0.87 and a synonym 0.78, a narrower
   * kind from the taxonomy 0.61 and names sharing only some words less.
   */
  private static final double SAME_PRODUCT = 0.7;

  /** A downstream product made by fewer of the known buyers than this share is not searched. */
  private static final double MIN_DOWNSTREAM_SHARE = 0.1;

  private static final FactorValue OTHER_BUSINESS = new FactorValue(1.0, "已有其他往来");
  private static final FactorValue TWO_HOPS = new FactorValue(0.3, "二级关联");

  private final RelationView view;
  private final Optional<CapabilityIndex> index;

  ReferenceCustomerMatcher(RelationView view, Optional<CapabilityIndex> index) {
    this.view = checkNotNull(view, "view");
    this.index = checkNotNull(index, "index");
  }

  /**
   * Ranks the enterprises that would take what {@code offer} offers.
   *
   * @param openDemands the demands still open; may be {@link OpenDemands#none()}
   * @return at most {@code options.topK()} buyers, best first, ranks from 1; never the supplier
   * @throws IllegalArgumentException if the offer's supplier is unknown to the directory
   * @throws IOException if the index cannot be read
   */
  public OfferResult match(Offer offer, OpenDemands openDemands, MatchOptions options) throws IOException {
    checkNotNull(offer, "offer");
    checkNotNull(openDemands, "openDemands");
    checkNotNull(options, "options");
    Uscc supplier = offer.supplier();
    Enterprise self = view.enterprise(supplier)
        .orElseThrow(() -> new IllegalArgumentException("offer " + offer.id() + ": unknown supplier " + supplier));
    String understood =
        options.understandDemands() ? OfferText.product(offer.product()) : offer.product().strip();
    SupplyGraph graph = view.graph();
    int seller = graph.idOf(supplier);
    IntDoubleHashMap offered = offeredProducts(graph, understood, options);

    // Evidence from open demands and capability is keyed by code (few buyers); from relations, by
    // graph id in primitive maps, since a common product may have tens of thousands of buyers.
    Map<Uscc, Evidence> evidence = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(understood);
    offered.forEachKey(p -> names.add(graph.product(p)));
    for (OpenDemands.Named d : openDemands.naming(names)) {
      evidence.putIfAbsent(d.demand().requester(),
          new Evidence(DEMAND_EVIDENCE, "求购中 " + d.demand().id(), d.product()));
    }
    IntDoubleHashMap relationValue = new IntDoubleHashMap();
    IntIntHashMap relationProduct = new IntIntHashMap();
    IntHashSet existing = existingCustomers(graph, seller, offered);
    for (int p : sortedKeys(offered)) {
      double value = RELATION_EVIDENCE * offered.get(p);
      for (int k = graph.makersBegin(p); k < graph.makersEnd(p); k++) {
        int maker = graph.makerAt(k);
        for (int e = graph.outEdgesBegin(maker); e < graph.outEdgesEnd(maker); e++) {
          int buyer = graph.edgeCustomer(e);
          if (graph.edgeProduct(e) == p && buyer != seller && !existing.contains(buyer)
              && value > relationValue.getIfAbsent(buyer, 0)) {
            relationValue.put(buyer, value);
            relationProduct.put(buyer, p);
          }
        }
      }
    }
    if (index.isPresent() && !relationValue.isEmpty()) {
      byCapability(graph, relationValue, offered, seller, existing, evidence, options);
    }
    // One kind of evidence per buyer, the strongest.
    for (var it = evidence.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Uscc, Evidence> entry = it.next();
      int id = graph.idOf(entry.getKey());
      if (id != SupplyGraph.ABSENT && relationValue.containsKey(id)) {
        if (relationValue.get(id) >= entry.getValue().value()) {
          it.remove();
        } else {
          relationValue.remove(id);
        }
      }
    }

    RegionCode city = options.homeCity().orElse(self.region().city());
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
    Ranking top = new Ranking(self, city, graph, partners, neighbours, options);
    relationValue.forEachKeyValue((id, value) -> top.consider(graph.usccAt(id), id, value, null, relationProduct.get(id)));
    evidence.forEach((uscc, why) -> top.consider(uscc, graph.idOf(uscc), why.value(), why, SupplyGraph.ABSENT));
    List<Match> ranked = top.matches();
    return new OfferResult(offer, understood, ranked);
  }

  /**
   * The graph's products that name what is offered, each with how well it does (0..1]: the exact
   * name, and with an index the names that the best makers of the product give it.
   */
  private IntDoubleHashMap offeredProducts(SupplyGraph graph, String understood, MatchOptions options)
      throws IOException {
    IntDoubleHashMap offered = new IntDoubleHashMap();
    int exact = graph.productId(understood);
    if (exact != SupplyGraph.ABSENT) {
      offered.put(exact, 1.0);
    }
    if (index.isEmpty()) {
      return offered;
    }
    List<Candidate> makers =
        index.get().search(new CapabilityQuery(understood, NAME_MAKERS, CandidateFilter.none(), true));
    double best = 0;
    for (Candidate c : makers) {
      for (TermMatch t : c.matches()) {
        if (t.field().startsWith("product")) {
          best = Math.max(best, t.weight());
        }
      }
    }
    for (Candidate c : makers) {
      for (TermMatch t : c.matches()) {
        if (!t.field().startsWith("product") || t.weight() < SAME_PRODUCT
            || t.weight() < best - options.relevanceBand()) {
          continue;
        }
        double match = t.weight() / best;
        int id = graph.idOf(c.uscc());
        if (id == SupplyGraph.ABSENT) {
          continue;
        }
        // The term is the index's folded form of one of the maker's product names.
        for (String name : productNames(graph, id)) {
          if (key(name).equals(t.term())) {
            int p = graph.productId(name);
            if (p != SupplyGraph.ABSENT && offered.getIfAbsent(p, 0) < match) {
              offered.put(p, match);
            }
          }
        }
      }
    }
    return offered;
  }

  /** The products enterprise {@code id} lists and supplies. */
  private static List<String> productNames(SupplyGraph graph, int id) {
    List<String> names = new ArrayList<>(graph.enterpriseAt(id).products());
    int last = SupplyGraph.ABSENT;
    for (int e = graph.outEdgesBegin(id); e < graph.outEdgesEnd(id); e++) {
      if (graph.edgeProduct(e) != last) {
        last = graph.edgeProduct(e);
        names.add(graph.product(last));
      }
    }
    return names;
  }

  /**
   * Buyers by capability: the makers of what the known buyers ({@code known}, found along
   * relations) most often make.
   */
  private void byCapability(
      SupplyGraph graph, IntDoubleHashMap known, IntDoubleHashMap offered, int seller, IntHashSet existing,
      Map<Uscc, Evidence> evidence, MatchOptions options) throws IOException {
    IntIntHashMap counts = new IntIntHashMap();
    int[] buyers = known.keySet().toSortedArray();
    int sampled = Math.min(buyers.length, DOWNSTREAM_SAMPLE);
    for (int i = 0; i < sampled; i++) {
      // Spread the sample over the whole id range rather than taking the lowest ids.
      int buyer = buyers[(int) ((long) i * buyers.length / sampled)];
      IntHashSet made = new IntHashSet();
      for (int e = graph.outEdgesBegin(buyer); e < graph.outEdgesEnd(buyer); e++) {
        made.add(graph.edgeProduct(e));
      }
      for (String listed : graph.enterpriseAt(buyer).products()) {
        int p = graph.productId(listed);
        if (p != SupplyGraph.ABSENT) {
          made.add(p);
        }
      }
      made.forEach(p -> {
        if (!offered.containsKey(p)) {
          counts.addToValue(p, 1);
        }
      });
    }
    List<int[]> downstream = new ArrayList<>();
    counts.forEachKeyValue((p, n) -> {
      if (n >= Math.max(1, MIN_DOWNSTREAM_SHARE * sampled)) {
        downstream.add(new int[] {p, n});
      }
    });
    downstream.sort(Comparator.<int[]>comparingInt(a -> -a[1]).thenComparing(a -> graph.product(a[0])));
    CandidateFilter filter = CandidateFilter.none()
        .withStates(options.states())
        .withMinCapacity(options.minCapacity());
    if (seller != SupplyGraph.ABSENT) {
      filter = filter.excluding(ImmutableSet.<Uscc>builder().addAll(options.excluded()).add(graph.usccAt(seller)).build());
    }
    int[] offeredIds = offered.keySet().toSortedArray();
    for (int[] d : downstream.subList(0, Math.min(DOWNSTREAM_PRODUCTS, downstream.size()))) {
      String product = graph.product(d[0]);
      double share = (double) d[1] / sampled;
      List<Candidate> makers =
          index.get().search(new CapabilityQuery(product, options.poolSize(), filter, false));
      if (makers.isEmpty()) {
        continue;
      }
      double floor = makers.get(0).relevance() - options.relevanceBand();
      for (Candidate c : makers) {
        if (c.relevance() < floor) {
          break;
        }
        int id = graph.idOf(c.uscc());
        if (id != SupplyGraph.ABSENT
            && (known.containsKey(id) || existing.contains(id) || makesAny(graph, id, offeredIds))) {
          continue;
        }
        double value = (CAPABILITY_BASE + CAPABILITY_SHARE * share) * c.relevance() / makers.get(0).relevance();
        offer(evidence, c.uscc(), new Evidence(value,
            String.format(Locale.ROOT, "生产%s，%.0f%%的已知买家亦生产", product, 100 * share), product));
      }
    }
  }

  private static boolean makesAny(SupplyGraph graph, int id, int[] products) {
    for (int p : products) {
      if (graph.makes(id, p)) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the stronger evidence for a buyer; the first one on a tie. */
  private static void offer(Map<Uscc, Evidence> evidence, Uscc buyer, Evidence e) {
    Evidence before = evidence.get(buyer);
    if (before == null || before.value() < e.value()) {
      evidence.put(buyer, e);
    }
  }

  /** The supplier's customers for any of the offered products: it knows them already. */
  private static IntHashSet existingCustomers(SupplyGraph graph, int seller, IntDoubleHashMap offered) {
    IntHashSet existing = new IntHashSet();
    if (seller != SupplyGraph.ABSENT) {
      for (int e = graph.outEdgesBegin(seller); e < graph.outEdgesEnd(seller); e++) {
        if (offered.containsKey(graph.edgeProduct(e))) {
          existing.add(graph.edgeCustomer(e));
        }
      }
    }
    return existing;
  }

  private static int[] sortedKeys(IntDoubleHashMap map) {
    return map.keySet().toSortedArray();
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
      return OTHER_BUSINESS;
    }
    for (int k = graph.inEdgesBegin(buyer); k < graph.inEdgesEnd(buyer); k++) {
      if (neighbours.contains(graph.edgeSupplier(graph.inEdgeAt(k)))) {
        return TWO_HOPS;
      }
    }
    return FactorValue.NONE;
  }

  private static boolean allowed(Enterprise buyer, MatchOptions options, RegionCode city) {
    return options.states().contains(buyer.status().state())
        && buyer.status().effectiveCapacity() >= options.minCapacity()
        && (options.scope() != RegionScope.IN_CITY_ONLY || buyer.region().isWithin(city));
  }

  /**
   * The best {@code topK} buyers seen so far, kept in a bounded heap: each candidate is scored with
   * numbers only, and its contributions with their notes are built for the ones shown. Not
   * thread-safe; one per call.
   */
  private final class Ranking {
    private final Enterprise self;
    private final RegionCode city;
    private final SupplyGraph graph;
    private final IntHashSet partners;
    private final IntHashSet neighbours;
    private final MatchOptions options;
    private final MatchWeights w;
    private final double total;
    /** The worst of the best so far at the head. */
    private final PriorityQueue<Buyer> heap;

    Ranking(Enterprise self, RegionCode city, SupplyGraph graph, IntHashSet partners, IntHashSet neighbours,
        MatchOptions options) {
      this.self = self;
      this.city = city;
      this.graph = graph;
      this.partners = partners;
      this.neighbours = neighbours;
      this.options = options;
      this.w = options.weights();
      this.total = w.total() - w.industry();
      this.heap = new PriorityQueue<>(options.topK() + 1, BETTER.reversed());
    }

    /**
     * Scores one buyer: {@code why} for evidence by code, else the relation product {@code
     * product} (a graph product id).
     */
    void consider(Uscc uscc, int id, double value, Evidence why, int product) {
      if (uscc.equals(self.uscc()) || options.excluded().contains(uscc)) {
        return;
      }
      Optional<Enterprise> found = view.enterprise(uscc);
      if (found.isEmpty() || !allowed(found.get(), options, city)) {
        return;
      }
      Enterprise buyer = found.get();
      boolean inCity = options.scope() == RegionScope.IN_CITY_FIRST && buyer.region().isWithin(city);
      // The same arithmetic, in the same order, as the contributions built in matches(), so that
      // the score is exactly their sum.
      double score = Math.min(1, value * w.relevance() / total
          + part(FactorValue.readinessValue(buyer.status()), value, w.readiness())
          + part(FactorValue.proximity(self.region().proximityTo(buyer.region())).value(), value, w.proximity())
          + part(relationship(graph, id, partners, neighbours).value(), value, w.relationship())
          + part(buyer.key() ? 1 : 0, value, w.keyEnterprise()));
      Buyer c = new Buyer(buyer, id, value, score, inCity, why, product);
      if (heap.size() < options.topK()) {
        heap.add(c);
      } else if (BETTER.compare(c, heap.peek()) < 0) {
        heap.poll();
        heap.add(c);
      }
    }

    private double part(double v, double gate, double weight) {
      return Math.min(1, v * gate) * weight / total;
    }

    /** The buyers kept, best first, ranks from 1, with their breakdowns. */
    List<Match> matches() {
      List<Buyer> best = new ArrayList<>(heap);
      best.sort(BETTER);
      List<Match> out = new ArrayList<>(best.size());
      for (Buyer c : best) {
        Enterprise buyer = c.buyer();
        String detail;
        String matched;
        if (c.why() != null) {
          detail = c.why().detail();
          matched = c.why().product();
        } else {
          matched = graph.product(c.product());
          detail = "现从" + sourcesOf(graph, c.id(), c.product()) + "家企业采购" + matched;
        }
        double gate = c.value();
        List<Contribution> parts = ImmutableList.of(
            Contribution.of(Factor.RELEVANCE, c.value(), w.relevance(), total, detail),
            FactorValue.readiness(buyer.status()).contribution(Factor.READINESS, w.readiness(), total, gate),
            FactorValue.proximity(self.region().proximityTo(buyer.region()))
                .contribution(Factor.PROXIMITY, w.proximity(), total, gate),
            relationship(graph, c.id(), partners, neighbours)
                .contribution(Factor.RELATIONSHIP, w.relationship(), total, gate),
            FactorValue.keyEnterprise(buyer.key()).contribution(Factor.KEY_ENTERPRISE, w.keyEnterprise(), total, gate));
        out.add(new Match(out.size() + 1, buyer, SupplierMatcher.sum(parts), parts, matched));
      }
      return out;
    }
  }

  /**
   * One scored buyer: its evidence value, score, whether it counts as in the city (only for
   * {@link RegionScope#IN_CITY_FIRST}), and why (evidence by code, or a relation product id).
   */
  private record Buyer(
      Enterprise buyer, int id, double value, double score, boolean inCity, Evidence why, int product) {}

  /** In-city first (when the scope asks for it), then score, evidence, code. */
  private static final Comparator<Buyer> BETTER =
      Comparator.comparing((Buyer c) -> !c.inCity())
          .thenComparing(Comparator.comparingDouble(Buyer::score).reversed())
          .thenComparing(Comparator.comparingDouble(Buyer::value).reversed())
          .thenComparing(c -> c.buyer().uscc().value());

  /**
   * The form the index compares product names in (that of {@code ProductCatalogue}): NFKC, lower
   * case, inner white space collapsed, trimmed.
   */
  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Why an enterprise is a buyer: the relevance value, its note, and the product it matched on. */
  private record Evidence(double value, String detail, String product) {}
}
