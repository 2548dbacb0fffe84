package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;

/**
 * Chain-level figures (链长制) from a resumption report: for each key enterprise (龙头企业, {@link
 * Enterprise#key()}) its upstream tiers, how much of each works, its breakpoints and out-of-city
 * suppliers; for each industry chain (enterprises grouped by GB/T 4754 division) and any other
 * grouping, the statuses and the report's findings.
 *
 * <pre>{@code
 * ChainHealth health = ChainHealth.of(report);            // 3 tiers
 * for (KeyChain c : health.keyChains()) { c.tiers(); c.breakpoints(); c.workingShare(); }
 * ChainNetwork n = health.network(keyCode);               // for drawing
 * List<GroupHealth> chains = health.industryChains();     // one line per division
 * }</pre>
 *
 * <p>Cost: {@link #keyChains()} walks each key enterprise's upstream network within the tiers, so
 * it is proportional to the sum of those networks' relations; the groupings are linear in the
 * graph and the report's lists. Nothing is cached. Instances are immutable and thread-safe when the
 * report is (it is). Methods throw {@link NullPointerException} on {@code null} arguments.
 */
public final class ChainHealth {
  /** The tiers a chain is followed upstream unless told otherwise. */
  public static final int DEFAULT_TIERS = 3;

  private final ResumptionReport report;
  private final SupplyGraph graph;
  private final RegionCode homeCity;
  private final int maxTiers;

  private ChainHealth(ResumptionReport report, int maxTiers) {
    this.report = report;
    this.graph = report.graph();
    this.homeCity = report.analysis().homeCity();
    this.maxTiers = maxTiers;
  }

  /** Chain figures to {@value #DEFAULT_TIERS} tiers upstream. */
  public static ChainHealth of(ResumptionReport report) {
    return of(report, DEFAULT_TIERS);
  }

  /**
   * Chain figures to {@code maxTiers} tiers upstream.
   *
   * @throws IllegalArgumentException if {@code maxTiers} is not 1..10
   */
  public static ChainHealth of(ResumptionReport report, int maxTiers) {
    checkNotNull(report, "report");
    checkArgument(maxTiers >= 1 && maxTiers <= 10, "maxTiers must be 1..10 but was %s", maxTiers);
    return new ChainHealth(report, maxTiers);
  }

  /** How many tiers upstream chains are followed. */
  public int maxTiers() {
    return maxTiers;
  }

  /** The key enterprises, by code. */
  public List<Uscc> keyEnterprises() {
    List<Uscc> out = new ArrayList<>();
    for (int id = 0; id < graph.enterpriseCount(); id++) {
      if (graph.enterpriseAt(id).key()) {
        out.add(graph.usccAt(id));
      }
    }
    out.sort(Comparator.comparing(Uscc::value));
    return ImmutableList.copyOf(out);
  }

  /** The chain of every key enterprise, by code. */
  public List<KeyChain> keyChains() {
    int[] breakpoints = breakpointsPerEnterprise();
    Walk walk = new Walk(graph.enterpriseCount());
    ImmutableList.Builder<KeyChain> out = ImmutableList.builder();
    for (Uscc key : keyEnterprises()) {
      out.add(keyChain(graph.idOf(key), breakpoints, walk));
    }
    return out.build();
  }

  /**
   * The chain of one enterprise (key or not).
   *
   * @throws IllegalArgumentException if {@code enterprise} is not in the graph
   */
  public KeyChain keyChain(Uscc enterprise) {
    return keyChain(requireId(enterprise), breakpointsPerEnterprise(), new Walk(graph.enterpriseCount()));
  }

  /**
   * The upstream network of one enterprise, for drawing.
   *
   * @throws IllegalArgumentException if {@code enterprise} is not in the graph
   */
  public ChainNetwork network(Uscc enterprise) {
    int root = requireId(enterprise);
    Walk walk = new Walk(graph.enterpriseCount());
    walk.run(root);
    Map<Uscc, Integer> tiers = new LinkedHashMap<>();
    List<ChainNetwork.Link> links = new ArrayList<>();
    java.util.Set<Uscc> inNetwork = new java.util.HashSet<>();
    inNetwork.add(enterprise);
    List<Uscc> suppliers = new ArrayList<>();
    for (int i = 1; i < walk.size; i++) {
      suppliers.add(graph.usccAt(walk.order[i]));
    }
    suppliers.sort(Comparator.comparingInt((Uscc u) -> walk.tier[graph.idOf(u)]).thenComparing(Uscc::value));
    for (Uscc u : suppliers) {
      tiers.put(u, walk.tier[graph.idOf(u)]);
      inNetwork.add(u);
    }
    List<Uscc> customers = new ArrayList<>();
    customers.add(enterprise);
    customers.addAll(suppliers);
    for (Uscc cu : customers) {
      int customer = graph.idOf(cu);
      int t = walk.tier[customer];
      if (t >= maxTiers) {
        continue;
      }
      int last = -1;
      List<ChainNetwork.Link> into = new ArrayList<>();
      for (int s : suppliersOf(customer)) {
        if (s != last && walk.seen(s) && walk.tier[s] == t + 1) {
          into.add(new ChainNetwork.Link(graph.usccAt(s), cu));
        }
        last = s;
      }
      into.sort(Comparator.comparing(l -> l.supplier().value()));
      links.addAll(into);
    }
    List<Breakpoint> breakpoints = new ArrayList<>();
    for (Breakpoint b : report.breakpoints()) {
      if (inNetwork.contains(b.enterprise())) {
        breakpoints.add(b);
      }
    }
    return new ChainNetwork(enterprise, tiers, links, breakpoints);
  }

