package org.chainmatch.matching;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.index.Candidate;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * What scoring needs to know about a requester and a product, gathered once per demand so that
 * scoring each candidate walks only the candidate's own relations, by graph id, without
 * allocating.
 *
 * <p>Immutable after construction; one per demand, never shared across demands.
 */
final class RequesterProfile {

  /** Makers whose industries are read to learn the product's usual industries; enough for a vote. */
  private static final int INDUSTRY_SAMPLE = 64;

  /** How many of the most relevant candidates vote on the industry when no maker is known. */
  private static final int INDUSTRY_VOTERS = 10;

  private static final FactorValue EXISTING_SUPPLIER = new FactorValue(1.0, "已向需求方供货");
  private static final FactorValue SUPPLIES_PEERS = new FactorValue(0.6, "向同行供货");
  private static final FactorValue TWO_HOPS = new FactorValue(0.3, "二级关联");

  private final SupplyGraph graph;
  private final Optional<Enterprise> requester;
  private final int self;
  private final IntHashSet suppliers;
  private final IntHashSet neighbours;
  private final int[] products;
  private final Multiset<IndustryCode> votes;
  private final Set<Uscc> voters;

  private RequesterProfile(
      SupplyGraph graph, Optional<Enterprise> requester, int self, IntHashSet suppliers,
      IntHashSet neighbours, int[] products, Multiset<IndustryCode> votes, Set<Uscc> voters) {
    this.graph = graph;
    this.requester = requester;
    this.self = self;
    this.suppliers = suppliers;
    this.neighbours = neighbours;
    this.products = products;
    this.votes = votes;
    this.voters = voters;
  }

  /**
   * Gathers the profile of {@code requester} for {@code product}.
   *
   * @param pool the candidates found, most relevant first: when no maker of the product is known
   *     by exact name, the industries shared by two or more of the most relevant of them stand for
   *     the product's usual industries
   */
  static RequesterProfile of(RelationView view, Uscc requester, String product, List<Candidate> pool) {
    SupplyGraph graph = view.graph();
    Optional<Enterprise> found = view.enterprise(requester);
    int self = graph.idOf(requester);
    int wanted = graph.productId(product);
    IntHashSet suppliers = new IntHashSet();
    IntHashSet neighbours = new IntHashSet();
    Set<Uscc> voters = new HashSet<>();
    Multiset<IndustryCode> votes = HashMultiset.create();
    if (self != SupplyGraph.ABSENT) {
      for (int k = graph.inEdgesBegin(self); k < graph.inEdgesEnd(self); k++) {
        int edge = graph.inEdgeAt(k);
        suppliers.add(graph.edgeSupplier(edge));
        if (graph.edgeProduct(edge) == wanted) {
          vote(graph, graph.edgeSupplier(edge), voters, votes);
        }
      }
      neighbours.addAll(suppliers);
      for (int e = graph.outEdgesBegin(self); e < graph.outEdgesEnd(self); e++) {
        neighbours.add(graph.edgeCustomer(e));
      }
    }
    // Each known maker (or, failing those, each of the most relevant candidates) votes once for
    // each of its industry codes.
    if (wanted != SupplyGraph.ABSENT) {
      int end = Math.min(graph.makersEnd(wanted), graph.makersBegin(wanted) + INDUSTRY_SAMPLE);
      for (int k = graph.makersBegin(wanted); k < end; k++) {
        if (graph.makerAt(k) != self) {
          vote(graph, graph.makerAt(k), voters, votes);
        }
      }
    }
    if (voters.isEmpty()) {
      for (Candidate c : pool.subList(0, Math.min(pool.size(), INDUSTRY_VOTERS))) {
        Optional<Enterprise> e = view.enterprise(c.uscc());
        if (e.isPresent() && voters.add(c.uscc())) {
          votes.addAll(ImmutableSet.copyOf(e.get().industries()));
        }
      }
    }
    int[] products = found.map(e -> e.products().stream()
            .mapToInt(graph::productId)
            .filter(p -> p != SupplyGraph.ABSENT)
            .distinct()
            .toArray())
        .orElse(new int[0]);
    return new RequesterProfile(
        graph, found, self, suppliers, neighbours, products, ImmutableMultiset.copyOf(votes),
        ImmutableSet.copyOf(voters));
  }

