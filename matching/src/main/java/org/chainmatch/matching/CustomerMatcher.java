package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;

/**
 * Downstream matching: for an enterprise and one of its products, the enterprises that need that
 * product, so that a supplier whose usual customers are closed finds other buyers.
 *
 * <p>Buyers are found from two kinds of evidence, the {@link Factor#RELEVANCE} of a match:
 *
 * <ul>
 *   <li>an open demand naming the product (its {@link DemandText#product()} equals, contains or is
 *       contained in the product): 1.0, the buyer says it needs it now;
 *   <li>receiving the product along a known relation from someone else, such as the product's
 *       other makers: 0.8, the buyer uses it as an input.
 * </ul>
 *
 * <p>The enterprise's existing customers for the product are left out unless they post an open
 * demand: it already knows them. The other factors, gated by evidence as in {@link
 * SupplierMatcher}, are the buyer's readiness (a suspended buyer needs no input today), its
 * proximity to the supplier, an existing relationship (already buys something else from it: 1.0;
 * a partner's partner: 0.3) and key-enterprise priority. {@link Factor#INDUSTRY} is not used. Hard
 * constraints of {@link MatchOptions} apply to the buyers: states, capacity, exclusions and region
 * scope around the home city (default: the supplier's city).
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerMatcher {

  private static final double DEMAND_EVIDENCE = 1.0;
  private static final double RELATION_EVIDENCE = 0.8;

  private static final Comparator<Match> RANKING =
      Comparator.comparingDouble(Match::score).reversed()
          .thenComparing(Comparator.comparingDouble(CustomerMatcher::relevance).reversed())
          .thenComparing(m -> m.enterprise().uscc().value());

  private final RelationView view;
  private final MatchOptions defaults;

  CustomerMatcher(RelationView view, MatchOptions defaults) {
    this.view = Objects.requireNonNull(view, "view");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /** A builder for a customer matcher. */
  public static Builder builder() {
    return new Builder();
  }

  /** Like {@link #match(Uscc, String, Collection, MatchOptions)} with this matcher's options. */
  public List<Match> match(Uscc supplier, String product, Collection<Demand> openDemands) {
    return match(supplier, product, openDemands, defaults);
  }

  /**
   * Ranks the enterprises that need {@code product}, made by {@code supplier}.
   *
   * @param openDemands the demands still open; may be empty
   * @return at most {@code options.topN()} buyers, best first, ranks from 1; never {@code supplier}
   * @throws IllegalArgumentException if {@code product} is blank or {@code supplier} is unknown
   */
  public List<Match> match(
      Uscc supplier, String product, Collection<Demand> openDemands, MatchOptions options) {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(openDemands, "openDemands");
    Objects.requireNonNull(options, "options");
    checkArgument(!product.isBlank(), "product is blank");
    Enterprise self = view.enterprise(supplier)
        .orElseThrow(() -> new IllegalArgumentException("unknown supplier " + supplier));
    String wanted = product.strip();

    Map<Uscc, FactorValue> evidence = new LinkedHashMap<>();
    for (Demand d : openDemands) {
      String named = DemandText.parse(d.product()).product();
      if (named.equals(wanted) || named.contains(wanted) || wanted.contains(named)) {
        evidence.putIfAbsent(d.requester(), new FactorValue(DEMAND_EVIDENCE, "求购中 " + d.id()));
      }
    }
    Set<Uscc> existing = view.customersOf(supplier, wanted);
    for (Uscc buyer : view.receiversOf(wanted)) {
      if (!existing.contains(buyer)) {
        int sources = view.suppliersOf(buyer, wanted).size();
        evidence.putIfAbsent(buyer, new FactorValue(RELATION_EVIDENCE, "现从" + sources + "家企业采购此产品"));
      }
    }
    evidence.remove(supplier);
    options.excluded().forEach(evidence::remove);

    Optional<RegionCode> city = options.homeCity().or(() -> Optional.of(self.region().city()));
    Set<Uscc> partners = new HashSet<>(view.customersOf(supplier));
    Set<Uscc> neighbours = new HashSet<>(partners);
    neighbours.addAll(view.suppliersOf(supplier));
    MatchWeights w = options.weights();
    List<Match> scored = new ArrayList<>();
    for (Map.Entry<Uscc, FactorValue> entry : evidence.entrySet()) {
      Optional<Enterprise> found = view.enterprise(entry.getKey());
      if (found.isEmpty() || !allowed(found.get(), options, city.get())) {
        continue;
      }
      Enterprise buyer = found.get();
      double gate = entry.getValue().value();
      List<Contribution> parts = ImmutableList.of(
          Contribution.of(Factor.RELEVANCE, entry.getValue().value(), w.relevance(), entry.getValue().detail()),
          FactorValue.readiness(buyer.status()).contribution(Factor.READINESS, w.readiness(), gate),
          FactorValue.proximity(self.region().proximityTo(buyer.region()))
              .contribution(Factor.PROXIMITY, w.proximity(), gate),
          relationship(buyer.uscc(), partners, neighbours).contribution(Factor.RELATIONSHIP, w.relationship(), gate),
          FactorValue.keyEnterprise(buyer.key()).contribution(Factor.KEY_ENTERPRISE, w.keyEnterprise(), gate));
      scored.add(new Match(1, buyer, SupplierMatcher.sum(parts), parts));
    }
    scored.sort(options.scope() == RegionScope.IN_CITY_FIRST
        ? Comparator.comparing((Match m) -> !m.enterprise().region().isWithin(city.get())).thenComparing(RANKING)
        : RANKING);
    List<Match> ranked = new ArrayList<>();
    for (Match m : scored.subList(0, Math.min(scored.size(), options.topN()))) {
      ranked.add(new Match(ranked.size() + 1, m.enterprise(), m.score(), m.contributions()));
    }
    return ImmutableList.copyOf(ranked);
  }

  private FactorValue relationship(Uscc buyer, Set<Uscc> partners, Set<Uscc> neighbours) {
    if (partners.contains(buyer)) {
      return new FactorValue(1.0, "已有其他往来");
    }
    for (Uscc s : view.suppliersOf(buyer)) {
      if (neighbours.contains(s)) {
        return new FactorValue(0.3, "二级关联");
      }
    }
    return FactorValue.NONE;
  }

  private static boolean allowed(Enterprise buyer, MatchOptions options, RegionCode city) {
    return options.states().contains(buyer.status().state())
        && buyer.status().effectiveCapacity() >= options.minCapacity()
        && (options.scope() != RegionScope.IN_CITY_ONLY || buyer.region().isWithin(city));
  }

  private static double relevance(Match m) {
    return m.contributions().get(0).value();
  }

  /** Builds a {@link CustomerMatcher}; not thread-safe. */
  public static final class Builder {
    private Collection<Enterprise> enterprises;
    private Collection<SupplyRelation> relations = List.of();
    private MatchOptions options = MatchOptions.defaults();

    private Builder() {}

    /** Every enterprise. Required. */
    public Builder enterprises(Collection<Enterprise> all) {
      this.enterprises = Objects.requireNonNull(all, "enterprises");
      return this;
    }

    /** The known supply relations; default none. */
    public Builder relations(Collection<SupplyRelation> all) {
      this.relations = Objects.requireNonNull(all, "relations");
      return this;
    }

    /** The default options; default {@link MatchOptions#defaults()}. */
    public Builder options(MatchOptions value) {
      this.options = Objects.requireNonNull(value, "options");
      return this;
    }

    /**
     * Builds the matcher.
     *
     * @throws IllegalStateException if no enterprises were given
     */
    public CustomerMatcher build() {
      checkState(enterprises != null, "enterprises(...) is required");
      return new CustomerMatcher(RelationTable.of(enterprises, relations), options);
    }
  }
}
