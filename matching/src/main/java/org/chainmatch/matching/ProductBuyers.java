package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.graph.SupplyGraph;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * The enterprises that receive one product along the relations of a {@link SupplyGraph}: a pure
 * fact of the graph, kept so that an offer of a common product does not walk its tens of
 * thousands of relations again.
 *
 * <p>The buyers are held twice: by id, to test membership and to sample them; and grouped by what
 * bounds their score without asking the directory (the region and key flag the graph holds), each
 * group in code order, so that {@link CustomerMatcher} can look up only the buyers that may still
 * rank.
 *
 * <p>Immutable; the arrays are never handed out for writing.
 */
final class ProductBuyers {

  private static final ProductBuyers NONE =
      new ProductBuyers(new int[0], new int[0], new int[] {0}, new RegionCode[0], new boolean[0]);

  /** The buyers, by id ascending. */
  private final int[] byId;
  /** The buyers, group after group; within a group by code ascending. */
  private final int[] grouped;
  /** Where each group starts in {@link #grouped}, and one past the end last. */
  private final int[] groupStart;
  private final RegionCode[] groupRegion;
  private final boolean[] groupKey;

  private ProductBuyers(int[] byId, int[] grouped, int[] groupStart, RegionCode[] groupRegion, boolean[] groupKey) {
    this.byId = byId;
    this.grouped = grouped;
    this.groupStart = groupStart;
    this.groupRegion = groupRegion;
    this.groupKey = groupKey;
  }

  /**
   * The buyers of {@code product} in {@code graph}: the customers of its relations, each once.
   * {@code codeOrder} ranks every enterprise id by code ({@link Cache#codeOrder}).
   */
  static ProductBuyers of(SupplyGraph graph, int product, CodeOrder codeOrder) {
    IntHashSet seen = new IntHashSet();
    for (int k = graph.makersBegin(product); k < graph.makersEnd(product); k++) {
      int maker = graph.makerAt(k);
      for (int e = graph.outEdgesBegin(maker); e < graph.outEdgesEnd(maker); e++) {
        if (graph.edgeProduct(e) == product) {
          seen.add(graph.edgeCustomer(e));
        }
      }
    }
    if (seen.isEmpty()) {
      return NONE;
    }
    int[] byId = seen.toSortedArray();
    int[] ranks = new int[byId.length];
    for (int i = 0; i < byId.length; i++) {
      ranks[i] = codeOrder.rank(byId[i]);
    }
    Arrays.sort(ranks);
    Map<Group, IntArrayList> groups = new LinkedHashMap<>();
    for (int rank : ranks) {
      int id = codeOrder.idAt(rank);
      Enterprise e = graph.enterpriseAt(id);
      groups.computeIfAbsent(new Group(e.region(), e.key()), g -> new IntArrayList()).add(id);
    }
    int[] grouped = new int[byId.length];
    int[] starts = new int[groups.size() + 1];
    RegionCode[] regions = new RegionCode[groups.size()];
    boolean[] keys = new boolean[groups.size()];
    int g = 0;
    int at = 0;
    for (Map.Entry<Group, IntArrayList> entry : groups.entrySet()) {
      starts[g] = at;
      regions[g] = entry.getKey().region();
      keys[g] = entry.getKey().key();
      IntArrayList members = entry.getValue();
      for (int i = 0; i < members.size(); i++) {
        grouped[at++] = members.get(i);
      }
      g++;
    }
    starts[g] = at;
    return new ProductBuyers(byId, grouped, starts, regions, keys);
  }

  /** Every enterprise of a graph in code order: an id's rank, and the id at each rank. */
  static final class CodeOrder {
    private final int[] rank;
    private final int[] id;

    CodeOrder(SupplyGraph graph) {
      int n = graph.enterpriseCount();
      Integer[] ids = new Integer[n];
      for (int i = 0; i < n; i++) {
        ids[i] = i;
      }
      Arrays.sort(ids, Comparator.comparing(i -> graph.usccAt(i).value()));
      this.id = new int[n];
      this.rank = new int[n];
      for (int r = 0; r < n; r++) {
        id[r] = ids[r];
        rank[ids[r]] = r;
      }
    }

    int rank(int enterprise) {
      return rank[enterprise];
    }

    int idAt(int position) {
      return id[position];
    }
  }

  private record Group(RegionCode region, boolean key) {}

  /** Number of buyers. */
  int size() {
    return byId.length;
  }

  /** Whether enterprise {@code id} receives the product along a relation. */
  boolean contains(int id) {
    return Arrays.binarySearch(byId, id) >= 0;
  }

  /** The buyer at {@code position} in id order. */
  int byIdAt(int position) {
    return byId[position];
  }

  /** Number of groups. */
  int groups() {
    return groupRegion.length;
  }

  /** The region (as the graph holds it) of every buyer in group {@code group}. */
  RegionCode groupRegion(int group) {
    return groupRegion[group];
  }

  /** The key-enterprise flag (as the graph holds it) of every buyer in group {@code group}. */
  boolean groupKey(int group) {
    return groupKey[group];
  }

  /** The first position of group {@code group} in {@link #groupedAt}. */
  int groupBegin(int group) {
    return groupStart[group];
  }

  /** One past the last position of group {@code group}. */
  int groupEnd(int group) {
    return groupStart[group + 1];
  }

  /** The buyer at {@code position} of the grouped order. */
  int groupedAt(int position) {
    return grouped[position];
  }

  /**
   * Every product's buyers in one graph, each found on first use, and the enterprises' code order
   * they are sorted by, found once (sorting every code; about a second at a million enterprises).
   * Thread-safe: two threads asking for the same product at once may both compute it (the same
   * value); one result is kept.
   */
  static final class Cache {
    private final SupplyGraph graph;
    private final AtomicReferenceArray<ProductBuyers> byProduct;
    private volatile CodeOrder codeOrder;

    Cache(SupplyGraph graph) {
      this.graph = checkNotNull(graph, "graph");
      this.byProduct = new AtomicReferenceArray<>(graph.productCount());
    }

    /** The buyers of product {@code product} (a graph product id). */
    ProductBuyers of(int product) {
      ProductBuyers known = byProduct.get(product);
      if (known != null) {
        return known;
      }
      ProductBuyers found = ProductBuyers.of(graph, product, codeOrder());
      ProductBuyers first = byProduct.compareAndExchange(product, null, found);
      return first == null ? found : first;
    }

    private CodeOrder codeOrder() {
      CodeOrder order = codeOrder;
      if (order == null) {
        synchronized (this) {
          order = codeOrder;
          if (order == null) {
            order = new CodeOrder(graph);
            codeOrder = order;
          }
        }
      }
      return order;
    }
  }
}
