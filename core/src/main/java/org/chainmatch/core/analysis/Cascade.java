package org.chainmatch.core.analysis;

import java.util.BitSet;
import java.util.function.IntPredicate;
import org.chainmatch.core.graph.SupplyGraph;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The cascade tiers of a report: for each enterprise, how many relations separate it from the
 * nearest enterprise that cannot produce (0 for one that cannot; {@code safe} beyond the last
 * tier), kept in one {@code byte} per enterprise.
 *
 * <p>One breadth-first search lowers tiers from sources, for a full analysis and for a what-if's
 * new sources alike; {@link #raise} handles sources that stop being sources, touching only what
 * depended on them alone. Not thread-safe: a report owns its instance and stops changing it once
 * it is built.
 */
final class Cascade {
  private final SupplyGraph graph;
  private final InputGroups groups;
  private final byte[] tier;
  private final int safe;

  private Cascade(SupplyGraph graph, InputGroups groups, byte[] tier, int safe) {
    this.graph = graph;
    this.groups = groups;
    this.tier = tier;
    this.safe = safe;
  }

  /**
   * The tiers from scratch: every enterprise that {@code cannotProduce} is a source. O(relations
   * of the enterprises within reach).
   *
   * @param maxTiers tiers counted; an enterprise further away is safe ({@code maxTiers + 1})
   */
  static Cascade of(SupplyGraph graph, InputGroups groups, int maxTiers,
      IntPredicate cannotProduce) {
    int n = graph.enterpriseCount();
    byte[] tier = new byte[n];
    IntArrayList sources = new IntArrayList();
    for (int v = 0; v < n; v++) {
      if (cannotProduce.test(v)) {
        sources.add(v);
      } else {
        tier[v] = (byte) (maxTiers + 1);
      }
    }
    Cascade cascade = new Cascade(graph, groups, tier, maxTiers + 1);
    cascade.lower(sources, null);
    return cascade;
  }

  /** A copy over another graph with the same topology (a what-if's), to be changed. */
  Cascade copyFor(SupplyGraph after) {
    return new Cascade(after, groups, tier.clone(), safe);
  }

  /** The tier of {@code v}: 0 cannot produce, 1..T at risk, T + 1 safe. */
  int tier(int v) {
    return tier[v];
  }

  /** The tier of an enterprise beyond every counted tier. */
  int safeTier() {
    return safe;
  }

  /** Whether {@code v} can produce but is within the counted tiers of one that cannot. */
  boolean atRisk(int v) {
    return tier[v] > 0 && tier[v] < safe;
  }

  /** The per-enterprise tiers, shared for sorting; callers must not change it. */
  byte[] tiers() {
    return tier;
  }

  /**
   * Lowers tiers from {@code sources} (which become tier 0), breadth first; marks every enterprise
   * whose tier it lowers in {@code touched} when that is not null.
   */
  void lower(IntArrayList sources, BitSet touched) {
    IntArrayList frontier = new IntArrayList();
    for (int i = 0; i < sources.size(); i++) {
      int v = sources.get(i);
      tier[v] = 0;
      if (touched != null) {
        touched.set(v);
      }
      frontier.add(v);
    }
    for (int t = 1; t < safe && !frontier.isEmpty(); t++) {
      IntArrayList next = new IntArrayList();
      for (int i = 0; i < frontier.size(); i++) {
        int v = frontier.get(i);
        for (int e = graph.outEdgesBegin(v); e < graph.outEdgesEnd(v); e++) {
          int c = graph.edgeCustomer(e);
          if (tier[c] > t) {
            tier[c] = (byte) t;
            if (touched != null) {
              touched.set(c);
            }
            next.add(c);
          }
        }
      }
      frontier = next;
    }
  }

  /**
   * Raises tiers after {@code former} stopped being sources; marks every enterprise whose tier was
   * recomputed in {@code touched}. Tiers are otherwise still those of the old sources.
   *
   * <p>Only enterprises that lose every supplier one tier closer to a source can get a higher
   * tier; they are found level by level from the former sources, which keeps the work
   * proportional to what changes rather than to everything within reach.
   *
   * @param cannotProduce whether an enterprise is a source after the change
   */
  void raise(IntArrayList former, IntPredicate cannotProduce, BitSet touched) {
    BitSet invalid = new BitSet(graph.enterpriseCount());
    IntArrayList members = new IntArrayList();
    IntArrayList level = new IntArrayList();
    for (int i = 0; i < former.size(); i++) {
      int v = former.get(i);
      invalid.set(v);
      members.add(v);
      level.add(v);
    }
    for (int t = 0; t + 1 < safe && !level.isEmpty(); t++) {
      IntArrayList nextLevel = new IntArrayList();
      for (int i = 0; i < level.size(); i++) {
        int u = level.get(i);
        for (int e = graph.outEdgesBegin(u); e < graph.outEdgesEnd(u); e++) {
          int c = graph.edgeCustomer(e);
          if (!invalid.get(c) && tier[c] == t + 1 && !supportedOutside(c, t, invalid)) {
            invalid.set(c);
            members.add(c);
            nextLevel.add(c);
          }
        }
      }
      level = nextLevel;
    }
    // Recompute the invalid ones from suppliers outside the set, then within it by tier.
    IntArrayList[] buckets = new IntArrayList[safe];
    for (int t = 0; t < safe; t++) {
      buckets[t] = new IntArrayList();
    }
    for (int i = 0; i < members.size(); i++) {
      int v = members.get(i);
      touched.set(v);
      int best = safe;
      if (cannotProduce.test(v)) {
        best = 0;
      } else {
        for (int k = graph.inEdgesBegin(v); k < graph.inEdgesEnd(v); k++) {
          int u = groups.supplierAt(k);
          if (!invalid.get(u) && tier[u] + 1 < best) {
            best = tier[u] + 1;
          }
        }
      }
      tier[v] = (byte) best;
      if (best < safe) {
        buckets[best].add(v);
      }
    }
    for (int t = 0; t + 1 < safe; t++) {
      IntArrayList bucket = buckets[t];
      for (int i = 0; i < bucket.size(); i++) {
        int v = bucket.get(i);
        if (tier[v] != t) {
          continue; // lowered after it was queued
        }
        for (int e = graph.outEdgesBegin(v); e < graph.outEdgesEnd(v); e++) {
          int c = graph.edgeCustomer(e);
          if (invalid.get(c) && tier[c] > t + 1) {
            tier[c] = (byte) (t + 1);
            buckets[t + 1].add(c);
          }
        }
      }
    }
  }

  // Whether c, at tier t + 1, has a supplier at tier t that is not invalid.
  private boolean supportedOutside(int c, int t, BitSet invalid) {
    for (int k = graph.inEdgesBegin(c); k < graph.inEdgesEnd(c); k++) {
      int u = groups.supplierAt(k);
      if (tier[u] == t && !invalid.get(u)) {
        return true;
      }
    }
    return false;
  }
}
