package org.chainmatch.core.analysis;

import org.chainmatch.core.graph.SupplyGraph;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The per-topology tables of the resumption analysis: each enterprise's inputs as <em>input
 * groups</em>, one per (customer, product) run of the graph's in-edge index, with every supplier's
 * effective share. Built once per graph topology in time and memory linear in relations; the
 * statuses are not read, so any number of reports share one instance.
 *
 * <p>Why arrays by in-edge position as well as by edge id: evaluating an input, or scanning an
 * enterprise's suppliers in the cascade, then reads memory in order instead of jumping to a random
 * edge id per supplier, a cache miss each at a million enterprises. Immutable after construction
 * (the arrays are never handed out); thread-safe.
 */
final class InputGroups {
  private final int count;
  private final int[] start; // by group: first in-edge position; length count + 1
  private final int[] customer; // by group
  private final int[] product; // by group: its product id, read for every record and sort key
  private final int[] first; // by enterprise: its groups are first[v] .. first[v + 1] - 1
  private final int[] ofEdge; // by edge id
  private final double[] effectiveShare; // by edge id; 0 for a repeated supplier within its group
  private final int[] supplierAtPosition; // by in-edge position
  private final double[] shareAtPosition; // by in-edge position

  /** Groups {@code graph}'s in-edges; O(relations). */
  InputGroups(SupplyGraph graph) {
    int n = graph.enterpriseCount();
    int m = graph.relationCount();
    IntArrayList starts = new IntArrayList();
    IntArrayList customers = new IntArrayList();
    IntArrayList products = new IntArrayList();
    first = new int[n + 1];
    ofEdge = new int[m];
    effectiveShare = new double[m];
    for (int v = 0; v < n; v++) {
      first[v] = starts.size();
      int end = graph.inEdgesEnd(v);
      for (int k = graph.inEdgesBegin(v); k < end; ) {
        int p = graph.edgeProduct(graph.inEdgeAt(k));
        int runEnd = k;
        while (runEnd < end && graph.edgeProduct(graph.inEdgeAt(runEnd)) == p) {
          ofEdge[graph.inEdgeAt(runEnd)] = starts.size();
          runEnd++;
        }
        starts.add(k);
        customers.add(v);
        products.add(p);
        assignShares(graph, k, runEnd);
        k = runEnd;
      }
    }
    first[n] = starts.size();
    count = starts.size();
    starts.add(m);
    start = starts.toArray();
    customer = customers.toArray();
    product = products.toArray();
    supplierAtPosition = new int[m];
    shareAtPosition = new double[m];
    for (int k = 0; k < m; k++) {
      int e = graph.inEdgeAt(k);
      supplierAtPosition[k] = graph.edgeSupplier(e);
      shareAtPosition[k] = effectiveShare[e];
    }
  }

  /** Number of input groups. */
  int count() {
    return count;
  }

  /** The customer whose input group {@code g} is. */
  int customer(int g) {
    return customer[g];
  }

  /** The product id of input group {@code g}. */
  int product(int g) {
    return product[g];
  }

  /** The first input group of enterprise {@code v}. */
  int firstOf(int v) {
    return first[v];
  }

  /** One past the last input group of enterprise {@code v}. */
  int endOf(int v) {
    return first[v + 1];
  }

  /** The input group of edge id {@code e}. */
  int ofEdge(int e) {
    return ofEdge[e];
  }

  /** The effective share of edge id {@code e} (0 for a repeated supplier within its group). */
  double effectiveShare(int e) {
    return effectiveShare[e];
  }

  /** The first in-edge position of group {@code g}'s suppliers. */
  int suppliersBegin(int g) {
    return start[g];
  }

  /** One past the last in-edge position of group {@code g}'s suppliers. */
  int suppliersEnd(int g) {
    return start[g + 1];
  }

  /** The supplier at in-edge position {@code k}. */
  int supplierAt(int k) {
    return supplierAtPosition[k];
  }

  /** The effective share at in-edge position {@code k}. */
  double shareAt(int k) {
    return shareAtPosition[k];
  }

  // In-edge positions [begin, end) hold one customer's suppliers of one product, by supplier id.
  // Repeated relations of one supplier are adjacent; the first carries the supplier's share.
  private void assignShares(SupplyGraph graph, int begin, int end) {
    int distinct = 0;
    int unknown = 0;
    double known = 0;
    for (int k = begin; k < end; ) {
      int runEnd = supplierRunEnd(graph, k, end);
      double share = supplierShare(graph, k, runEnd);
      distinct++;
      if (Double.isNaN(share)) {
        unknown++;
      } else {
        known += share;
      }
      k = runEnd;
    }
    double rest =
        unknown == distinct ? 1.0 / distinct : Math.max(0, 1 - known) / Math.max(1, unknown);
    for (int k = begin; k < end; ) {
      int runEnd = supplierRunEnd(graph, k, end);
      double share = supplierShare(graph, k, runEnd);
      effectiveShare[graph.inEdgeAt(k)] = Double.isNaN(share) ? rest : share;
      for (int r = k + 1; r < runEnd; r++) {
        effectiveShare[graph.inEdgeAt(r)] = 0;
      }
      k = runEnd;
    }
  }

  private static int supplierRunEnd(SupplyGraph graph, int k, int end) {
    int supplier = graph.edgeSupplier(graph.inEdgeAt(k));
    int r = k + 1;
    while (r < end && graph.edgeSupplier(graph.inEdgeAt(r)) == supplier) {
      r++;
    }
    return r;
  }

  // The largest share given on a supplier's repeated relations, NaN if none gives one: a choice
  // that does not depend on the order the relations were added.
  private static double supplierShare(SupplyGraph graph, int begin, int end) {
    double share = Double.NaN;
    for (int k = begin; k < end; k++) {
      double s = graph.edgeShare(graph.inEdgeAt(k));
      if (!Double.isNaN(s) && (Double.isNaN(share) || s > share)) {
        share = s;
      }
    }
    return share;
  }
}
