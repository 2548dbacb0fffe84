package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The result of a {@link ResumptionAnalysis} for one set of statuses.
 *
 * <p>The per-enterprise and per-input state is computed eagerly in time linear in relations. Each
 * list is put in order on its first request (a sort of primitive keys, O(k log k) in its length)
 * and its records are built as they are read, as a large city's cascade can list most of its
 * enterprises and most callers count, page or stream a list once. All lists are immutable and in a canonical order that depends only on the data, not
 * on the order enterprises and relations were added: by enterprise code (then product) unless
 * stated otherwise. Thread-safe.
 */
public final class ResumptionReport {

  private static final Comparator<Uscc> BY_CODE = Comparator.comparing(Uscc::value);

  private final ResumptionAnalysis analysis;
  private final SupplyGraph graph;
  private final boolean[] working; // by enterprise
  // by enterprise: effective capacity in percent when working, else 0; dense, because coverage
  // reads it once per relation and a status object per relation would be a cache miss each
  private final byte[] capacity;
  private final double[] coverage; // by input group
  private final int[] workingSuppliers; // by input group
  private final int[] shortInputs; // by enterprise
  private final Cascade tiers; // by enterprise: 0 cannot produce, 1..T at risk, T + 1 safe
  private final InputGroups groups; // the analysis's per-topology tables

  private final Supplier<List<Blocked>> blocked = Suppliers.memoize(this::listBlocked);
  private final Supplier<List<Breakpoint>> breakpoints = Suppliers.memoize(this::listBreakpoints);
  private final Supplier<List<Stalled>> stalled = Suppliers.memoize(this::listStalled);
  private final Supplier<List<AtRisk>> cascade = Suppliers.memoize(this::listCascade);
  private final Supplier<List<Priority>> priorities = Suppliers.memoize(this::listPriorities);
  private final Supplier<int[][]> workingMakers = Suppliers.memoize(this::countWorkingMakers);

  private ResumptionReport(
      ResumptionAnalysis analysis,
      SupplyGraph graph,
      boolean[] working,
      byte[] capacity,
      double[] coverage,
      int[] workingSuppliers,
      int[] shortInputs,
      Cascade tiers) {
    this.analysis = analysis;
    this.graph = graph;
    this.working = working;
    this.capacity = capacity;
    this.coverage = coverage;
    this.workingSuppliers = workingSuppliers;
    this.shortInputs = shortInputs;
    this.tiers = tiers;
    this.groups = analysis.groups;
  }

