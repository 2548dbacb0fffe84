package org.chainmatch.core.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;

/**
 * A directed supplier &rarr; customer graph of enterprises whose edges are {@link SupplyRelation}s,
 * compact enough to hold a whole city's economy and its outside suppliers (a million enterprises,
 * several million relations) in a few hundred megabytes besides the enterprises themselves.
 *
 * <p><b>Representation.</b> Enterprises get dense {@code int} ids {@code 0..enterpriseCount()-1}
 * in the order they were added. Relations are stored in our own compressed sparse row (CSR) form:
 * edge ids {@code 0..relationCount()-1} are ordered by (supplier, product, customer), so the
 * relations <em>from</em> an enterprise are the contiguous range {@link #outEdgesBegin(int)} to
 * {@link #outEdgesEnd(int)}; a second index lists edge ids by (customer, product, supplier) for the
 * relations <em>into</em> an enterprise. Products are interned to {@code int} ids. Per relation
 * the graph holds five primitive values (supplier, customer, product, share, in-index position),
 * 24 bytes; see {@code core/GRAPH.md} for measured figures. Graph algorithms from JGraphT run on
 * {@link #topology()}, a read-only JGraphT view of the same arrays; no JGraphT graph is copied.
 *
 * <p><b>Queries.</b> The {@link Uscc}-keyed methods are for callers who think in enterprises; the
 * {@code int}-keyed methods ({@link #idOf(Uscc)}, {@link #enterpriseAt(int)}, {@link
 * #statusAt(int)}, the edge accessors) are for analysis and matching code that walks millions of
 * relations and cannot afford an object per step. Methods that take a {@code Uscc} throw {@link
 * IllegalArgumentException} naming the code when it is not in the graph, except {@link
 * #enterprise(Uscc)}, {@link #contains(Uscc)} and {@link #idOf(Uscc)}. Product arguments are
 * compared exactly after trimming surrounding white space, as products are stored trimmed.
 *
 * <p>The same supplier, customer and product may appear in several relations (the CSV loader does
 * not detect duplicates); the graph keeps them all, and set-valued queries collapse them.
 *
 * <p>Instances are immutable and thread-safe. {@link #withStatuses(Map)} returns a graph that
 * shares everything but the status array. Methods throw {@link NullPointerException} on {@code
 * null} arguments.
 */
public final class SupplyGraph {

  /** Returned by {@link #idOf(Uscc)} and {@link #productId(String)} for an unknown key. */
  public static final int ABSENT = -1;

  private final Enterprise[] enterprises; // by id; statuses as added
  // by id; the codes again, so that code lookups in bulk (an analysis's records) read one array
  // rather than an Enterprise object per id
  private final Uscc[] codes;
  private final ObjectIntHashMap<Uscc> ids;
  private final OperatingStatus[] statuses; // by id; current
  private final String[] products; // by product id
  private final ObjectIntHashMap<String> productIds;
  private final int[] outStart; // length n + 1
  private final int[] source; // by edge id
  private final int[] target;
  private final int[] product;
  private final double[] share; // NaN when unknown
  private final int[] inStart; // length n + 1
  private final int[] inEdges; // edge ids by (customer, product, supplier)
  private final int[] makerStart; // length products.length + 1
  private final int[] makers; // enterprise ids by (product, id), each once per product
  private final ImmutableMap<RegionCode, int[]> byRegion;
  private final CompactDigraph topology;

  private SupplyGraph(
      Enterprise[] enterprises,
      ObjectIntHashMap<Uscc> ids,
      OperatingStatus[] statuses,
      String[] products,
      ObjectIntHashMap<String> productIds,
      int[] outStart,
      int[] source,
      int[] target,
      int[] product,
      double[] share,
      int[] inStart,
      int[] inEdges,
      int[] makerStart,
      int[] makers,
      ImmutableMap<RegionCode, int[]> byRegion,
      Uscc[] codes) {
    this.enterprises = enterprises;
    this.codes = codes;
    this.ids = ids;
    this.statuses = statuses;
    this.products = products;
    this.productIds = productIds;
    this.outStart = outStart;
    this.source = source;
    this.target = target;
    this.product = product;
    this.share = share;
    this.inStart = inStart;
    this.inEdges = inEdges;
    this.makerStart = makerStart;
    this.makers = makers;
    this.byRegion = byRegion;
    this.topology = new CompactDigraph(this);
  }

