package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.OfferResult;

/**
 * Outreach for one {@link ChainMatch} engine: plans requests to other regions' governments from
 * the engine's match results and writes their letters, with the engine's home city, enterprises
 * and supply relations. The engine matches and analyses; this class is the step after it, kept in
 * its own module so that the matching jar carries no letters, JSON or file locks.
 *
 * <pre>{@code
 * try (ChainMatch engine = ChainMatch.builder().homeCity("320500").dataset(data).build()) {
 *   Outreach outreach = Outreach.builder(engine)
 *       .letterTemplate(LetterTemplate.builder(engine.homeCity()).sender("苏州市工业和信息化局").build())
 *       .build();
 *   OutreachPlan plan = outreach.plan(List.of(engine.match(demand)), LocalDate.now());
 *   List<OutreachLetter> letters = outreach.letters(plan);
 * }
 * }</pre>
 *
 * <p>Tracking the planned requests is a {@link TrackingStore}'s (such as {@link OutreachStore}),
 * kept apart: a system tracks in its own database or not at all.
 *
 * <p>Immutable and thread-safe as the engine is. It reads the engine's enterprises and graph as
 * they are at each call (a status update shows in the next plan and letter); it never closes the
 * engine.
 */
public final class Outreach {
  private final ChainMatch engine;
  private final OutreachPlanner planner;
  private final LetterTemplate letters;

  private Outreach(Builder b) {
    this.engine = b.engine;
    this.planner = OutreachPlanner.create(engine.homeCity(), engine.regions(), b.options);
    this.letters = b.letterTemplate != null
        ? b.letterTemplate
        : LetterTemplate.builder(engine.homeCity()).build();
  }

  /** Outreach for {@code engine} with {@link OutreachOptions#defaults()} and the default letters. */
  public static Outreach of(ChainMatch engine) {
    return builder(engine).build();
  }

  /** A builder for outreach on behalf of {@code engine}'s home city. */
  public static Builder builder(ChainMatch engine) {
    return new Builder(checkNotNull(engine, "engine"));
  }

  /** The planner in use (the engine's home city and these options). */
  public OutreachPlanner planner() {
    return planner;
  }

  /** The letter template in use. */
  public LetterTemplate letterTemplate() {
    return letters;
  }

  /**
   * Plans outreach to other regions for the demands whose best suppliers are outside the home
   * city (or that have no adequate supplier inside it).
   *
   * @param today the planning date: urgency is measured from it and request ids carry it
   * @throws IllegalArgumentException if a demand's requester is not one of the engine's enterprises
   */
  public OutreachPlan plan(Collection<MatchResult> results, LocalDate today) {
    return plan(results, Map.of(), today);
  }

  /** As {@link #plan(Collection, LocalDate)}, weighing demands by what they unblock. */
  public OutreachPlan plan(
      Collection<MatchResult> results, Map<String, Double> unblocks, LocalDate today) {
    return plan(results, List.of(), unblocks, today);
  }

  /**
   * Plans outreach for demands and offers together, one request per target authority: the
   * suppliers there asked to help supply the home city's demands, and the buyers there asked to
   * help take the products the home city's offers (such as its {@linkplain ChainMatch#stalledOffers
   * stalled suppliers'}) cannot place at home. See {@link OutreachPlanner#plan(Collection,
   * Collection, Map, Map, LocalDate)}.
   *
   * @throws IllegalArgumentException if a demand's requester or an offer's supplier is not one of
   *     the engine's enterprises (the message names the demand or offer)
   */
  public OutreachPlan plan(
      Collection<MatchResult> results,
      Collection<OfferResult> offers,
      Map<String, Double> unblocks,
      LocalDate today) {
    checkNotNull(results, "results");
    checkNotNull(offers, "offers");
    Map<Uscc, Enterprise> requesters = new HashMap<>();
    for (MatchResult r : results) {
      Uscc u = r.demand().requester();
      Enterprise e = engine.enterprise(u).orElse(null);
      checkArgument(e != null, "demand %s names unknown requester %s", r.demand().id(), u);
      requesters.put(u, e);
    }
    for (OfferResult r : offers) {
      Uscc u = r.offer().supplier();
      Enterprise e = engine.enterprise(u).orElse(null);
      checkArgument(e != null, "offer %s names unknown supplier %s", r.offer().id(), u);
      requesters.put(u, e);
    }
    return planner.plan(results, offers, requesters, unblocks, today);
  }

  /**
   * One letter per request of the plan, addressed to its target authority, in plan order and
   * numbered from the {@linkplain Builder#letterTemplate letter template}'s first number. A
   * supplier with a known supply relation to a requester is named as its 原供应企业.
   */
  public List<OutreachLetter> letters(OutreachPlan plan) {
    checkNotNull(plan, "plan");
    SupplyGraph g = engine.graph();
    return letters.renderAll(plan.requests(),
        (supplier, customer) -> g.contains(supplier) && g.contains(customer)
            && g.suppliersOf(customer).contains(supplier));
  }

  @Override
  public String toString() {
    return "Outreach[" + engine.homeCity().code() + ", " + planner.options() + "]";
  }

  /** Configures an {@link Outreach}; not thread-safe. */
  public static final class Builder {
    private final ChainMatch engine;
    private OutreachOptions options = OutreachOptions.defaults();
    private LetterTemplate letterTemplate;

    private Builder(ChainMatch engine) {
      this.engine = engine;
    }

    /** Which demands need outreach and what is asked (default {@link OutreachOptions#defaults()}). */
    public Builder options(OutreachOptions value) {
      this.options = checkNotNull(value, "options");
      return this;
    }

    /**
     * How letters are written: sender, contacts, disruption, 发文字号 and 抄送 (default: {@code
     * LetterTemplate.builder(engine.homeCity()).build()}). Its home city must be the engine's.
     */
    public Builder letterTemplate(LetterTemplate template) {
      this.letterTemplate = checkNotNull(template, "template");
      return this;
    }

    /**
     * @throws IllegalArgumentException if the letter template is for another city than the
     *     engine's home city
     */
    public Outreach build() {
      checkArgument(letterTemplate == null || letterTemplate.homeCity().equals(engine.homeCity()),
          "the letter template is for %s but the home city is %s",
          letterTemplate == null ? null : letterTemplate.homeCity(), engine.homeCity());
      return new Outreach(this);
    }
  }
}