  static ResumptionReport full(ResumptionAnalysis analysis, SupplyGraph graph) {
    int n = graph.enterpriseCount();
    boolean[] working = new boolean[n];
    byte[] capacity = new byte[n];
    for (int v = 0; v < n; v++) {
      OperatingStatus status = graph.statusAt(v);
      working[v] = status.isWorking();
      capacity[v] = working[v] ? (byte) status.effectiveCapacity() : 0;
    }
    InputGroups groups = analysis.groups;
    double[] coverage = new double[groups.count()];
    int[] workingSuppliers = new int[groups.count()];
    int[] shortInputs = new int[n];
    double threshold = analysis.options.coverageThreshold() - ResumptionAnalysis.EPSILON;
    for (int g = 0; g < groups.count(); g++) {
      evaluate(groups, working, capacity, coverage, workingSuppliers, g);
      if (coverage[g] < threshold) {
        shortInputs[groups.customer(g)]++;
      }
    }
    Cascade tiers = Cascade.of(graph, groups, analysis.options.maxCascadeTiers(),
        v -> !working[v] || shortInputs[v] > 0);
    return new ResumptionReport(
        analysis, graph, working, capacity, coverage, workingSuppliers, shortInputs, tiers);
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluation

  // Coverage and working suppliers of input group g under the given statuses.
  private static void evaluate(InputGroups groups, boolean[] working, byte[] capacity,
      double[] coverage, int[] workingSuppliers, int g) {
    double sum = 0;
    int count = 0;
    for (int k = groups.suppliersBegin(g); k < groups.suppliersEnd(g); k++) {
      int s = groups.supplierAt(k);
      if (working[s]) {
        sum += groups.shareAt(k) * capacity[s] / 100.0;
        count++;
      }
    }
    coverage[g] = Math.min(1, sum);
    workingSuppliers[g] = count;
  }

  private void evaluate(int g) {
    evaluate(groups, working, capacity, coverage, workingSuppliers, g);
  }

  private boolean isShort(int g) {
    return coverage[g] < analysis.options.coverageThreshold() - ResumptionAnalysis.EPSILON;
  }

  private boolean isBlocked(int g) {
    return working[groups.customer(g)] && isShort(g);
  }

  private boolean isBreakpoint(int g) {
    return workingSuppliers[g] == 0;
  }

  private boolean cannotProduce(int v) {
    return !working[v] || shortInputs[v] > 0;
  }

  // ---------------------------------------------------------------------------------------------
  // What-if

  /**
   * The effect of changing some statuses: a report for the changed statuses and what it adds to
   * and removes from this one's blocked inputs, breakpoints and cascade.
   *
   * <p>Incremental: only the inputs supplied by or belonging to changed enterprises are
   * re-evaluated; in the cascade, new sources lower tiers breadth first and former sources raise
   * only the tiers that depended on them alone. The new report is equal to a full analysis of the
   * new statuses.
   *
   * <p>Cost: copying this report's per-enterprise and per-input state (about 55 bytes per
   * enterprise and relation) plus work proportional to the relations the changed enterprises
   * reach within {@link AnalysisOptions#maxCascadeTiers()}; the delta lists are ordered on request
   * and their records built as they are read (figures in {@code benchmarks/RESULTS.md}). This
   * report is left unchanged; an entry that repeats an enterprise's current status changes
   * nothing.
   *
   * @param changes new statuses by enterprise code
   * @throws IllegalArgumentException if a code is not in the graph
   * @throws NullPointerException if {@code changes} or one of its statuses is null
   */
  public WhatIf whatIf(Map<Uscc, OperatingStatus> changes) {
    checkNotNull(changes, "changes");
    SupplyGraph after = graph.withStatuses(changes);
    ResumptionReport next =
        new ResumptionReport(
            analysis,
            after,
            working.clone(),
            capacity.clone(),
            coverage.clone(),
            workingSuppliers.clone(),
            shortInputs.clone(),
            tiers.copyFor(after));
    // Sets of ids are bit sets: they are visited in id order, which walks the per-group and
    // per-enterprise arrays forwards; a hash set's order made each visit a cache miss, and its
    // probing of near-sequential ids was the largest cost of a district's what-if at 1M.
    // Changed enterprises are found by comparing the status arrays, a sequential scan that costs
    // less than looking each code up again.
    int n = graph.enterpriseCount();
    BitSet changed = new BitSet(n);
    for (int v = 0; v < n; v++) {
      OperatingStatus status = after.statusAt(v);
      if (status != graph.statusAt(v) && !status.equals(graph.statusAt(v))) {
        changed.set(v);
        next.working[v] = status.isWorking();
        next.capacity[v] = next.working[v] ? (byte) status.effectiveCapacity() : 0;
      }
    }
    // Inputs whose coverage or whose customer's status may have changed.
    BitSet touchedGroups = new BitSet(groups.count());
    for (int v = changed.nextSetBit(0); v >= 0; v = changed.nextSetBit(v + 1)) {
      for (int e = graph.outEdgesBegin(v); e < graph.outEdgesEnd(v); e++) {
        touchedGroups.set(groups.ofEdge(e));
      }
      touchedGroups.set(groups.firstOf(v), groups.endOf(v));
    }
    BitSet producers = changed; // enterprises whose ability to produce may change
    for (int g = touchedGroups.nextSetBit(0); g >= 0; g = touchedGroups.nextSetBit(g + 1)) {
      boolean wasShort = isShort(g);
      next.evaluate(g);
      boolean isShort = next.isShort(g);
      int customer = groups.customer(g);
      if (wasShort != isShort) {
        next.shortInputs[customer] += isShort ? 1 : -1;
      }
      producers.set(customer);
    }
    IntArrayList newSources = new IntArrayList();
    IntArrayList formerSources = new IntArrayList();
    for (int v = producers.nextSetBit(0); v >= 0; v = producers.nextSetBit(v + 1)) {
      if (cannotProduce(v) != next.cannotProduce(v)) {
        (next.cannotProduce(v) ? newSources : formerSources).add(v);
      }
    }
    BitSet touched = new BitSet(n);
    next.tiers.raise(formerSources, next::cannotProduce, touched);
    next.tiers.lower(newSources, touched);
    return WhatIf.between(this, next, touchedGroups, touched);
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  /** The graph with the statuses this report analysed. */
  public SupplyGraph graph() {
    return graph;
  }

  /** The analysis this report came from. */
  public ResumptionAnalysis analysis() {
    return analysis;
  }

  /** Blocked inputs of working enterprises, by enterprise code then product. */
  public List<Blocked> blocked() {
    return blocked.get();
  }

  /** The working enterprises with at least one short input, by code. */
  public Set<Uscc> blockedEnterprises() {
    List<Uscc> out = new ArrayList<>();
    for (int v = 0; v < working.length; v++) {
      if (working[v] && shortInputs[v] > 0) {
        out.add(graph.usccAt(v));
      }
    }
    out.sort(BY_CODE);
    return ImmutableSet.copyOf(out);
  }

  /** Inputs with no working supplier, by enterprise code then product. */
  public List<Breakpoint> breakpoints() {
    return breakpoints.get();
  }

  /** Working suppliers whose customers for a product all do not work, by supplier then product. */
  public List<Stalled> stalled() {
    return stalled.get();
  }

  /** Enterprises that can produce but are downstream of one that cannot, by tier then code. */
  public List<AtRisk> cascade() {
    return cascade.get();
  }

  /** Non-working enterprises by how much their resumption would help, best first. */
  public List<Priority> priorities() {
    return priorities.get();
  }

  /** The tier of {@code uscc} in the cascade: 0 if it cannot produce, empty if not at risk. */
  public OptionalInt tierOf(Uscc uscc) {
    int v = graph.idOf(uscc);
    if (v == SupplyGraph.ABSENT) {
      throw new IllegalArgumentException("enterprise " + uscc + " is not in the supply graph");
    }
    return tiers.tier(v) < tiers.safeTier() ? OptionalInt.of(tiers.tier(v)) : OptionalInt.empty();
  }

  Blocked blockedRecord(int g) {
    int customer = groups.customer(g);
    List<Uscc> stopped = stoppedSuppliers(g);
    return new Blocked(graph.usccAt(customer), analysis.productOf(g), coverage[g], stopped);
  }

  Breakpoint breakpointRecord(int g) {
    int customer = groups.customer(g);
    int product = analysis.productIdOf(g);
    int[][] counts = workingMakers.get();
    int inCity = counts[0][product];
    int outOfCity = counts[1][product];
    if (working[customer] && graph.makes(customer, product)) {
      if (analysis.inCity[customer]) {
        inCity--;
      } else {
        outOfCity--;
      }
    }
    Sourcing sourcing =
        inCity > 0 && outOfCity > 0
            ? Sourcing.MIXED
            : inCity > 0
                ? Sourcing.IN_CITY_ONLY
                : outOfCity > 0 ? Sourcing.OUT_OF_CITY_ONLY : Sourcing.NONE_KNOWN;
    return new Breakpoint(
        graph.usccAt(customer),
        analysis.productOf(g),
        analysis.ordinal(g),
        stoppedSuppliers(g),
        sourcing,
        inCity,
        outOfCity);
  }

  AtRisk atRiskRecord(int v) {
    int t = tiers.tier(v);
    int[] codes = analysis.codeRank();
    int via = -1;
    for (int k = graph.inEdgesBegin(v); k < graph.inEdgesEnd(v); k++) {
      int u = groups.supplierAt(k);
      if (tiers.tier(u) == t - 1 && (via < 0 || codes[u] < codes[via])) {
        via = u;
      }
    }
    return new AtRisk(graph.usccAt(v), t, graph.usccAt(via));
  }

  boolean blockedAt(int g) {
    return isBlocked(g);
  }

  boolean breakpointAt(int g) {
    return isBreakpoint(g);
  }

  boolean atRiskAt(int v) {
    return tiers.atRisk(v);
  }

  // A group's suppliers are in id order, so a repeated supplier is adjacent to itself: skipping
  // repeats is linear, where a contains() check per supplier was quadratic in a large input.
  // Immutable, so that the record's copyOf keeps it; most inputs have a single supplier.
  private List<Uscc> stoppedSuppliers(int g) {
    int begin = groups.suppliersBegin(g);
    int end = groups.suppliersEnd(g);
    if (end - begin == 1) {
      int s = groups.supplierAt(begin);
      return working[s] ? ImmutableList.of() : ImmutableList.of(graph.usccAt(s));
    }
    // Sorted by code rank: ints, where comparing codes followed pointers per comparison.
    int[] codes = analysis.codeRank();
    int[] ranks = new int[end - begin];
    int count = 0;
    int previous = -1;
    for (int k = begin; k < end; k++) {
      int s = groups.supplierAt(k);
      if (s != previous && !working[s]) {
        ranks[count++] = codes[s];
      }
      previous = s;
    }
    Arrays.sort(ranks, 0, count);
    int[] byCode = analysis.idsByCode();
    ImmutableList.Builder<Uscc> out = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      out.add(graph.usccAt(byCode[ranks[i]]));
    }
    return out.build();
  }

  private int[][] countWorkingMakers() {
    int products = graph.productCount();
    int[] inCity = new int[products];
    int[] outOfCity = new int[products];
    for (int p = 0; p < products; p++) {
      for (int k = graph.makersBegin(p); k < graph.makersEnd(p); k++) {
        int v = graph.makerAt(k);
        if (working[v]) {
          if (analysis.inCity[v]) {
            inCity[p]++;
          } else {
            outOfCity[p]++;
          }
        }
      }
    }
    return new int[][] {inCity, outOfCity};
  }

  private List<Blocked> listBlocked() {
    return RecordList.of(groupsInOrder(this::isBlocked), this::blockedRecord);
  }

  private List<Breakpoint> listBreakpoints() {
    return RecordList.of(groupsInOrder(this::isBreakpoint), this::breakpointRecord);
  }

  // Selected in id order (a sequential scan), then sorted on packed keys: walking customers in
  // code order instead read the group arrays at random, a cache miss per customer at 1M.
  private int[] groupsInOrder(IntPredicate selected) {
    IntArrayList chosen = new IntArrayList();
    for (int g = 0; g < groups.count(); g++) {
      if (selected.test(g)) {
        chosen.add(g);
      }
    }
    return analysis.inCustomerThenProductOrder(chosen);
  }

  /** The enterprises {@code ids} by cascade tier, then code. */
  int[] inTierThenCodeOrder(IntArrayList ids) {
    return analysis.inKeyThenCodeOrder(ids, tiers.tiers());
  }

  // A stalled (supplier, product) is the first out-edge of its product run; runs are found in one
  // pass over the out-edges of working suppliers and put in canonical order on packed keys.
  private List<Stalled> listStalled() {
    IntArrayList runs = new IntArrayList();
    IntArrayList owners = new IntArrayList();
    for (int v = 0; v < working.length; v++) {
      if (!working[v]) {
        continue;
      }
      int end = graph.outEdgesEnd(v);
      for (int e = graph.outEdgesBegin(v); e < end; ) {
        int first = e;
        int product = graph.edgeProduct(e);
        boolean anyWorking = false;
        for (; e < end && graph.edgeProduct(e) == product; e++) {
          anyWorking |= working[graph.edgeCustomer(e)];
        }
        if (!anyWorking) {
          runs.add(first);
          owners.add(v);
        }
      }
    }
    int[] order = analysis.inOwnerThenProductOrder(owners, i -> graph.edgeProduct(runs.get(i)));
    int[] firstEdges = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      firstEdges[i] = runs.get(order[i]);
    }
    return RecordList.of(firstEdges, this::stalledRecord);
  }

