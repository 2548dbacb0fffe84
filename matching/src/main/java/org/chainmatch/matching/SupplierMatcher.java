package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

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
import java.util.Optional;
import java.util.function.Function;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
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
 *       pool whose last candidate is about as relevant as its first is widened with the best
 *       working candidates of the requester's city, so that a cut through equally relevant
 *       candidates cannot hide the near, ready ones (unless the pool already offers {@code topK}
 *       of those);
 *   <li>scores every candidate as the sum of its {@link Contribution}s, one per {@link Factor}: the
 *       index's relevance, then readiness, proximity to the requester, existing relationships,
 *       industry fit and key-enterprise priority. Each contribution is {@code value × weight / Σ
 *       weights}, so scores lie in [0, 1]. The factors other than relevance are <em>gated</em> by
 *       relevance: their values count in full for candidates within {@link
 *       MatchOptions#relevanceBand()} of the most relevant candidate of the pool, fade out
 *       linearly below that and are 0 beyond twice the band. So they re-rank candidates that offer
 *       the same capability in other words, but cannot lift a maker of a different product, or an
 *       irrelevant one, over the right one;
 *   <li>orders by score descending, then relevance descending, then USCC ascending, so equal inputs
 *       give the same ranking on every run.
 * </ol>
 *
 * <h2>Enterprises and relations</h2>
 *
 * Enterprise details (region, industries, key flag) come from a <em>directory</em> asked at match
 * time, so an engine that upserts enterprises while matching is seen; by default the directory is
 * the {@link SupplyGraph} the matcher was built with. Statuses come from the index, which receives
 * status updates without re-indexing: each match's enterprise carries the status its index
 * candidate had ({@code enterprise.withStatus(candidate.status())}), so a match's status always
 * agrees with the snapshot that was searched and with its readiness contribution. A candidate
 * the directory does not know (deleted since the search) is skipped: there is nothing to show for
 * it. Relations come from the graph, a snapshot: an enterprise added after it has none.
 *
 * <h2>Threads</h2>
 *
 * A matcher is immutable. Any number of threads may call {@link #match} at once, also while other
 * threads change the index and the directory, provided that both are thread-safe (every {@link
 * CapabilityIndex} is; a directory over a {@link java.util.concurrent.ConcurrentHashMap} or the
 * default graph directory is). Each call works on its own profile of the requester and allocates
 * nothing shared.
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
    this.index = checkNotNull(index, "index");
    this.view = checkNotNull(view, "view");
    this.defaults = checkNotNull(defaults, "defaults");
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
   * Ranks suppliers for a demand with the given options, tightened by the preferences the demand
   * states in its note or text: 本市企业优先 / 优先本地 and 就近 (nearness counts double), 只要本市企业 (in-city only),
   * 只要已复工企业 (resumed only), 已复工优先 (readiness counts double),
   * 产能50%以上 (least capacity). Each one found is named in the reasons of the factor it acts on.
   *
   * @return at most {@code options.topK()} matches, best first, ranks from 1; none of them the
   *     requester
   * @throws IOException if the index cannot be read
   */
  public MatchResult match(Demand demand, MatchOptions options) throws IOException {
    checkNotNull(demand, "demand");
    checkNotNull(options, "options");
    // Preferences stated in words (本市企业优先, 只要已复工企业) tighten the options, never loosen them.
    DemandPreferences preferences = DemandPreferences.read(demand.note(), demand.product());
    options = preferences.applyTo(options);
    String understood =
        options.understandDemands() ? DemandText.parse(demand.product()).product() : demand.product().strip();
    Uscc requester = demand.requester();
    Optional<Enterprise> self = view.enterprise(requester);
    CandidateFilter base = CandidateFilter.none()
        .withStates(options.states())
        .withMinCapacity(options.minCapacity())
        .excluding(ImmutableSet.<Uscc>builder().addAll(options.excluded()).add(requester).build());
    Optional<RegionCode> city = options.homeCity().or(() -> self.map(e -> e.region().city()));

    Ranking ranked;
    if (options.scope() == RegionScope.ANYWHERE || city.isEmpty()) {
      List<Candidate> pool = search(understood, base, options);
      if (self.isPresent() && cutInsideTheBand(pool, options)
          && !offersEnoughNearAndReady(pool, self.get().region().city(), options)) {
        pool = widen(pool, understood, base, self.get().region().city(), options);
      }
      ranked = rank(demand, understood, pool, options);
    } else if (options.scope() == RegionScope.IN_CITY_ONLY) {
      ranked = rank(demand, understood, search(understood, base.inside(city.get()), options), options);
    } else {
      ranked = inCityFirst(demand, understood, base, city.get(), options);
    }
    List<Match> matches = new ArrayList<>(Math.min(ranked.scored().size(), options.topK()));
    for (Scored s : ranked.scored()) {
      if (matches.size() == options.topK()) {
        break;
      }
      Match m = toMatch(matches.size() + 1, s, ranked.profile(), options.weights());
      matches.add(preferences.isEmpty()
          ? m : new Match(m.rank(), m.enterprise(), m.score(), preferences.explain(m.contributions())));
    }
    return new MatchResult(demand, understood, matches);
  }

  /**
   * In-city candidates that reach the threshold first; then, only when they are fewer than topK,
   * the best of the other in-city candidates and those from outside together.
   */
  private Ranking inCityFirst(
      Demand demand, String understood, CandidateFilter base, RegionCode city, MatchOptions options)
      throws IOException {
    List<Candidate> inside = search(understood, base.inside(city), options);
    long qualified = inside.stream().filter(c -> c.relevance() >= options.inCityThreshold()).count();
    if (qualified >= options.topK()) {
      return rank(demand, understood, inside, options);
    }
    List<Candidate> outside = search(understood, base.outside(city), options);
    List<Candidate> pool = new ArrayList<>(inside);
    pool.addAll(outside);
    Ranking all = rank(demand, understood, pool, options);
    List<Scored> first = new ArrayList<>();
    List<Scored> rest = new ArrayList<>();
    for (Scored s : all.scored()) {
      boolean in = s.enterprise.region().isWithin(city);
      (in && s.relevance >= options.inCityThreshold() ? first : rest).add(s);
    }
    first.addAll(rest);
    return new Ranking(first, all.profile());
  }

  /**
   * Whether the index may have cut the pool off where the other factors still count: it is full
   * and its least relevant candidate is within twice the {@linkplain MatchOptions#relevanceBand()
   * band} of its most relevant one. Otherwise whatever the index left out is gated to relevance
   * alone and less relevant than everything in the pool, so it could not enter the ranking.
   */
  private static boolean cutInsideTheBand(List<Candidate> pool, MatchOptions options) {
    if (pool.size() < options.poolSize()) {
      return false;
    }
    double best = pool.get(0).relevance();
    double last = pool.get(pool.size() - 1).relevance();
    return best - last < 2 * options.relevanceBand();
  }

  /**
   * Whether the pool already holds {@code topK} working candidates of the requester's city within
   * the band of its best: then the ranking's top is near and ready whatever the cut hid, and
   * widening could only swap in ones marginally better (the same county rather than the same city,
   * more capacity), not worth a second search. Enterprise regions are read from the directory only
   * when the cheaper tests pass.
   */
  private boolean offersEnoughNearAndReady(List<Candidate> pool, RegionCode city, MatchOptions options) {
    double floor = pool.get(0).relevance() - options.relevanceBand();
    int found = 0;
    for (Candidate c : pool) {
      if (c.relevance() < floor) {
        break;
      }
      if (c.status().isWorking()) {
        Optional<Enterprise> e = view.enterprise(c.uscc());
        if (e.isPresent() && e.get().region().isWithin(city) && ++found == options.topK()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A full pool may have been cut off in the middle of equally relevant candidates (index scores
   * come in plateaus, and the index breaks ties by its own order), dropping near, working ones
   * that re-ranking would have lifted. So such a pool is widened with the best working candidates
   * in the requester's city: one more search.
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

  /**
   * Scores the pool. Only numbers are computed here; the contributions with their notes are built
   * for the matches shown ({@link #toMatch}), since most of a pool is never shown.
   */
  private Ranking rank(Demand demand, String understood, List<Candidate> pool, MatchOptions options) {
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
    Optional<Enterprise> requester = profile.requester();
    MatchWeights w = options.weights();
    double total = w.total();
    SupplyGraph graph = view.graph();
    List<Scored> scored = new ArrayList<>(sorted.size());
    for (Candidate c : sorted) {
      Optional<Enterprise> found = view.enterprise(c.uscc());
      if (found.isEmpty()) {
        continue;
      }
      // The index's status, whatever the directory says: it is the one the search filtered on.
      Enterprise e = found.get().withStatus(c.status());
      double relevance = clamp(c.relevance());
      double gate = gate(relevance, best, options.relevanceBand());
      FactorValue relationship = profile.relationship(graph.idOf(e.uscc()));
      double industry = profile.industryValue(e);
      double proximity = requester.isPresent()
          ? FactorValue.proximity(requester.get().region().proximityTo(e.region())).value()
          : 0;
      // The same arithmetic, in the same order, as the contributions toMatch builds, so that the
      // score is exactly their sum.
      double score = part(relevance, 1, w.relevance(), total)
          + part(FactorValue.readinessValue(c.status()), gate, w.readiness(), total)
          + part(proximity, gate, w.proximity(), total)
          + part(relationship.value(), gate, w.relationship(), total)
          + part(industry, gate, w.industry(), total)
          + part(e.key() ? 1 : 0, gate, w.keyEnterprise(), total);
      scored.add(new Scored(e, relevance, gate, relationship, Math.min(1, score)));
    }
    scored.sort(RANKING);
    return new Ranking(scored, profile);
  }

  /**
   * How much of the non-relevance factors a candidate of relevance {@code r} keeps when the best
   * candidate has {@code best}: all within the band, nothing beyond twice the band, linear between
   * (continuous, so no small change of relevance makes a large jump in score).
   */
  static double gate(double r, double best, double band) {
    double gap = best - r;
    return gap <= band ? 1 : Math.max(0, 2 - gap / band);
  }

  private static double part(double value, double gate, double weight, double total) {
    return Math.min(1, value * gate) * weight / total;
  }

  /** The match at {@code rank} for a scored candidate, with its breakdown. */
  private static Match toMatch(int rank, Scored s, RequesterProfile profile, MatchWeights w) {
    double total = w.total();
    Enterprise e = s.enterprise;
    FactorValue proximity = profile.requester()
        .map(r -> FactorValue.proximity(r.region().proximityTo(e.region())))
        .orElse(FactorValue.NONE);
    List<Contribution> parts = ImmutableList.of(
        Contribution.of(Factor.RELEVANCE, s.relevance, w.relevance(), total, ""),
        FactorValue.readiness(e.status()).contribution(Factor.READINESS, w.readiness(), total, s.gate),
        proximity.contribution(Factor.PROXIMITY, w.proximity(), total, s.gate),
        s.relationship.contribution(Factor.RELATIONSHIP, w.relationship(), total, s.gate),
        profile.industry(e).contribution(Factor.INDUSTRY, w.industry(), total, s.gate),
        FactorValue.keyEnterprise(e.key()).contribution(Factor.KEY_ENTERPRISE, w.keyEnterprise(), total, s.gate));
    return new Match(rank, e, s.score, parts);
  }

  static double sum(List<Contribution> parts) {
    double total = 0;
    for (Contribution c : parts) {
      total += c.contribution();
    }
    return Math.min(1, total);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private record Scored(
      Enterprise enterprise, double relevance, double gate, FactorValue relationship, double score) {}

  /** A pool's scored candidates, best first, and the requester profile they were scored with. */
  private record Ranking(List<Scored> scored, RequesterProfile profile) {}

  /**
   * Builds a {@link SupplierMatcher}; not thread-safe.
   *
   * <p>Give the relations either as a {@link #graph(SupplyGraph)} or as {@link
   * #enterprises(Collection) enterprises} and {@link #relations(Collection) relations} (from which
   * a graph is built); give a {@link #directory(Function) directory} when enterprises change while
   * the matcher is in use.
   */
  public static final class Builder {
    private final CapabilityIndex index;
    private Collection<Enterprise> enterprises;
    private Collection<SupplyRelation> relations;
    private SupplyGraph graph;
    private Function<Uscc, Optional<Enterprise>> directory;
    private MatchOptions options = MatchOptions.defaults();

    private Builder(CapabilityIndex index) {
      this.index = checkNotNull(index, "index");
    }

    /**
     * Every enterprise the index may return, with the details scoring reads; a graph of them and
     * the {@link #relations(Collection) relations} is built. Not together with {@link
     * #graph(SupplyGraph)}.
     */
    public Builder enterprises(Collection<Enterprise> all) {
      this.enterprises = checkNotNull(all, "enterprises");
      return this;
    }

    /** The known supply relations among the {@link #enterprises(Collection) enterprises}; default none. */
    public Builder relations(Collection<SupplyRelation> all) {
      this.relations = checkNotNull(all, "relations");
      return this;
    }

    /**
     * The supply graph to read relations (and, without a {@link #directory(Function) directory},
     * enterprises) from; shared, not copied. Not together with {@link #enterprises(Collection)} or
     * {@link #relations(Collection)}.
     */
    public Builder graph(SupplyGraph value) {
      this.graph = checkNotNull(value, "graph");
      return this;
    }

    /**
     * Where the matcher looks enterprises up at match time; default the graph. The function must
     * be thread-safe, must not return null, and should answer from the same source the index is
     * updated from, so that upserts are seen; an enterprise it does not know is not matched.
     */
    public Builder directory(Function<Uscc, Optional<Enterprise>> lookup) {
      this.directory = checkNotNull(lookup, "directory");
      return this;
    }

    /** The options {@link SupplierMatcher#match(Demand)} uses; default {@link MatchOptions#defaults()}. */
    public Builder options(MatchOptions value) {
      this.options = checkNotNull(value, "options");
      return this;
    }

    /**
     * Builds the matcher.
     *
     * @throws IllegalStateException if none of enterprises, graph and directory was given, if
     *     relations were given without enterprises, or if a graph was given with enterprises or
     *     relations
     * @throws IllegalArgumentException if two enterprises share a code or a relation names an
     *     enterprise not among them
     */
    public SupplierMatcher build() {
      return new SupplierMatcher(
          index, RelationView.assemble(enterprises, relations, graph, directory), options);
    }
  }
}
