package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;

/**
 * Upstream matching: ranks the suppliers that can meet a {@link Demand}.
 *
 * <p>For each demand the matcher
 *
 * <ol>
 *   <li>takes the demand's text apart ({@link DemandText}) to find what is needed, unless {@link
 *       MatchOptions#understandDemands()} is off;
 *   <li>fetches a pool of {@link MatchOptions#poolSize()} candidates from the {@link
 *       CapabilityIndex}, with the hard constraints (states, capacity, exclusions, the requester
 *       itself, the region scope) pushed down into the index's {@link CandidateFilter}; a full
 *       pool is widened with the best working candidates of the requester's city, so that a cut
 *       through equally relevant candidates cannot hide the near, ready ones;
 *   <li>scores every candidate as the sum of its {@link Contribution}s, one per {@link Factor}: the
 *       index's relevance, then readiness, proximity to the requester, existing relationships,
 *       industry fit and key-enterprise priority. The factors other than relevance are gated by
 *       relevance: their value is multiplied by the candidate's relevance relative to the most
 *       relevant candidate of the pool, so they re-rank relevant candidates but cannot lift an
 *       irrelevant one (see {@link MatchWeights});
 *   <li>orders by score descending, then relevance descending, then USCC ascending, so equal inputs
 *       give the same ranking on every run.
 * </ol>
 *
 * <p>Candidates the index returns but the enterprise directory does not know (deleted between
 * the two) are skipped: there is nothing to show for them. Statuses come from the index, which
 * receives status updates without re-indexing; each match's enterprise carries that status.
 *
 * <p>Immutable and thread-safe: one matcher serves any number of threads, as long as the index
 * does.
 */
public final class SupplierMatcher {

  private static final Comparator<Scored> RANKING =
      Comparator.comparingDouble(Scored::score).reversed()
          .thenComparing(Comparator.comparingDouble(Scored::relevance).reversed())
          .thenComparing(s -> s.enterprise().uscc().value());

  private final CapabilityIndex index;
  private final RelationView view;
  private final MatchOptions defaults;

  SupplierMatcher(CapabilityIndex index, RelationView view, MatchOptions defaults) {
    this.index = Objects.requireNonNull(index, "index");
    this.view = Objects.requireNonNull(view, "view");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /** A builder for a matcher over {@code index}. */
  public static Builder builder(CapabilityIndex index) {
    return new Builder(index);
  }

  /** The options {@link #match(Demand)} uses. */
  public MatchOptions options() {
    return defaults;
  }

  /**
   * Ranks suppliers for a demand with this matcher's options.
   *
   * @throws IOException if the index cannot be read
   */
  public MatchResult match(Demand demand) throws IOException {
    return match(demand, defaults);
  }

  /**
   * Ranks suppliers for a demand with the given options.
   *
   * @return at most {@code options.topN()} matches, best first, ranks from 1; none of them the
   *     requester
   * @throws IOException if the index cannot be read
   */
  public MatchResult match(Demand demand, MatchOptions options) throws IOException {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(options, "options");
    String understood =
        options.understandDemands() ? DemandText.parse(demand.product()).product() : demand.product().strip();
    Uscc requester = demand.requester();
    Optional<Enterprise> self = view.enterprise(requester);
    CandidateFilter base = CandidateFilter.none()
        .withStates(options.states())
        .withMinCapacity(options.minCapacity())
        .excluding(ImmutableSet.<Uscc>builder().addAll(options.excluded()).add(requester).build());
    Optional<RegionCode> city = options.homeCity().or(() -> self.map(e -> e.region().city()));

    List<Scored> ranked;
    if (options.scope() == RegionScope.ANYWHERE || city.isEmpty()) {
      List<Candidate> pool = search(understood, base, options);
      if (pool.size() == options.poolSize() && self.isPresent()) {
        pool = widen(pool, understood, base, self.get().region().city(), options);
      }
      ranked = rank(demand, understood, pool, options);
    } else if (options.scope() == RegionScope.IN_CITY_ONLY) {
      ranked = rank(demand, understood, search(understood, base.inside(city.get()), options), options);
    } else {
      ranked = inCityFirst(demand, understood, base, city.get(), options);
    }
    List<Match> matches = new ArrayList<>(Math.min(ranked.size(), options.topN()));
    for (Scored s : ranked) {
      if (matches.size() == options.topN()) {
        break;
      }
      matches.add(new Match(matches.size() + 1, s.enterprise, s.score, s.contributions));
    }
    return new MatchResult(demand, understood, matches);
  }

  /**
   * In-city candidates that reach the threshold first; then, only when they are fewer than topN,
   * the best of the other in-city candidates and those from outside together.
   */
  private List<Scored> inCityFirst(
      Demand demand, String understood, CandidateFilter base, RegionCode city, MatchOptions options)
      throws IOException {
    List<Candidate> inside = search(understood, base.inside(city), options);
    long qualified = inside.stream().filter(c -> c.relevance() >= options.inCityThreshold()).count();
    if (qualified >= options.topN()) {
      return rank(demand, understood, inside, options);
    }
    List<Candidate> outside = search(understood, base.outside(city), options);
    List<Candidate> pool = new ArrayList<>(inside);
    pool.addAll(outside);
    List<Scored> all = rank(demand, understood, pool, options);
    List<Scored> first = new ArrayList<>();
    List<Scored> rest = new ArrayList<>();
    for (Scored s : all) {
      boolean in = s.enterprise.region().isWithin(city);
      (in && s.relevance >= options.inCityThreshold() ? first : rest).add(s);
    }
    first.addAll(rest);
    return first;
  }

  /**
   * A full pool may have been cut off in the middle of equally relevant candidates (index scores
   * come in plateaus, and the index breaks ties by its own order), dropping near, working ones
   * that re-ranking would have lifted. So a full pool is widened with the best working candidates
   * in the requester's city: one more search, only when the pool is full.
   */
  private List<Candidate> widen(
      List<Candidate> pool, String understood, CandidateFilter base, RegionCode city, MatchOptions options)
      throws IOException {
    EnumSet<OperatingState> working = EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL);
    working.retainAll(options.states());
    if (working.isEmpty()) {
      return pool;
    }
    List<Candidate> near = search(understood, base.inside(city).withStates(working), options);
    List<Candidate> wider = new ArrayList<>(pool.size() + near.size());
    wider.addAll(pool);
    wider.addAll(near);
    return wider;
  }