  // The run of out-edges that starts at firstEdge: one supplier's customers for one product, in
  // id order, so repeats are adjacent.
  Stalled stalledRecord(int firstEdge) {
    int v = graph.edgeSupplier(firstEdge);
    int product = graph.edgeProduct(firstEdge);
    int end = graph.outEdgesEnd(v);
    List<Uscc> customers = new ArrayList<>();
    int previous = -1;
    for (int e = firstEdge; e < end && graph.edgeProduct(e) == product; e++) {
      int c = graph.edgeCustomer(e);
      if (c != previous) {
        customers.add(graph.usccAt(c));
      }
      previous = c;
    }
    customers.sort(BY_CODE);
    return new Stalled(graph.usccAt(v), graph.product(product), customers);
  }

  private List<AtRisk> listCascade() {
    IntArrayList atRisk = new IntArrayList();
    for (int v = 0; v < working.length; v++) {
      if (atRiskAt(v)) {
        atRisk.add(v);
      }
    }
    return RecordList.of(inTierThenCodeOrder(atRisk), this::atRiskRecord);
  }

  private List<Priority> listPriorities() {
    double[] dependence = analysis.dependence();
    double threshold = analysis.options.coverageThreshold() - ResumptionAnalysis.EPSILON;
    int n = working.length;
    // By enterprise; filled for non-working ones only, so that each Priority is built once, in
    // rank order.
    int[] unblocked = new int[n];
    int[] freed = new int[n];
    int[] freedKey = new int[n];
    double[] unblockWeight = new double[n];
    long[] rounded = new long[n];
    IntArrayList candidates = new IntArrayList();
    // Inputs each customer would get back, counted in one array reset after each supplier: a map
    // per supplier cost an allocation per non-working enterprise.
    int[] resolvedPerCustomer = new int[n];
    IntArrayList customers = new IntArrayList();
    for (int x = 0; x < n; x++) {
      if (working[x]) {
        continue;
      }
      int previousGroup = -1;
      for (int e = graph.outEdgesBegin(x); e < graph.outEdgesEnd(x); e++) {
        int g = groups.ofEdge(e);
        if (g == previousGroup || !isShort(g)) {
          continue;
        }
        previousGroup = g;
        if (Math.min(1, coverage[g] + groups.effectiveShare(e)) >= threshold) {
          int c = groups.customer(g);
          unblocked[x]++;
          unblockWeight[x] += analysis.weight[c];
          if (resolvedPerCustomer[c]++ == 0) {
            customers.add(c);
          }
        }
      }
      for (int i = 0; i < customers.size(); i++) {
        int c = customers.get(i);
        if (working[c] && resolvedPerCustomer[c] == shortInputs[c]) {
          freed[x]++;
          if (graph.enterpriseAt(c).key()) {
            freedKey[x]++;
          }
        }
        resolvedPerCustomer[c] = 0;
      }
      customers.clear();
      // Rounded so that summation order (which follows ids) cannot reorder equal scores.
      rounded[x] = -Math.round((unblockWeight[x] + dependence[x]) * 1e6);
      candidates.add(x);
    }
    int[] ranked = inScoreThenCodeOrder(candidates, rounded);
    int maxTiers = analysis.options.maxCascadeTiers();
    // Records, and their Chinese explanation, are built as they are read.
    return RecordList.ofIndices(ranked.length, r -> {
      int x = ranked[r];
      return new Priority(
          graph.usccAt(x),
          r + 1,
          unblockWeight[x] + dependence[x],
          unblocked[x],
          freed[x],
          unblockWeight[x],
          dependence[x],
          AnalysisProse.priorityExplanation(
              unblocked[x], freed[x], freedKey[x], maxTiers, dependence[x]));
    });
  }

