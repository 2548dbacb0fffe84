package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.OfferResult;

/**
 * Decides which demands of the home city need help from other regions' governments, and writes
 * one {@link OutreachRequest} per authority to be asked.
 *
 * <p><b>Which demands.</b> A demand needs outreach when none of its best {@link
 * OutreachOptions#topK() topK} matches is in the home city, or when no in-city match at all is a
 * local answer: score at least {@link OutreachOptions#minInCityScore()}, working, with capacity at
 * least {@link OutreachOptions#minInCityCapacity()}. Breakpoint-derived demands (ids starting with
 * {@code "BP-"}) are treated like any other.
 *
 * <p><b>What is asked.</b> For each such demand, its best {@link OutreachOptions#maxPerDemand()}
 * matches outside the home city, in rank order. The same supplier and product wanted by several
 * demands becomes one {@link OutreachItem} listing all of them. The reason follows the supplier's
 * status: not working (SUSPENDED, or UNKNOWN: nobody has said it works) → {@link
 * OutreachReason#RESUME}; working below {@link OutreachOptions#lowCapacity()} → {@link
 * OutreachReason#EXPAND}; otherwise {@link OutreachReason#SHIP}. Priorities follow {@link
 * PriorityRule}.
 *
 * <p><b>Determinism.</b> The plan does not depend on the order of the results: they are processed
 * by demand id, and when several results carry different snapshots of one supplier the one from
 * the smallest demand id wins. Request ids are {@code OR-<home city>-<target code>-<yyyyMMdd of
 * today>-1}: unique per sender, target and day, and the same when planning again on the same day;
 * {@link OutreachStore#track} gives a different request of the same day the next sequence number.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutreachPlanner {

  private static final Comparator<OutreachItem> ITEM_ORDER =
      Comparator.comparingDouble(OutreachItem::priorityScore)
          .reversed()
          .thenComparing(i -> i.supplier().uscc().value())
          .thenComparing(OutreachItem::product)
          .thenComparing(OutreachItem::reason);

  private final RegionCode homeCity;
  private final OutreachOptions options;

  private OutreachPlanner(RegionCode homeCity, OutreachOptions options) {
    this.homeCity = homeCity;
    this.options = options;
  }

  /**
   * A planner for {@code homeCity}.
   *
   * @param homeCity a city-level unit of {@code regions} (prefecture city, municipality,
   *     province-administered county-level unit)
   * @throws IllegalArgumentException if {@code homeCity} is not city-level in {@code regions}
   */
  public static OutreachPlanner create(
      RegionCode homeCity, RegionTable regions, OutreachOptions options) {
    checkNotNull(homeCity, "homeCity");
    checkNotNull(regions, "regions");
    checkNotNull(options, "options");
    return new OutreachPlanner(regions.resolveCity(homeCity.code()), options);
  }

  /** A planner for {@code homeCity} with {@link OutreachOptions#defaults()}. */
  public static OutreachPlanner create(RegionCode homeCity, RegionTable regions) {
    return create(homeCity, regions, OutreachOptions.defaults());
  }

  /** The home city. */
  public RegionCode homeCity() {
    return homeCity;
  }

  /** The options. */
  public OutreachOptions options() {
    return options;
  }

  /** Equivalent to {@code plan(results, requesters, Map.of(), today)}. */
  public OutreachPlan plan(
      Collection<MatchResult> results, Map<Uscc, Enterprise> requesters, LocalDate today) {
    return plan(results, requesters, Map.of(), today);
  }

  /**
   * Plans outreach for the demands of {@code results}.
   *
   * @param results one per demand, demand ids unique
   * @param requesters the home city's enterprises, by USCC; must hold every requester of a demand
   *     that needs outreach
   * @param unblocks per demand id, how much meeting it unblocks ({@code >= 0}, e.g. the number of
   *     enterprises a breakpoint holds up); a demand not in the map weighs 1
   * @param today the planning date: urgency is measured from it and request ids carry it
   * @throws IllegalArgumentException on a duplicate demand id, a missing requester, or a negative
   *     or non-finite weight; the message names the demand
   */
  public OutreachPlan plan(
      Collection<MatchResult> results,
      Map<Uscc, Enterprise> requesters,
      Map<String, Double> unblocks,
      LocalDate today) {
    return plan(results, List.of(), requesters, unblocks, today);
  }

  /**
   * Plans outreach for the demands of {@code results} and the offers of {@code offers}, together:
   * one request per target authority holds both the suppliers it is asked to help supply and the
   * buyers it is asked to help take a home-city product ({@link OutreachReason#TAKE}).
   *
   * <p>An offer needs outreach by the same rule as a demand (none of its best {@link
   * OutreachOptions#topK() topK} buyers in the home city, or no in-city buyer that is a local
   * answer); its best {@link OutreachOptions#maxPerDemand()} buyers outside the city are asked,
   * one {@link OutreachItem} per buyer and product, merged across the offers of that product.
   * An offer with no buyer outside the city is not listed here (nothing to ask); it shows as an
   * offer without buyers where the offers' results are reported.
   *
   * @param offers one per offer, offer ids unique and distinct from the demand ids
   * @param requesters the home city's enterprises, by USCC: every requester of a demand and every
   *     supplier of an offer that needs outreach
   * @param unblocks per demand or offer id, how much meeting it unblocks (default 1)
   * @throws IllegalArgumentException on a duplicate id, a missing requester or supplier, or a
   *     negative or non-finite weight; the message names the demand or offer
   */
  public OutreachPlan plan(
      Collection<MatchResult> results,
      Collection<OfferResult> offers,
      Map<Uscc, Enterprise> requesters,
      Map<String, Double> unblocks,
      LocalDate today) {
    checkNotNull(results, "results");
    checkNotNull(offers, "offers");
    checkNotNull(requesters, "requesters");
    checkNotNull(unblocks, "unblocks");
    checkNotNull(today, "today");
    unblocks.forEach(
        (id, w) ->
            checkArgument(
                w != null && Double.isFinite(w) && w >= 0,
                "unblocks weight of demand %s must be a finite number >= 0 but was %s",
                id,
                w));

    Map<String, MatchResult> byDemand = new TreeMap<>();
    for (MatchResult r : results) {
      MatchResult previous = byDemand.putIfAbsent(r.demand().id(), r);
      checkArgument(previous == null, "demand %s appears twice in the results", r.demand().id());
    }

    // Grouped by target region, then by (supplier, product), both in first-seen order; sorted
    // at the end.
    Map<RegionCode, Map<ItemKey, ItemDraft>> drafts = new TreeMap<>();
    List<String> unreachable = new ArrayList<>();
    for (MatchResult r : byDemand.values()) {
      if (!needsOutreach(r)) {
        continue;
      }
      List<Match> asked =
          r.matches().stream()
              .filter(m -> !isInCity(m.enterprise()))
              .limit(options.maxPerDemand())
              .toList();
      if (asked.isEmpty()) {
        unreachable.add(r.demand().id());
        continue;
      }
      Enterprise requester = requesters.get(r.demand().requester());
      checkArgument(
          requester != null,
          "demand %s is posted by %s, who is not among the given requesters",
          r.demand().id(),
          r.demand().requester());
      Need need = new Need(r.demand(), requester);
      String product = r.understood().isBlank() ? r.demand().product() : r.understood().strip();
      for (Match m : asked) {
        Enterprise supplier = m.enterprise();
        RegionCode target = options.authorityLevel().authorityOf(supplier.region());
        drafts
            .computeIfAbsent(target, t -> new LinkedHashMap<>())
            .computeIfAbsent(new ItemKey(supplier.uscc(), product, false), k -> new ItemDraft(supplier))
            .needs
            .add(need);
      }
    }

    Map<String, OfferResult> byOffer = new TreeMap<>();
    for (OfferResult r : offers) {
      String id = r.offer().id();
      checkArgument(!byDemand.containsKey(id) && byOffer.putIfAbsent(id, r) == null,
          "offer %s appears twice in the results or shares a demand's id", id);
    }
    for (OfferResult r : byOffer.values()) {
      if (!needsOutreach(r.matches())) {
        continue;
      }
      List<Match> asked =
          r.matches().stream().filter(m -> !isInCity(m.enterprise())).limit(options.maxPerDemand()).toList();
      if (asked.isEmpty()) {
        continue;
      }
      Enterprise supplier = requesters.get(r.offer().supplier());
      checkArgument(
          supplier != null,
          "offer %s is made by %s, who is not among the given requesters",
          r.offer().id(),
          r.offer().supplier());
      Need need = Need.ofOffer(r.offer(), supplier);
      String product = r.understood().isBlank() ? r.offer().product().strip() : r.understood().strip();
      for (Match m : asked) {
        Enterprise buyer = m.enterprise();
        RegionCode target = options.authorityLevel().authorityOf(buyer.region());
        drafts
            .computeIfAbsent(target, t -> new LinkedHashMap<>())
            .computeIfAbsent(new ItemKey(buyer.uscc(), product, true), k -> new ItemDraft(buyer))
            .needs
            .add(need);
      }
    }

    List<OutreachRequest> requests = new ArrayList<>();
    String day = today.format(DateTimeFormatter.BASIC_ISO_DATE);
    for (Map.Entry<RegionCode, Map<ItemKey, ItemDraft>> e : drafts.entrySet()) {
      RegionCode target = e.getKey();
      List<OutreachItem> items = new ArrayList<>();
      e.getValue().forEach((key, draft) -> items.add(item(key, draft, unblocks, today)));
      items.sort(ITEM_ORDER);
      requests.add(
          new OutreachRequest(
              "OR-" + homeCity.code() + "-" + target.code() + "-" + day + "-1",
              target,
              options.authorityNames().nameOf(target),
              today,
              items));
    }
    return new OutreachPlan(requests, unreachable);
  }

  /** Whether {@code result}'s demand needs outreach, by the rule in the class documentation. */
  public boolean needsOutreach(MatchResult result) {
    checkNotNull(result, "result");
    return needsOutreach(result.matches());
  }

  private boolean needsOutreach(List<Match> matches) {
    boolean inCityAmongTop =
        matches.stream().limit(options.topK()).anyMatch(m -> isInCity(m.enterprise()));
    return !inCityAmongTop || matches.stream().noneMatch(this::isLocalAnswer);
  }

  /** The reason to give for {@code supplier}, by the rule in the class documentation. */
  public OutreachReason reasonFor(Enterprise supplier) {
    OperatingStatus status = supplier.status();
    if (!status.isWorking()) {
      return OutreachReason.RESUME;
    }
    return status.effectiveCapacity() < options.lowCapacity()
        ? OutreachReason.EXPAND
        : OutreachReason.SHIP;
  }

  private boolean isInCity(Enterprise e) {
    return e.region().city().equals(homeCity);
  }

  private boolean isLocalAnswer(Match m) {
    OperatingStatus status = m.enterprise().status();
    return isInCity(m.enterprise())
        && m.score() >= options.minInCityScore()
        && status.isWorking()
        && status.effectiveCapacity() >= options.minInCityCapacity();
  }

  private OutreachItem item(
      ItemKey key, ItemDraft draft, Map<String, Double> unblocks, LocalDate today) {
    List<Need> needs = new ArrayList<>(draft.needs);
    needs.sort(Comparator.comparing(n -> n.demand().id()));
    // An offer's date is when the product is available, not a deadline: no urgency from it.
    Optional<LocalDate> earliest =
        key.take()
            ? Optional.empty()
            : needs.stream()
                .map(n -> n.demand().neededBy())
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    boolean keyRequester = needs.stream().anyMatch(n -> n.requester().key());
    double weight =
        needs.stream().mapToDouble(n -> unblocks.getOrDefault(n.demand().id(), 1.0)).sum();
    PriorityRule rule = options.priorityRule();
    double score = rule.score(earliest, keyRequester, weight, today);
    return new OutreachItem(
        draft.supplier,
        key.product(),
        key.take() ? OutreachReason.TAKE : reasonFor(draft.supplier),
        needs,
        score,
        rule.level(score));
  }

  /** An item: the enterprise there, the product, and whether it is asked to take rather than supply. */
  private record ItemKey(Uscc supplier, String product, boolean take) {}

  private static final class ItemDraft {
    final Enterprise supplier;
    final List<Need> needs = new ArrayList<>();

    ItemDraft(Enterprise supplier) {
      this.supplier = supplier;
    }
  }

  @Override
  public String toString() {
    return "OutreachPlanner[home=" + homeCity + ", " + options + "]";
  }
}