  // Shares everything with base but the statuses.
  private SupplyGraph(SupplyGraph base, OperatingStatus[] statuses) {
    this(
        base.enterprises,
        base.ids,
        statuses,
        base.products,
        base.productIds,
        base.outStart,
        base.source,
        base.target,
        base.product,
        base.share,
        base.inStart,
        base.inEdges,
        base.makerStart,
        base.makers,
        base.byRegion,
        base.codes);
  }

  /** Returns a builder for a graph; see {@link Builder} for the order of calls. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a graph of these enterprises and relations.
   *
   * @throws IllegalArgumentException if two enterprises share a code, or a relation names an
   *     enterprise that is not among {@code enterprises}
   */
  public static SupplyGraph of(
      Collection<Enterprise> enterprises, Collection<SupplyRelation> relations) {
    Builder builder = builder();
    enterprises.forEach(builder::addEnterprise);
    relations.forEach(builder::addRelation);
    return builder.build();
  }

  /** Number of enterprises. */
  public int enterpriseCount() {
    return enterprises.length;
  }

  /** Number of relations, duplicates included. */
  public int relationCount() {
    return source.length;
  }

  /** The enterprise with this code, with its current status, or empty if it is not in the graph. */
  public Optional<Enterprise> enterprise(Uscc uscc) {
    int id = idOf(uscc);
    return id == ABSENT ? Optional.empty() : Optional.of(enterpriseAt(id));
  }

  /** Whether an enterprise with this code is in the graph. */
  public boolean contains(Uscc uscc) {
    return idOf(uscc) != ABSENT;
  }

  /** The relations into {@code customer}, one per supplier and product, by product then supplier. */
  public List<SupplyRelation> relationsInto(Uscc customer) {
    int v = requireId(customer);
    ImmutableList.Builder<SupplyRelation> out = ImmutableList.builder();
    for (int k = inStart[v]; k < inStart[v + 1]; k++) {
      out.add(relationAt(inEdges[k]));
    }
    return out.build();
  }

  /** The relations from {@code supplier} to its customers, by product then customer. */
  public List<SupplyRelation> relationsFrom(Uscc supplier) {
    int v = requireId(supplier);
    ImmutableList.Builder<SupplyRelation> out = ImmutableList.builder();
    for (int e = outStart[v]; e < outStart[v + 1]; e++) {
      out.add(relationAt(e));
    }
    return out.build();
  }

  /** The direct suppliers of {@code customer}, of any product. */
  public Set<Uscc> suppliersOf(Uscc customer) {
    int v = requireId(customer);
    ImmutableSet.Builder<Uscc> out = ImmutableSet.builder();
    for (int k = inStart[v]; k < inStart[v + 1]; k++) {
      out.add(usccAt(source[inEdges[k]]));
    }
    return out.build();
  }

  /** The direct suppliers of {@code customer} for {@code product}; empty for an unknown product. */
  public Set<Uscc> suppliersOf(Uscc customer, String product) {
    int v = requireId(customer);
    int p = productId(product);
    ImmutableSet.Builder<Uscc> out = ImmutableSet.builder();
    for (int k = inStart[v]; k < inStart[v + 1]; k++) {
      int e = inEdges[k];
      if (this.product[e] == p) {
        out.add(usccAt(source[e]));
      }
    }
    return out.build();
  }

  /** The direct customers of {@code supplier}, of any product. */
  public Set<Uscc> customersOf(Uscc supplier) {
    int v = requireId(supplier);
    ImmutableSet.Builder<Uscc> out = ImmutableSet.builder();
    for (int e = outStart[v]; e < outStart[v + 1]; e++) {
      out.add(usccAt(target[e]));
    }
    return out.build();
  }

  /** The direct customers of {@code supplier} for {@code product}; empty for an unknown product. */
  public Set<Uscc> customersOf(Uscc supplier, String product) {
    int v = requireId(supplier);
    int p = productId(product);
    ImmutableSet.Builder<Uscc> out = ImmutableSet.builder();
    for (int e = outStart[v]; e < outStart[v + 1]; e++) {
      if (this.product[e] == p) {
        out.add(usccAt(target[e]));
      }
    }
    return out.build();
  }