  /**
   * The candidates by {@code rounded} (ascending: the negated, rounded score), then code. Packed
   * into one {@code long} per candidate and sorted on primitives when the spread of scores and
   * the code ranks fit in 63 bits, as they do for any real city; a comparator otherwise.
   */
  private int[] inScoreThenCodeOrder(IntArrayList candidates, long[] rounded) {
    int[] codes = analysis.codeRank();
    int size = candidates.size();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      long r = rounded[candidates.get(i)];
      min = Math.min(min, r);
      max = Math.max(max, r);
    }
    int rankBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, codes.length));
    if (size > 0 && max - min >= 0 && 64 - Long.numberOfLeadingZeros(max - min) + rankBits <= 63) {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        int x = candidates.get(i);
        keys[i] = (rounded[x] - min) << rankBits | codes[x];
      }
      Arrays.sort(keys);
      int[] byCode = analysis.idsByCode();
      long mask = (1L << rankBits) - 1;
      int[] out = new int[size];
      for (int i = 0; i < size; i++) {
        out[i] = byCode[(int) (keys[i] & mask)];
      }
      return out;
    }
    candidates.sortThis(
        (a, b) -> {
          int c = Long.compare(rounded[a], rounded[b]);
          return c != 0 ? c : Integer.compare(codes[a], codes[b]);
        });
    return candidates.toArray();
  }

  /** Number of blocked inputs, without building the list. */
  public int blockedCount() {
    return count(groups.count(), this::isBlocked);
  }

  /** Number of breakpoints, without building the list. */
  public int breakpointCount() {
    return count(groups.count(), this::isBreakpoint);
  }

  /** Number of enterprises at risk, without building the list. */
  public int atRiskCount() {
    return count(working.length, this::atRiskAt);
  }

  private static int count(int n, java.util.function.IntPredicate test) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (test.test(i)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public String toString() {
    return String.format(
        "ResumptionReport[%d blocked inputs, %d breakpoints, %d at risk]",
        blockedCount(), breakpointCount(), atRiskCount());
  }
}