  private static void vote(SupplyGraph graph, int id, Set<Uscc> voters, Multiset<IndustryCode> votes) {
    if (voters.add(graph.usccAt(id))) {
      votes.addAll(ImmutableSet.copyOf(graph.enterpriseAt(id).industries()));
    }
  }

  Optional<Enterprise> requester() {
    return requester;
  }

  /**
   * The relationship of the enterprise with graph id {@code candidate} ({@link SupplyGraph#ABSENT}
   * when it is not in the graph) to the requester: an existing supplier 1.0; a supplier of the
   * requester's peers (other enterprises that list or supply one of the requester's products) 0.6;
   * a partner of one of the requester's partners (two hops) 0.3; else 0.
   */
  FactorValue relationship(int candidate) {
    if (candidate == SupplyGraph.ABSENT || self == SupplyGraph.ABSENT && products.length == 0) {
      return FactorValue.NONE;
    }
    if (suppliers.contains(candidate)) {
      return EXISTING_SUPPLIER;
    }
    int begin = graph.outEdgesBegin(candidate);
    int end = graph.outEdgesEnd(candidate);
    for (int e = begin; e < end; e++) {
      int customer = graph.edgeCustomer(e);
      if (customer != self && makesAny(customer)) {
        return SUPPLIES_PEERS;
      }
    }
    if (!neighbours.isEmpty()) {
      for (int e = begin; e < end; e++) {
        if (neighbours.contains(graph.edgeCustomer(e))) {
          return TWO_HOPS;
        }
      }
      for (int k = graph.inEdgesBegin(candidate); k < graph.inEdgesEnd(candidate); k++) {
        if (neighbours.contains(graph.edgeSupplier(graph.inEdgeAt(k)))) {
          return TWO_HOPS;
        }
      }
    }
    return FactorValue.NONE;
  }

  /**
   * How well {@code candidate}'s industries fit those of the product's other makers: a code equal
   * to or nested with one another maker has 1.0, one in the same division 0.5, else 0 (also when
   * either side has no codes). The candidate's own vote does not count, so a maker cannot confirm
   * itself.
   */
  FactorValue industry(Enterprise candidate) {
    IndustryCode code = bestIndustry(candidate);
    if (code == null) {
      return candidate.industries().isEmpty() || votes.isEmpty() ? FactorValue.NONE : new FactorValue(0, "行业不同");
    }
    double v = industryValue(code, candidate);
    return new FactorValue(v, (v == 1.0 ? "行业相符 " : "同行业大类 ") + code.code());
  }

  /** The value of {@link #industry(Enterprise)} without its note (nothing allocated). */
  double industryValue(Enterprise candidate) {
    IndustryCode code = bestIndustry(candidate);
    return code == null ? 0 : industryValue(code, candidate);
  }

  private double industryValue(IndustryCode code, Enterprise candidate) {
    boolean voted = voters.contains(candidate.uscc());
    double best = 0;
    for (Multiset.Entry<IndustryCode> vote : votes.entrySet()) {
      best = Math.max(best, fit(code, vote, voted, candidate));
    }
    return best;
  }

  /** The candidate's code that fits the usual industries best, null when none fits at all. */
  private IndustryCode bestIndustry(Enterprise candidate) {
    if (votes.isEmpty() || candidate.industries().isEmpty()) {
      return null;
    }
    boolean voted = voters.contains(candidate.uscc());
    double best = 0;
    IndustryCode bestCode = null;
    for (IndustryCode c : candidate.industries()) {
      for (Multiset.Entry<IndustryCode> vote : votes.entrySet()) {
        double v = fit(c, vote, voted, candidate);
        if (v > best) {
          best = v;
          bestCode = c;
        }
      }
    }
    return bestCode;
  }

  /**
   * How code {@code c} fits one usual industry: 1.0 nested, 0.5 same division, else 0; also 0
   * when the candidate's own vote is the only one for it.
   */
  private static double fit(IndustryCode c, Multiset.Entry<IndustryCode> vote, boolean voted, Enterprise candidate) {
    IndustryCode usual = vote.getElement();
    int others = vote.getCount() - (voted && candidate.industries().contains(usual) ? 1 : 0);
    if (others < 1) {
      return 0;
    }
    return c.isWithin(usual) || usual.isWithin(c) ? 1.0 : c.sharesDivisionWith(usual) ? 0.5 : 0;
  }

  private boolean makesAny(int enterprise) {
    for (int p : products) {
      if (graph.makes(enterprise, p)) {
        return true;
      }
    }
    return false;
  }
}