  /**
   * Every enterprise from which {@code customer} receives goods through at most {@code maxTiers}
   * relations, mapped to its tier: 1 for a direct supplier, 2 for a supplier's supplier, and so on.
   * Each enterprise appears once, at its lowest tier; {@code customer} itself never appears, even
   * on a cycle. Iteration order is by tier.
   *
   * @throws IllegalArgumentException if {@code maxTiers} is negative or the code is unknown
   */
  public Map<Uscc, Integer> upstream(Uscc customer, int maxTiers) {
    return tiers(requireId(customer), maxTiers, false);
  }

  /**
   * Every enterprise that receives goods from {@code supplier} through at most {@code maxTiers}
   * relations, mapped to its tier (1 = direct customer); the mirror image of {@link
   * #upstream(Uscc, int)}.
   */
  public Map<Uscc, Integer> downstream(Uscc supplier, int maxTiers) {
    return tiers(requireId(supplier), maxTiers, true);
  }

  private Map<Uscc, Integer> tiers(int start, int maxTiers, boolean downstream) {
    checkArgument(maxTiers >= 0, "maxTiers must be >= 0 but was %s", maxTiers);
    Map<Uscc, Integer> result = new LinkedHashMap<>();
    IntArrayList frontier = IntArrayList.newListWith(start);
    BitSet seen = new BitSet(enterprises.length);
    seen.set(start);
    for (int tier = 1; tier <= maxTiers && !frontier.isEmpty(); tier++) {
      IntArrayList next = new IntArrayList();
      for (int i = 0; i < frontier.size(); i++) {
        int v = frontier.get(i);
        int begin = downstream ? outStart[v] : inStart[v];
        int end = downstream ? outStart[v + 1] : inStart[v + 1];
        for (int k = begin; k < end; k++) {
          int w = downstream ? target[k] : source[inEdges[k]];
          if (!seen.get(w)) {
            seen.set(w);
            next.add(w);
            result.put(usccAt(w), tier);
          }
        }
      }
      frontier = next;
    }
    return ImmutableMap.copyOf(result);
  }

  /**
   * The enterprises whose region is {@code area} or lies within it; {@code area} may be a
   * province, a city or a county. Ordered by id (insertion order).
   */
  public List<Enterprise> enterprisesIn(RegionCode area) {
    checkNotNull(area, "area");
    IntArrayList found = new IntArrayList();
    byRegion.forEach(
        (region, members) -> {
          if (region.isWithin(area)) {
            found.addAll(members);
          }
        });
    found.sortThis();
    ImmutableList.Builder<Enterprise> out = ImmutableList.builderWithExpectedSize(found.size());
    found.forEach(id -> out.add(enterpriseAt(id)));
    return out.build();
  }

  /**
   * A path with the fewest relations along which goods can flow from {@code from} to {@code to}
   * (each relation's customer is the next one's supplier), found by JGraphT's {@link
   * BFSShortestPath} on {@link #topology()}. Empty when {@code to} cannot be reached; an empty
   * list when {@code from} equals {@code to}. Among equally short paths the one found first in
   * edge order is returned.
   */
  public Optional<List<SupplyRelation>> shortestSupplyPath(Uscc from, Uscc to) {
    int s = requireId(from);
    int t = requireId(to);
    GraphPath<Integer, Integer> path = new BFSShortestPath<>(topology).getPath(s, t);
    if (path == null) {
      return Optional.empty();
    }
    ImmutableList.Builder<SupplyRelation> out = ImmutableList.builder();
    for (int e : path.getEdgeList()) {
      out.add(relationAt(e));
    }
    return Optional.of(out.build());
  }

  /**
   * The products {@code uscc} makes: those it supplies along relations and those it lists, trimmed,
   * each once.
   */
  public Set<String> productsMadeBy(Uscc uscc) {
    int v = requireId(uscc);
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (int e = outStart[v]; e < outStart[v + 1]; e++) {
      out.add(products[product[e]]);
    }
    for (String listed : enterprises[v].products()) {
      out.add(listed.strip());
    }
    return out.build();
  }

  /**
   * The enterprises that list {@code product} or supply it along a relation, compared exactly after
   * trimming; empty if no enterprise makes it. Ordered by id.
   */
  public Set<Uscc> makersOf(String product) {
    int p = productId(product);
    if (p == ABSENT) {
      return ImmutableSet.of();
    }
    ImmutableSet.Builder<Uscc> out = ImmutableSet.builder();
    for (int k = makerStart[p]; k < makerStart[p + 1]; k++) {
      out.add(usccAt(makers[k]));
    }
    return out.build();
  }