  private List<Candidate> search(String text, CandidateFilter filter, MatchOptions options)
      throws IOException {
    return index.search(new CapabilityQuery(text, options.poolSize(), filter, false));
  }

  private List<Scored> rank(Demand demand, String understood, List<Candidate> pool, MatchOptions options) {
    // De-duplicated by code, keeping the first (most relevant) sighting.
    Map<Uscc, Candidate> unique = new LinkedHashMap<>();
    double best = 0;
    for (Candidate c : pool) {
      if (!c.uscc().equals(demand.requester()) && !options.excluded().contains(c.uscc())) {
        unique.putIfAbsent(c.uscc(), c);
        best = Math.max(best, c.relevance());
      }
    }
    List<Candidate> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparingDouble(Candidate::relevance).reversed());
    RequesterProfile profile = RequesterProfile.of(view, demand.requester(), understood, sorted);
    MatchWeights w = options.weights();
    List<Scored> scored = new ArrayList<>(sorted.size());
    for (Candidate c : sorted) {
      Optional<Enterprise> found = view.enterprise(c.uscc());
      if (found.isEmpty()) {
        continue;
      }
      Enterprise e = found.get().status().equals(c.status()) ? found.get() : found.get().withStatus(c.status());
      double gate = best > 0 ? c.relevance() / best : 0;
      FactorValue proximity = profile.requester()
          .map(r -> FactorValue.proximity(r.region().proximityTo(e.region())))
          .orElse(FactorValue.NONE);
      List<Contribution> parts = ImmutableList.of(
          Contribution.of(Factor.RELEVANCE, clamp(c.relevance()), w.relevance(), ""),
          FactorValue.readiness(c.status()).contribution(Factor.READINESS, w.readiness(), gate),
          proximity.contribution(Factor.PROXIMITY, w.proximity(), gate),
          profile.relationship(e.uscc()).contribution(Factor.RELATIONSHIP, w.relationship(), gate),
          profile.industry(e).contribution(Factor.INDUSTRY, w.industry(), gate),
          FactorValue.keyEnterprise(e.key()).contribution(Factor.KEY_ENTERPRISE, w.keyEnterprise(), gate));
      scored.add(new Scored(e, c.relevance(), sum(parts), parts));
    }
    scored.sort(RANKING);
    return scored;
  }

  static double sum(List<Contribution> parts) {
    double total = 0;
    for (Contribution c : parts) {
      total += c.contribution();
    }
    return total;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private record Scored(Enterprise enterprise, double relevance, double score, List<Contribution> contributions) {}

  /** Builds a {@link SupplierMatcher}; not thread-safe. */
  public static final class Builder {
    private final CapabilityIndex index;
    private Collection<Enterprise> enterprises;
    private Collection<SupplyRelation> relations = List.of();
    private MatchOptions options = MatchOptions.defaults();

    private Builder(CapabilityIndex index) {
      this.index = Objects.requireNonNull(index, "index");
    }

    /** Every enterprise the index may return, with the details scoring reads. Required. */
    public Builder enterprises(Collection<Enterprise> all) {
      this.enterprises = Objects.requireNonNull(all, "enterprises");
      return this;
    }

    /** The known supply relations; default none. */
    public Builder relations(Collection<SupplyRelation> all) {
      this.relations = Objects.requireNonNull(all, "relations");
      return this;
    }

    /** The options {@link SupplierMatcher#match(Demand)} uses; default {@link MatchOptions#defaults()}. */
    public Builder options(MatchOptions value) {
      this.options = Objects.requireNonNull(value, "options");
      return this;
    }

    /**
     * Builds the matcher, indexing enterprises and relations in memory.
     *
     * @throws IllegalStateException if no enterprises were given
     * @throws IllegalArgumentException if two enterprises share a code
     */
    public SupplierMatcher build() {
      checkState(enterprises != null, "enterprises(...) is required");
      return new SupplierMatcher(index, RelationTable.of(enterprises, relations), options);
    }
  }
}
