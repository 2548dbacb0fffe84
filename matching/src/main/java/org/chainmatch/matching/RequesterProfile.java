package org.chainmatch.matching;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Multiset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.Candidate;

/**
 * What scoring needs to know about a requester and a product, gathered once per demand so that
 * scoring each candidate is a few set look-ups rather than a walk of the graph.
 *
 * <p>Immutable after construction; one per demand, never shared across demands.
 */
final class RequesterProfile {

  /** Makers whose industries are read to learn the product's usual industries; enough for a vote. */
  private static final int INDUSTRY_SAMPLE = 64;

  /** How many of the most relevant candidates vote on the industry when no maker is known. */
  private static final int INDUSTRY_VOTERS = 10;

  private final RelationView view;
  private final Optional<Enterprise> requester;
  private final Set<Uscc> suppliers;
  private final Set<Uscc> neighbours;
  private final Set<String> products;
  private final Multiset<IndustryCode> votes;
  private final Set<Uscc> voters;

  private RequesterProfile(
      RelationView view, Optional<Enterprise> requester, Set<Uscc> suppliers, Set<Uscc> neighbours,
      Multiset<IndustryCode> votes, Set<Uscc> voters) {
    this.view = view;
    this.requester = requester;
    this.suppliers = suppliers;
    this.neighbours = neighbours;
    this.products = requester.map(e -> (Set<String>) ImmutableSet.copyOf(e.products())).orElse(Set.of());
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
    Optional<Enterprise> self = view.enterprise(requester);
    Set<Uscc> suppliers = view.suppliersOf(requester);
    Set<Uscc> neighbours = new HashSet<>(suppliers);
    neighbours.addAll(view.customersOf(requester));

    // Each known maker (or, failing those, each of the most relevant candidates) votes once for
    // each of its industry codes.
    Multiset<IndustryCode> votes = HashMultiset.create();
    Set<Uscc> voters = new HashSet<>(view.suppliersOf(requester, product));
    Iterables.addAll(voters, Iterables.limit(view.makersOf(product), INDUSTRY_SAMPLE));
    voters.remove(requester);
    if (voters.isEmpty()) {
      for (Candidate c : Iterables.limit(pool, INDUSTRY_VOTERS)) {
        voters.add(c.uscc());
      }
    }
    for (Uscc u : voters) {
      view.enterprise(u).ifPresent(e -> votes.addAll(ImmutableSet.copyOf(e.industries())));
    }
    return new RequesterProfile(
        view, self, ImmutableSet.copyOf(suppliers), ImmutableSet.copyOf(neighbours),
        ImmutableMultiset.copyOf(votes), ImmutableSet.copyOf(voters));
  }

  Optional<Enterprise> requester() {
    return requester;
  }

  /**
   * The relationship of {@code candidate} to the requester: an existing supplier 1.0; a supplier of
   * the requester's peers (enterprises making one of the requester's products) 0.6; a partner of
   * one of the requester's partners (two hops) 0.3; else 0.
   */
  FactorValue relationship(Uscc candidate) {
    if (suppliers.contains(candidate)) {
      return new FactorValue(1.0, "已向需求方供货");
    }
    Set<Uscc> customers = view.customersOf(candidate);
    if (!products.isEmpty()) {
      for (Uscc customer : customers) {
        Optional<Enterprise> peer = view.enterprise(customer);
        if (peer.isPresent() && !customer.equals(requesterCode()) && makesAny(peer.get())) {
          return new FactorValue(0.6, "向同行供货");
        }
      }
    }
    if (!neighbours.isEmpty()) {
      for (Uscc customer : customers) {
        if (neighbours.contains(customer)) {
          return new FactorValue(0.3, "二级关联");
        }
      }
      for (Uscc supplier : view.suppliersOf(candidate)) {
        if (neighbours.contains(supplier)) {
          return new FactorValue(0.3, "二级关联");
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
    if (votes.isEmpty() || candidate.industries().isEmpty()) {
      return FactorValue.NONE;
    }
    boolean voted = voters.contains(candidate.uscc());
    double best = 0;
    IndustryCode bestCode = null;
    for (IndustryCode c : candidate.industries()) {
      for (Multiset.Entry<IndustryCode> vote : votes.entrySet()) {
        IndustryCode usual = vote.getElement();
        int others = vote.getCount() - (voted && candidate.industries().contains(usual) ? 1 : 0);
        if (others < 1) {
          continue;
        }
        double v = c.isWithin(usual) || usual.isWithin(c) ? 1.0 : c.sharesDivisionWith(usual) ? 0.5 : 0;
        if (v > best) {
          best = v;
          bestCode = c;
        }
      }
    }
    if (bestCode == null) {
      return new FactorValue(0, "行业不同");
    }
    return new FactorValue(best, (best == 1.0 ? "行业相符 " : "同行业大类 ") + bestCode.code());
  }

  private Uscc requesterCode() {
    return requester.map(Enterprise::uscc).orElse(null);
  }

  private boolean makesAny(Enterprise peer) {
    for (String p : peer.products()) {
      if (products.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