  /**
   * This graph with some statuses replaced; the topology, enterprises and indexes are shared, only
   * the status array (4 or 8 bytes per enterprise) is copied.
   *
   * @throws IllegalArgumentException if a code in {@code changes} is not in the graph
   */
  public SupplyGraph withStatuses(Map<Uscc, OperatingStatus> changes) {
    OperatingStatus[] copy = statuses.clone();
    changes.forEach((uscc, status) -> copy[requireId(uscc)] = checkNotNull(status, "status"));
    return new SupplyGraph(this, copy);
  }

  /**
   * A read-only JGraphT view of the topology: vertices are enterprise ids, edges are edge ids, the
   * edge weight is 1. Mutators throw {@link UnsupportedOperationException}. Meant for running
   * JGraphT algorithms without copying the graph; vertex and edge sets are views, not copies.
   */
  public Graph<Integer, Integer> topology() {
    return topology;
  }

  // ---------------------------------------------------------------------------------------------
  // Int-indexed access for analysis and matching. Ids are dense, so callers may size arrays by
  // enterpriseCount(), relationCount() and productCount().

  /** The id of the enterprise with this code, or {@link #ABSENT}. */
  public int idOf(Uscc uscc) {
    checkNotNull(uscc, "uscc");
    return ids.getIfAbsent(uscc, ABSENT);
  }

  /** The enterprise with id {@code id}, with its current status. */
  public Enterprise enterpriseAt(int id) {
    Enterprise e = enterprises[checkElementIndex(id, enterprises.length, "enterprise id")];
    OperatingStatus now = statuses[id];
    return e.status() == now ? e : e.withStatus(now);
  }

  /** The code of the enterprise with id {@code id}. */
  public Uscc usccAt(int id) {
    return codes[id];
  }

  /** The current status of the enterprise with id {@code id}. */
  public OperatingStatus statusAt(int id) {
    return statuses[id];
  }

  /** Number of distinct products (trimmed) on relations and in enterprises' product lists. */
  public int productCount() {
    return products.length;
  }

  /** The id of {@code product} after trimming, or {@link #ABSENT} if no enterprise makes it. */
  public int productId(String product) {
    checkNotNull(product, "product");
    return productIds.getIfAbsent(product.strip(), ABSENT);
  }

  /** The product with id {@code productId}. */
  public String product(int productId) {
    return products[productId];
  }

  /**
   * The first position in the makers index for {@code productId}; {@link #makerAt(int)} maps
   * positions up to {@link #makersEnd(int)} to the ids of enterprises that list the product or
   * supply it, each once, by id.
   */
  public int makersBegin(int productId) {
    return makerStart[productId];
  }

  /** One past the last makers-index position of {@code productId}. */
  public int makersEnd(int productId) {
    return makerStart[productId + 1];
  }

  /** The enterprise id at position {@code position} of the makers index. */
  public int makerAt(int position) {
    return makers[position];
  }

  /**
   * Whether enterprise {@code id} makes product {@code productId} (supplies it or lists it), in
   * time logarithmic in the product's makers: the makers index holds each product's makers by id.
   */
  public boolean makes(int id, int productId) {
    return Arrays.binarySearch(makers, makerStart[productId], makerStart[productId + 1], id) >= 0;
  }

  /** The first edge id from {@code supplierId}; edges to {@link #outEdgesEnd(int)} follow. */
  public int outEdgesBegin(int supplierId) {
    return outStart[supplierId];
  }

  /** One past the last edge id from {@code supplierId}. */
  public int outEdgesEnd(int supplierId) {
    return outStart[supplierId + 1];
  }

  /**
   * The first position in the in-edge index for {@code customerId}; {@link #inEdgeAt(int)} maps
   * positions up to {@link #inEdgesEnd(int)} to edge ids, ordered by product id then supplier id.
   */
  public int inEdgesBegin(int customerId) {
    return inStart[customerId];
  }

  /** One past the last in-edge position of {@code customerId}. */
  public int inEdgesEnd(int customerId) {
    return inStart[customerId + 1];
  }

