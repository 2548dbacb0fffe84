package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
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
 * Downstream matching: for an {@link Offer} (an enterprise and one of its products), the
 * enterprises that would take that product, so that a supplier whose usual customers are closed
 * finds other buyers.
 *
 * <p><b>What the offer is.</b> The offer's text is reduced to the product it names ({@code
 * 供应熔喷布20吨，现货} → 熔喷布) unless {@link MatchOptions#understandDemands()} is off. With a
 * capability index, the other names the relations use for that product are found too: the product
 * names by which the index's best makers match it (within {@link MatchOptions#relevanceBand()} of
 * the best, and as good as a synonym), so with the synonym MB布 = 熔喷布 an offer of MB布 finds
 * the buyers of 熔喷布. Without an index only the exact name counts.
 *
 * <p><b>Who uses it</b> is the {@link Factor#RELEVANCE} of a buyer, from three kinds of evidence:
 *
 * <ul>
 *   <li>an open demand naming the product ({@link OpenDemands}): 1.0, the buyer says it needs it
 *       now;
 *   <li>receiving the product along a known relation from another supplier: 0.8, the buyer uses
 *       it as an input (times how well the relation's product name matches the offer);
 *   <li>by capability, with an index: making what the product's known buyers make. The products
 *       made by the enterprises found along relations are counted; the {@value #DOWNSTREAM_PRODUCTS}
 *       most common are searched in the index, and their makers (within the band of the best)
 *       score {@code 0.5 + 0.2 × share}, where {@code share} is the part of the known buyers that
 *       make that product. Makers of the offered product itself are left out: they are its
 *       competitors, not its buyers, however similar their text.
 * </ul>
 *
 * <p>The supplier's existing customers for the product are left out unless they post an open
 * demand: it already knows them. The other factors are gated by the evidence (multiplied by its
 * value), so a certain buyer keeps its lead over a likely one: the buyer's readiness (working,
 * partly working or status unknown; a suspended buyer takes nothing today), its proximity to the
 * supplier, an existing relationship (it already buys something else from the supplier: 1.0; a
 * partner's partner: 0.3) and key-enterprise priority. {@link Factor#INDUSTRY} is not used, so
 * contributions are normalised by the sum of the other five weights and a perfect buyer scores 1.
 * Hard constraints of {@link MatchOptions} apply to the buyers: states, capacity, exclusions and
 * region scope around the home city (default: the supplier's city). Ties are broken by relevance,
 * then code, so equal inputs rank the same on every run.
 *
 * <p>Relations come from a {@link SupplyGraph}; enterprises, with their current statuses, from a
 * directory (by default the graph), asked at match time so that updates are seen. Buyers the
 * directory does not know are skipped.
 *
 * <p><b>Cost.</b> A common product has tens of thousands of buyers along relations, and only
 * {@code topK} are shown, so not every one is looked up. Each buyer's score has an upper bound
 * that needs no directory: readiness at its best (working at full capacity), and its proximity and
 * key-enterprise flag from the region and flag the graph holds. Buyers are visited best bound
 * first, in the order ties are broken in (code), and one whose bound cannot beat the worst of the
 * {@code topK} kept so far is neither looked up nor scored: it could not have been shown. The
 * results are exactly those of scoring every buyer, provided the directory, whatever statuses it
 * reports, gives each enterprise the region and key flag the graph has ({@code ChainMatch}
 * rebuilds its graph and matchers when either changes); a directory that moves enterprises or
 * changes their flag needs a new matcher over a new graph. Likewise, a buyer-by-capability search
 * is not run when even a perfect buyer at its best possible value could not rank.
 *
 * <p><b>What is cached</b>, per matcher and so per graph (never a directory's or an index's
 * answer, which may change): for each product asked for, its buyers along relations, by id and
 * grouped by region and key flag in code order ({@code ProductBuyers}); and, once, every
 * enterprise's rank in code order (a sort of every code, about a second at a million
 * enterprises, paid by the first match). Entries are computed on first use and never change; at
 * most about 8 bytes per relation once every product has been offered.
 *
 * <p>Thread-safe as long as the directory and the index are (every {@link CapabilityIndex} is):
 * the caches are filled without locks (two threads may compute the same entry; one is kept), the
 * code order under this matcher's lock once. Otherwise immutable.
 */
public final class CustomerMatcher {

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
  private final MatchOptions defaults;
  private final ProductBuyers.Cache productBuyers;
  /**
   * The most relations from the seller's neighbours that are walked to list the buyers related to
   * it; beyond, each visited buyer's suppliers are checked (the same answer, at another cost).
   */
  private final int listedAtMost;

  CustomerMatcher(RelationView view, Optional<CapabilityIndex> index, MatchOptions defaults) {
    this(view, index, defaults, 4_096);
  }

  CustomerMatcher(RelationView view, Optional<CapabilityIndex> index, MatchOptions defaults, int listedAtMost) {
    this.view = checkNotNull(view, "view");
    this.index = checkNotNull(index, "index");
    this.defaults = checkNotNull(defaults, "defaults");
    this.productBuyers = new ProductBuyers.Cache(view.graph());
    this.listedAtMost = listedAtMost;
  }

  /** A builder for a customer matcher. */
  public static Builder builder() {
    return new Builder();
  }

  /** The options {@link #match(Offer, OpenDemands)} uses. */
  public MatchOptions options() {
    return defaults;
  }

  /** Like {@link #match(Offer, OpenDemands, MatchOptions)} with this matcher's options. */
  public OfferResult match(Offer offer, OpenDemands openDemands) throws IOException {
    return match(offer, openDemands, defaults);
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
    return match(offer, openDemands, options, null);
  }

  /**
   * The products of the graph an offered product goes by, as {@link #offeredProducts} finds them,
   * kept for the graph they were found in. Shared by the threads of one batch.
   */
  record Offered(SupplyGraph graph, IntDoubleHashMap products) {}

  /**
   * Like {@link #match(Offer, OpenDemands, MatchOptions)}, with the products each understood
   * product goes by taken from {@code seen} when found there for the current graph, and added
   * to it otherwise. Why: in a batch many offers name the same product, and finding what it
   * goes by is one index search (a third of an offer's time). The maps are never changed once
   * added, so threads may share them.
   *
   * @param seen understood product to what it goes by; {@code null} to look it up every time
   */
  OfferResult match(Offer offer, OpenDemands openDemands, MatchOptions options, ConcurrentMap<String, Offered> seen)
      throws IOException {
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
    IntDoubleHashMap offered;
    Offered known = seen == null ? null : seen.get(understood);
    if (known != null && known.graph() == graph) {
      offered = known.products();
    } else {
      offered = offeredProducts(graph, understood, options);
      if (seen != null) {
        seen.put(understood, new Offered(graph, offered));
      }
    }

    // Evidence from open demands and capability is keyed by code (few buyers); relation buyers,
    // possibly tens of thousands, are read from the cached buyers of each offered product.
    Map<Uscc, Evidence> evidence = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(understood);
    offered.forEachKey(p -> names.add(graph.product(p)));
    for (OpenDemands.Named d : openDemands.naming(names)) {
      evidence.putIfAbsent(d.demand().requester(),
          new Evidence(DEMAND_EVIDENCE, "求购中 " + d.demand().id(), d.product()));
    }
    IntHashSet existing = existingCustomers(graph, seller, offered);
    RelationBuyers relations = new RelationBuyers(offered, seller, existing);
    // One kind of evidence per buyer, the strongest. Capability never names a relation buyer, so
    // only open demands can meet relations here.
    IntHashSet outranked = new IntHashSet();
    for (var it = evidence.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Uscc, Evidence> entry = it.next();
      int id = graph.idOf(entry.getKey());
      double value = id == SupplyGraph.ABSENT ? NO_RELATION : relations.value(id);
      if (value != NO_RELATION) {
        if (value >= entry.getValue().value()) {
          it.remove();
        } else {
          outranked.add(id);
        }
      }
    }

    RegionCode city = options.homeCity().orElse(self.region().city());
    Relationships relationships = Relationships.of(graph, seller, listedAtMost);
    Ranking top = new Ranking(self, city, graph, relationships, options);
    rankRelationBuyers(graph, relations, relationships, outranked, top);
    if (index.isPresent() && relations.known().length > 0) {
      byCapability(graph, relations, offered, seller, existing, evidence, options, top);
    }
    evidence.forEach((uscc, why) -> top.consider(uscc, graph.idOf(uscc), why.value(), why, SupplyGraph.ABSENT));
    List<Match> ranked = top.matches();
    return new OfferResult(offer, understood, ranked);
  }

  /**
   * Offers every relation buyer that may still rank to {@code top}: first those related to the
   * seller (few, found from its side), then the others group by group, best bound first, each
   * group in code order until even its bound cannot beat the worst kept (the order ties are broken
   * in, so the rest of the group cannot either).
   */
  private void rankRelationBuyers(
      SupplyGraph graph, RelationBuyers relations, Relationships relationships, IntHashSet outranked, Ranking top) {
    for (int id : relationships.listed()) {
      double value = relations.value(id);
      if (value == NO_RELATION || outranked.contains(id)) {
        continue;
      }
      Enterprise known = graph.enterpriseAt(id);
      double bound = top.bound(value, known.region(), known.key(), relationships.of(id).value());
      if (top.mayEnter(top.inCity(known.region()), bound, value, id)) {
        top.consider(graph.usccAt(id), id, value, null, relations.product(id));
      }
    }
    for (int i = 0; i < relations.products(); i++) {
      double value = relations.valueOf(i);
      ProductBuyers buyers = relations.buyersOf(i);
      int groups = buyers.groups();
      double[] bounds = new double[groups];
      boolean[] inCity = new boolean[groups];
      List<Integer> order = new ArrayList<>(groups);
      for (int g = 0; g < groups; g++) {
        RegionCode region = buyers.groupRegion(g);
        if (top.outOfScope(region)) {
          continue;
        }
        bounds[g] = top.bound(value, region, buyers.groupKey(g), relationships.unlisted());
        inCity[g] = top.inCity(region);
        order.add(g);
      }
      order.sort(Comparator.<Integer, Boolean>comparing(g -> !inCity[g]).thenComparing(g -> -bounds[g]));
      for (int g : order) {
        for (int k = buyers.groupBegin(g); k < buyers.groupEnd(g); k++) {
          int id = buyers.groupedAt(k);
          if (!top.mayEnter(inCity[g], bounds[g], value, id)) {
            break;
          }
          if (relations.owns(i, id) && !outranked.contains(id) && !relationships.listed(id)) {
            top.consider(graph.usccAt(id), id, value, null, relations.product(id));
          }
        }
      }
    }
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
   * Buyers by capability: the makers of what the known buyers (found along relations) most often
   * make. A product whose makers could not rank even with every factor at its best is not
   * searched: nothing it finds would be shown.
   */
  private void byCapability(
      SupplyGraph graph, RelationBuyers relations, IntDoubleHashMap offered, int seller, IntHashSet existing,
      Map<Uscc, Evidence> evidence, MatchOptions options, Ranking top) throws IOException {
    IntIntHashMap counts = new IntIntHashMap();
    int[] buyers = relations.known();
    int sampled = Math.min(buyers.length, DOWNSTREAM_SAMPLE);
    for (int i = 0; i < sampled; i++) {
      // Spread the sample over the whole id range rather than taking the lowest ids.
      int buyer = buyers[(int) ((long) i * buyers.length / sampled)];
      // Each product the buyer makes counts once: its relations come by product, so a product
      // repeats only in a run; a listed one counts unless supplied or listed before.
      int begin = graph.outEdgesBegin(buyer);
      int end = graph.outEdgesEnd(buyer);
      int last = SupplyGraph.ABSENT;
      for (int e = begin; e < end; e++) {
        int p = graph.edgeProduct(e);
        if (p != last) {
          last = p;
          if (!offered.containsKey(p)) {
            counts.addToValue(p, 1);
          }
        }
      }
      List<String> listed = graph.enterpriseAt(buyer).products();
      int[] ids = new int[listed.size()];
      for (int l = 0; l < ids.length; l++) {
        int p = graph.productId(listed.get(l));
        ids[l] = p;
        if (p != SupplyGraph.ABSENT && !offered.containsKey(p) && !supplies(graph, begin, end, p)
            && !among(ids, l, p)) {
          counts.addToValue(p, 1);
        }
      }
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
      // A maker's value is this times its relevance over the best one's, so at most this.
      double most = CAPABILITY_BASE + CAPABILITY_SHARE * share;
      if (!top.mayEnterAnywhere(most)) {
        continue;
      }
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
            && (relations.isKnown(id) || existing.contains(id) || makesAny(graph, id, offeredIds))) {
          continue;
        }
        double value = most * c.relevance() / makers.get(0).relevance();
        offer(evidence, c.uscc(), new Evidence(value,
            String.format(Locale.ROOT, "生产%s，%.0f%%的已知买家亦生产", product, 100 * share), product));
      }
    }
  }

  /** Whether one of the edges {@code begin..end} carries product {@code p}. */
  private static boolean supplies(SupplyGraph graph, int begin, int end, int p) {
    for (int e = begin; e < end; e++) {
      if (graph.edgeProduct(e) == p) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the first {@code count} of {@code ids} is {@code p}. */
  private static boolean among(int[] ids, int count, int p) {
    for (int l = 0; l < count; l++) {
      if (ids[l] == p) {
        return true;
      }
    }
    return false;
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

  private static boolean allowed(Enterprise buyer, MatchOptions options, RegionCode city) {
    return options.states().contains(buyer.status().state())
        && buyer.status().effectiveCapacity() >= options.minCapacity()
        && (options.scope() != RegionScope.IN_CITY_ONLY || buyer.region().isWithin(city));
  }

  /**
   * The best {@code topK} buyers seen so far, kept in a bounded heap: each candidate is scored with
   * numbers only, and its contributions with their notes are built for the ones shown. Answers
   * whether a buyer known only by a bound on its score may still enter. Not thread-safe; one per
   * call.
   */
  private final class Ranking {
    private final Enterprise self;
    private final RegionCode city;
    private final SupplyGraph graph;
    private final Relationships relationships;
    private final MatchOptions options;
    private final MatchWeights w;
    private final double total;
    /** The worst of the best so far at the head. */
    private final PriorityQueue<Buyer> heap;

    Ranking(Enterprise self, RegionCode city, SupplyGraph graph, Relationships relationships, MatchOptions options) {
      this.self = self;
      this.city = city;
      this.graph = graph;
      this.relationships = relationships;
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
      double score = score(value, FactorValue.readinessValue(buyer.status()),
          FactorValue.proximity(self.region().proximityTo(buyer.region())).value(),
          relationships.of(id).value(), buyer.key() ? 1 : 0);
      Buyer c = new Buyer(buyer, id, value, score, inCity(buyer.region()), why, product);
      if (heap.size() < options.topK()) {
        heap.add(c);
      } else if (BETTER.compare(c, heap.peek()) < 0) {
        heap.poll();
        heap.add(c);
      }
    }

    /**
     * The score for these factor values: the same arithmetic, in the same order, as the
     * contributions built in matches(), so that it is exactly their sum. Never less for a greater
     * value of any factor (every step rounds monotonically), which makes the bounds below sound.
     */
    double score(double value, double readiness, double proximity, double relationship, double key) {
      return Math.min(1, value * w.relevance() / total
          + part(readiness, value, w.readiness())
          + part(proximity, value, w.proximity())
          + part(relationship, value, w.relationship())
          + part(key, value, w.keyEnterprise()));
    }

    /**
     * The most a buyer in {@code region} with key flag {@code key} and this relationship can
     * score: readiness is the directory's to say, so it is taken at its best (1: working at full
     * capacity).
     */
    double bound(double value, RegionCode region, boolean key, double relationship) {
      return score(value, 1, FactorValue.proximity(self.region().proximityTo(region)).value(), relationship,
          key ? 1 : 0);
    }

    /** Whether a buyer in {@code region} counts as in the city (only for {@link RegionScope#IN_CITY_FIRST}). */
    boolean inCity(RegionCode region) {
      return options.scope() == RegionScope.IN_CITY_FIRST && region.isWithin(city);
    }

    /** Whether the scope rules out every buyer in {@code region}. */
    boolean outOfScope(RegionCode region) {
      return options.scope() == RegionScope.IN_CITY_ONLY && !region.isWithin(city);
    }

    /**
     * Whether a buyer that at best counts as in the city as {@code inCity} says, scores {@code
     * score} with evidence {@code value}, and is enterprise {@code id} (a graph id, or {@link
     * SupplyGraph#ABSENT} for any), would beat the worst buyer kept: the order of {@link #BETTER}.
     * The code is read only on a tie.
     */
    boolean mayEnter(boolean inCity, double score, double value, int id) {
      if (heap.size() < options.topK()) {
        return true;
      }
      Buyer worst = heap.peek();
      if (inCity != worst.inCity()) {
        return inCity;
      }
      int c = Double.compare(score, worst.score());
      if (c == 0) {
        c = Double.compare(value, worst.value());
      }
      if (c == 0) {
        c = id == SupplyGraph.ABSENT ? 1 : worst.buyer().uscc().value().compareTo(graph.usccAt(id).value());
      }
      return c > 0;
    }

    /** Whether any buyer with evidence worth at most {@code value} may still enter. */
    boolean mayEnterAnywhere(double value) {
      return mayEnter(options.scope() == RegionScope.IN_CITY_FIRST, score(value, 1, 1, 1, 1), value, SupplyGraph.ABSENT);
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
            relationships.of(c.id()).contribution(Factor.RELATIONSHIP, w.relationship(), total, gate),
            FactorValue.keyEnterprise(buyer.key()).contribution(Factor.KEY_ENTERPRISE, w.keyEnterprise(), total, gate));
        out.add(new Match(out.size() + 1, buyer, SupplierMatcher.sum(parts), parts, matched));
      }
      return out;
    }
  }

  /** {@link RelationBuyers#value} of an enterprise that receives none of the offered products. */
  private static final double NO_RELATION = -1;

  /**
   * The relation buyers of one offer: the cached buyers of each offered product, less the seller
   * and its existing customers. A buyer of several offered products counts for the one worth most
   * (the lowest product id among equals), as if the products were walked in id order keeping the
   * first best. Not thread-safe; one per call.
   */
  private final class RelationBuyers {
    private final int[] products;
    private final double[] values;
    private final ProductBuyers[] buyers;
    private final int seller;
    private final IntHashSet existing;
    private int[] known;

    RelationBuyers(IntDoubleHashMap offered, int seller, IntHashSet existing) {
      int[] ids = offered.keySet().toSortedArray();
      int n = 0;
      for (int p : ids) {
        if (RELATION_EVIDENCE * offered.get(p) > 0) {
          n++;
        }
      }
      this.products = new int[n];
      this.values = new double[n];
      this.buyers = new ProductBuyers[n];
      int i = 0;
      for (int p : ids) {
        double value = RELATION_EVIDENCE * offered.get(p);
        if (value > 0) {
          products[i] = p;
          values[i] = value;
          buyers[i] = productBuyers.of(p);
          i++;
        }
      }
      this.seller = seller;
      this.existing = existing;
    }

    int products() {
      return products.length;
    }

    double valueOf(int i) {
      return values[i];
    }

    ProductBuyers buyersOf(int i) {
      return buyers[i];
    }

    /** The offered product (index) that {@code id} counts for, or -1 if it is no relation buyer. */
    private int owner(int id) {
      if (id == seller || existing.contains(id)) {
        return -1;
      }
      int best = -1;
      for (int i = 0; i < products.length; i++) {
        if ((best < 0 || values[i] > values[best]) && buyers[i].contains(id)) {
          best = i;
        }
      }
      return best;
    }

    /** The relation value of {@code id}, or {@link #NO_RELATION}. */
    double value(int id) {
      int i = owner(id);
      return i < 0 ? NO_RELATION : values[i];
    }

    /** The product (a graph id) a relation buyer counts for. */
    int product(int id) {
      return products[owner(id)];
    }

    /** Whether buyer {@code id} of offered product {@code i} counts for that product. */
    boolean owns(int i, int id) {
      if (products.length == 1) {
        return id != seller && !existing.contains(id);
      }
      return owner(id) == i;
    }

    /** Whether {@code id} is a relation buyer. */
    boolean isKnown(int id) {
      return owner(id) >= 0;
    }

    /** Every relation buyer, by id. */
    int[] known() {
      if (known == null) {
        int[] all = new int[0];
        for (ProductBuyers b : buyers) {
          all = union(all, b);
        }
        int n = 0;
        for (int id : all) {
          if (id != seller && !existing.contains(id)) {
            all[n++] = id;
          }
        }
        known = n == all.length ? all : Arrays.copyOf(all, n);
      }
      return known;
    }

    /** The ids in {@code a} (ascending) or among {@code b}'s buyers, ascending, in a new array. */
    private static int[] union(int[] a, ProductBuyers b) {
      int[] out = new int[a.length + b.size()];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < a.length || j < b.size()) {
        if (j == b.size() || i < a.length && a[i] < b.byIdAt(j)) {
          out[n++] = a[i++];
        } else if (i == a.length || b.byIdAt(j) < a[i]) {
          out[n++] = b.byIdAt(j++);
        } else {
          out[n++] = a[i++];
          j++;
        }
      }
      return n == out.length ? out : Arrays.copyOf(out, n);
    }
  }

  /**
   * The seller's partners (its customers) and its neighbours (partners and suppliers): a buyer
   * that receives anything from a neighbour is a partner's partner. When the neighbours supply few
   * enterprises, those are listed from the seller's side, so that every related buyer is known
   * before any is visited; when they supply many (a hub among them), a buyer's own suppliers are
   * checked instead, and a buyer not listed may still be a partner's partner.
   */
  private record Relationships(SupplyGraph graph, IntHashSet partners, IntHashSet neighbours, IntHashSet twoHops) {

    static Relationships of(SupplyGraph graph, int seller, int listedAtMost) {
      IntHashSet partners = new IntHashSet();
      IntHashSet neighbours = new IntHashSet();
      if (seller == SupplyGraph.ABSENT) {
        return new Relationships(graph, partners, neighbours, new IntHashSet());
      }
      for (int e = graph.outEdgesBegin(seller); e < graph.outEdgesEnd(seller); e++) {
        partners.add(graph.edgeCustomer(e));
      }
      neighbours.addAll(partners);
      for (int k = graph.inEdgesBegin(seller); k < graph.inEdgesEnd(seller); k++) {
        neighbours.add(graph.edgeSupplier(graph.inEdgeAt(k)));
      }
      long supplied = 0;
      for (var it = neighbours.intIterator(); it.hasNext(); ) {
        int n = it.next();
        supplied += graph.outEdgesEnd(n) - graph.outEdgesBegin(n);
      }
      if (supplied > listedAtMost) {
        return new Relationships(graph, partners, neighbours, null);
      }
      IntHashSet twoHops = new IntHashSet();
      neighbours.forEach(n -> {
        for (int e = graph.outEdgesBegin(n); e < graph.outEdgesEnd(n); e++) {
          twoHops.add(graph.edgeCustomer(e));
        }
      });
      return new Relationships(graph, partners, neighbours, twoHops);
    }

    FactorValue of(int buyer) {
      if (buyer == SupplyGraph.ABSENT) {
        return FactorValue.NONE;
      }
      if (partners.contains(buyer)) {
        return OTHER_BUSINESS;
      }
      if (twoHops != null) {
        return twoHops.contains(buyer) ? TWO_HOPS : FactorValue.NONE;
      }
      for (int k = graph.inEdgesBegin(buyer); k < graph.inEdgesEnd(buyer); k++) {
        if (neighbours.contains(graph.edgeSupplier(graph.inEdgeAt(k)))) {
          return TWO_HOPS;
        }
      }
      return FactorValue.NONE;
    }

    /** Whether {@code buyer} is {@linkplain #listed() listed} as related to the seller. */
    boolean listed(int buyer) {
      return partners.contains(buyer) || twoHops != null && twoHops.contains(buyer);
    }

    /** The enterprises known to be related to the seller, in no particular order. */
    int[] listed() {
      IntHashSet all = new IntHashSet(partners);
      if (twoHops != null) {
        all.addAll(twoHops);
      }
      return all.toArray();
    }

    /** The most relationship value a buyer not {@linkplain #listed() listed} can have. */
    double unlisted() {
      return twoHops == null ? TWO_HOPS.value() : FactorValue.NONE.value();
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
    private CapabilityIndex index;
    private MatchOptions options = MatchOptions.defaults();

    private Builder() {}

    /** Every enterprise; a graph of them and the relations is built. Not together with a graph. */
    public Builder enterprises(Collection<Enterprise> all) {
      this.enterprises = checkNotNull(all, "enterprises");
      return this;
    }

    /** The known supply relations among the enterprises; default none. */
    public Builder relations(Collection<SupplyRelation> all) {
      this.relations = checkNotNull(all, "relations");
      return this;
    }

    /** The supply graph to read relations (and, without a directory, enterprises) from. */
    public Builder graph(SupplyGraph value) {
      this.graph = checkNotNull(value, "graph");
      return this;
    }

    /**
     * Where enterprises, with their current statuses, are looked up at match time; default the
     * graph. Thread-safe, never returning null.
     */
    public Builder directory(Function<Uscc, Optional<Enterprise>> lookup) {
      this.directory = checkNotNull(lookup, "directory");
      return this;
    }

    /**
     * The capability index of the same enterprises: finds the names the relations give the offered
     * product and the buyers by capability. Default none (relations and open demands only).
     */
    public Builder index(CapabilityIndex value) {
      this.index = checkNotNull(value, "index");
      return this;
    }

    /** The default options; default {@link MatchOptions#defaults()}. */
    public Builder options(MatchOptions value) {
      this.options = checkNotNull(value, "options");
      return this;
    }

    /**
     * Builds the matcher.
     *
     * @throws IllegalStateException if none of enterprises, graph and directory was given, if
     *     relations were given without enterprises, or if a graph was given with either
     */
    public CustomerMatcher build() {
      return new CustomerMatcher(
          RelationView.assemble(enterprises, relations, graph, directory), Optional.ofNullable(index), options);
    }
  }
}