  /**
   * One line per industry chain: enterprises grouped by the division (GB/T 4754 大类, e.g. {@code
   * C39}) of their first industry code, by code; enterprises without an industry code form the
   * group with the empty code, last.
   */
  public List<GroupHealth> industryChains() {
    List<GroupHealth> groups = new ArrayList<>(groupBy(e -> {
      List<IndustryCode> industries = e.industries();
      return industries.isEmpty() ? "" : industries.get(0).division().code();
    }));
    groups.sort(Comparator.comparing((GroupHealth g) -> g.code().isEmpty()).thenComparing(GroupHealth::code));
    return ImmutableList.copyOf(groups);
  }

  /**
   * The enterprises grouped by {@code key} (which must not return null), with their statuses and
   * findings, by key. The groups partition the graph, so their counts add up to the report's.
   */
  public List<GroupHealth> groupBy(Function<Enterprise, String> key) {
    checkNotNull(key, "key");
    int n = graph.enterpriseCount();
    Map<String, Integer> index = new TreeMap<>();
    int[] groupOf = new int[n];
    for (int id = 0; id < n; id++) {
      String k = key.apply(graph.enterpriseAt(id));
      checkNotNull(k, "key returned null for %s", graph.usccAt(id));
      Integer g = index.get(k);
      if (g == null) {
        g = index.size();
        index.put(k, g);
      }
      groupOf[id] = g;
    }
    int groups = index.size();
    int[][] c = new int[10][groups];
    for (int id = 0; id < n; id++) {
      int g = groupOf[id];
      var status = graph.statusAt(id);
      c[0][g]++;
      switch (status.state()) {
        case RESUMED -> c[1][g]++;
        case PARTIAL -> c[2][g]++;
        case SUSPENDED -> c[3][g]++;
        case UNKNOWN -> c[4][g]++;
      }
      if (status.isWorking()) {
        c[5][g]++;
      }
    }
    for (Blocked b : report.blocked()) {
      c[6][groupOf[graph.idOf(b.enterprise())]]++;
    }
    for (Breakpoint b : report.breakpoints()) {
      c[7][groupOf[graph.idOf(b.enterprise())]]++;
    }
    for (Stalled s : report.stalled()) {
      c[8][groupOf[graph.idOf(s.supplier())]]++;
    }
    for (AtRisk a : report.cascade()) {
      c[9][groupOf[graph.idOf(a.enterprise())]]++;
    }
    ImmutableList.Builder<GroupHealth> out = ImmutableList.builder();
    index.forEach((k, g) -> out.add(new GroupHealth(
        k, c[0][g], c[1][g], c[2][g], c[3][g], c[4][g], c[5][g], c[6][g], c[7][g], c[8][g], c[9][g])));
    return out.build();
  }

  private KeyChain keyChain(int root, int[] breakpoints, Walk walk) {
    walk.run(root);
    int[][] c = new int[4][maxTiers + 1];
    for (int i = 1; i < walk.size; i++) {
      int id = walk.order[i];
      int t = walk.tier[id];
      c[0][t]++;
      if (graph.statusAt(id).isWorking()) {
        c[1][t]++;
      }
      if (!graph.enterpriseAt(id).region().isWithin(homeCity)) {
        c[2][t]++;
      }
      c[3][t] += breakpoints[id];
    }
    List<ChainTier> tiers = new ArrayList<>(maxTiers);
    for (int t = 1; t <= maxTiers; t++) {
      tiers.add(new ChainTier(t, c[0][t], c[1][t], c[2][t], c[3][t]));
    }
    return new KeyChain(graph.usccAt(root), graph.statusAt(root).isWorking(), breakpoints[root], tiers);
  }

  private int[] breakpointsPerEnterprise() {
    int[] counts = new int[graph.enterpriseCount()];
    for (Breakpoint b : report.breakpoints()) {
      counts[graph.idOf(b.enterprise())]++;
    }
    return counts;
  }

  /** The supplier ids of {@code customer}, sorted (repeats adjacent). */
  private int[] suppliersOf(int customer) {
    int begin = graph.inEdgesBegin(customer);
    int[] out = new int[graph.inEdgesEnd(customer) - begin];
    for (int i = 0; i < out.length; i++) {
      out[i] = graph.edgeSupplier(graph.inEdgeAt(begin + i));
    }
    Arrays.sort(out);
    return out;
  }

  private int requireId(Uscc enterprise) {
    checkNotNull(enterprise, "enterprise");
    int id = graph.idOf(enterprise);
    checkArgument(id != SupplyGraph.ABSENT, "enterprise %s is not in the graph", enterprise);
    return id;
  }

  /**
   * A breadth-first walk upstream to {@code maxTiers}; the arrays are reused between walks, a
   * stamp telling this walk's visits from earlier ones.
   */
  private final class Walk {
    final int[] stamp;
    final int[] tier;
    int[] order = new int[16];
    int size;
    int current;

    Walk(int n) {
      stamp = new int[n];
      tier = new int[n];
    }

    boolean seen(int id) {
      return stamp[id] == current;
    }

    void run(int root) {
      current++;
      size = 0;
      visit(root, 0);
      for (int head = 0; head < size; head++) {
        int customer = order[head];
        int t = tier[customer];
        if (t == maxTiers) {
          continue;
        }
        for (int p = graph.inEdgesBegin(customer); p < graph.inEdgesEnd(customer); p++) {
          int s = graph.edgeSupplier(graph.inEdgeAt(p));
          if (!seen(s)) {
            visit(s, t + 1);
          }
        }
      }
    }

    private void visit(int id, int t) {
      stamp[id] = current;
      tier[id] = t;
      if (size == order.length) {
        order = Arrays.copyOf(order, size * 2);
      }
      order[size++] = id;
    }
  }
}