  /** The edge id at position {@code position} of the in-edge index. */
  public int inEdgeAt(int position) {
    return inEdges[position];
  }

  /** The supplier id of edge {@code edge}. */
  public int edgeSupplier(int edge) {
    return source[edge];
  }

  /** The customer id of edge {@code edge}. */
  public int edgeCustomer(int edge) {
    return target[edge];
  }

  /** The product id of edge {@code edge}. */
  public int edgeProduct(int edge) {
    return product[edge];
  }

  /** The share of edge {@code edge} (0..1), or {@code NaN} when unknown. */
  public double edgeShare(int edge) {
    return share[edge];
  }

  /** The relation of edge {@code edge}, as a value. */
  public SupplyRelation relationAt(int edge) {
    return new SupplyRelation(
        usccAt(source[edge]), usccAt(target[edge]), products[product[edge]], share[edge]);
  }

  private int requireId(Uscc uscc) {
    int id = idOf(uscc);
    checkArgument(id != ABSENT, "enterprise %s is not in the supply graph", uscc);
    return id;
  }

  @Override
  public String toString() {
    return "SupplyGraph[" + enterpriseCount() + " enterprises, " + relationCount() + " relations]";
  }

  /**
   * Collects enterprises and relations; not thread-safe, and spent by {@link #build()}.
   *
   * <p>An enterprise must be added before any relation that names it, so that a relation can be
   * stored as three ints at once rather than held as an object until the end.
   */
  public static final class Builder {
    private final List<Enterprise> enterprises = new ArrayList<>();
    private final ObjectIntHashMap<Uscc> ids = new ObjectIntHashMap<>();
    private final ObjectIntHashMap<String> productIds = new ObjectIntHashMap<>();
    private final List<String> products = new ArrayList<>();
    private final IntArrayList source = new IntArrayList();
    private final IntArrayList target = new IntArrayList();
    private final IntArrayList product = new IntArrayList();
    private final DoubleArrayList share = new DoubleArrayList();
    private boolean built;

    private Builder() {}

    /**
     * Adds an enterprise, which gets the next id.
     *
     * @throws IllegalArgumentException if an enterprise with the same code was added
     */
    public Builder addEnterprise(Enterprise enterprise) {
      checkNotNull(enterprise, "enterprise");
      checkState();
      int id = enterprises.size();
      int previous = ids.getIfAbsentPut(enterprise.uscc(), id);
      checkArgument(previous == id, "enterprise %s added twice", enterprise.uscc());
      enterprises.add(enterprise);
      return this;
    }

    /**
     * Adds a relation between two added enterprises.
     *
     * @throws IllegalArgumentException naming the code if the supplier or customer was not added
     */
    public Builder addRelation(SupplyRelation relation) {
      checkNotNull(relation, "relation");
      checkState();
      int s = ids.getIfAbsent(relation.supplier(), ABSENT);
      checkArgument(
          s != ABSENT, "relation names supplier %s, which is not an added enterprise",
          relation.supplier());
      int t = ids.getIfAbsent(relation.customer(), ABSENT);
      checkArgument(
          t != ABSENT, "relation names customer %s, which is not an added enterprise",
          relation.customer());
      source.add(s);
      target.add(t);
      product.add(intern(relation.product()));
      share.add(relation.share());
      return this;
    }

    private int intern(String name) {
      String trimmed = name.strip();
      int id = productIds.getIfAbsentPut(trimmed, products.size());
      if (id == products.size()) {
        products.add(trimmed);
      }
      return id;
    }

    private void checkState() {
      if (built) {
        throw new IllegalStateException("this builder has already built its graph");
      }
    }

    /** Builds the graph; the builder cannot be used afterwards. */
    public SupplyGraph build() {
      checkState();
      built = true;
      int n = enterprises.size();
      int m = source.size();
      Enterprise[] nodes = enterprises.toArray(new Enterprise[0]);
      for (Enterprise e : nodes) {
        for (String listed : e.products()) {
          intern(listed);
        }
      }
      int[] src = source.toArray();
      int[] dst = target.toArray();
      int[] prod = product.toArray();
      int productCount = products.size();

      // LSD radix sort by (source, product, target): stable counting sorts, least significant
      // key first. Linear in relations, with no per-edge objects.
      int[] order = identity(m);
      order = stableSort(order, dst, n);
      order = stableSort(order, prod, productCount);
      order = stableSort(order, src, n);
      int[] sSource = permute(src, order);
      int[] sTarget = permute(dst, order);
      int[] sProduct = permute(prod, order);
      double[] sShare = new double[m];
      for (int i = 0; i < m; i++) {
        sShare[i] = share.get(order[i]);
      }
      int[] outStart = starts(sSource, n);

      // Edge ids are already in (source, product, target) order; two more stable passes give
      // (target, product, source).
      int[] in = stableSort(identity(m), sProduct, productCount);
      in = stableSort(in, sTarget, n);
      int[] inStart = starts(sTarget, n);

      OperatingStatus[] statuses = new OperatingStatus[n];
      for (int i = 0; i < n; i++) {
        statuses[i] = nodes[i].status();
      }
      int[][] makerIndex = makers(nodes, outStart, sProduct, productCount);
      return new SupplyGraph(
          nodes,
          ids,
          statuses,
          products.toArray(new String[0]),
          productIds,
          outStart,
          sSource,
          sTarget,
          sProduct,
          sShare,
          inStart,
          in,
          makerIndex[0],
          makerIndex[1],
          regions(nodes),
          Arrays.stream(nodes).map(Enterprise::uscc).toArray(Uscc[]::new));
    }

    // Each enterprise once per product it makes (supplies or lists), grouped by product.
    private int[][] makers(Enterprise[] nodes, int[] outStart, int[] sProduct, int productCount) {
      IntArrayList makerProduct = new IntArrayList();
      IntArrayList makerNode = new IntArrayList();
      int[] lastSeenBy = new int[productCount];
      Arrays.fill(lastSeenBy, ABSENT);
      for (int v = 0; v < nodes.length; v++) {
        for (int e = outStart[v]; e < outStart[v + 1]; e++) {
          addMaker(v, sProduct[e], lastSeenBy, makerProduct, makerNode);
        }
        for (String listed : nodes[v].products()) {
          addMaker(v, productIds.get(listed.strip()), lastSeenBy, makerProduct, makerNode);
        }
      }
      int[] byProduct = makerProduct.toArray();
      int[] order = stableSort(identity(byProduct.length), byProduct, productCount);
      return new int[][] {starts(byProduct, productCount), permute(makerNode.toArray(), order)};
    }

    private static void addMaker(
        int v, int p, int[] lastSeenBy, IntArrayList makerProduct, IntArrayList makerNode) {
      if (lastSeenBy[p] != v) {
        lastSeenBy[p] = v;
        makerProduct.add(p);
        makerNode.add(v);
      }
    }

    private static ImmutableMap<RegionCode, int[]> regions(Enterprise[] nodes) {
      Map<RegionCode, IntArrayList> members = new LinkedHashMap<>();
      for (int v = 0; v < nodes.length; v++) {
        members.computeIfAbsent(nodes[v].region(), r -> new IntArrayList()).add(v);
      }
      ImmutableMap.Builder<RegionCode, int[]> out = ImmutableMap.builder();
      members.forEach((region, list) -> out.put(region, list.toArray()));
      return out.build();
    }

    private static int[] identity(int size) {
      int[] order = new int[size];
      Arrays.setAll(order, i -> i);
      return order;
    }

    /** Returns {@code order} stably sorted by {@code key[order[i]]}, keys in {@code 0..range-1}. */
    private static int[] stableSort(int[] order, int[] key, int range) {
      int[] count = new int[range + 1];
      for (int i : order) {
        count[key[i] + 1]++;
      }
      for (int k = 0; k < range; k++) {
        count[k + 1] += count[k];
      }
      int[] sorted = new int[order.length];
      for (int i : order) {
        sorted[count[key[i]]++] = i;
      }
      return sorted;
    }

    private static int[] permute(int[] values, int[] order) {
      int[] out = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        out[i] = values[order[i]];
      }
      return out;
    }

    /** For keys in {@code 0..range-1}: where each key's run starts once the keys are sorted. */
    private static int[] starts(int[] sortedKeys, int range) {
      int[] start = new int[range + 1];
      for (int k : sortedKeys) {
        start[k + 1]++;
      }
      for (int k = 0; k < range; k++) {
        start[k + 1] += start[k];
      }
      return start;
    }
  }
}
