package org.chainmatch.matching;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmatch.core.OperatingState;

/**
 * Preferences a requester states in words in a demand's note or text (本市企业优先, 就近, 只要已复工企业),
 * turned into matching options: "only" and "must" phrases become hard constraints (candidates are
 * removed), "first" and "near" phrases soft ones (a factor counts double). Each applies on top of the
 * caller's options and never loosens them: a caller's in-city-only scope stays in-city-only.
 *
 * <p>Every preference found is explained in the reasons of the factor it acts on, in Chinese and
 * English. Immutable and thread-safe.
 *
 * @param inCity where suppliers may be: {@link RegionScope#IN_CITY_ONLY} (hard, 只要本市企业) or
 *     {@link RegionScope#ANYWHERE} (no such constraint)
 * @param nearer whether nearness counts double (soft: 就近, 本市企业优先)
 * @param resumedOnly whether only resumed suppliers may be listed (hard)
 * @param readyFirst whether readiness counts double (已复工优先)
 * @param minCapacity the least capacity asked for (产能50%以上), 0 for none
 * @param proximityNote what the requester said about place, for the reasons; empty if nothing
 * @param readinessNote what the requester said about status and capacity; empty if nothing
 */
record DemandPreferences(
    RegionScope inCity,
    boolean nearer,
    boolean resumedOnly,
    boolean readyFirst,
    int minCapacity,
    String proximityNote,
    String readinessNote) {

  static final DemandPreferences NONE =
      new DemandPreferences(RegionScope.ANYWHERE, false, false, false, 0, "", "");

  private static final String LOCAL = "(?:本市|本地|市内|同城|当地|本区域|本地区)";
  private static final String WHO = "(?:的)?(?:企业|供应商|厂家|厂商|工厂|货源|单位)?";
  private static final String ONLY = "(?:只要|只限|仅限|限于?|只找|只考虑|只接受|仅接受|必须是?|须是?|需是|要求是?)";
  private static final Pattern LOCAL_ONLY = Pattern.compile(ONLY + LOCAL + WHO + "|" + LOCAL + WHO + "(?:才可|才行|为限)");
  private static final Pattern LOCAL_FIRST = Pattern.compile(
      LOCAL + WHO + "(?:优先|为先|为主)|优先(?:考虑|选择|采购|联系|对接)?" + LOCAL);
  private static final Pattern NEAR = Pattern.compile("就近|越近越好|距离近的?优先|附近(?:的)?" + WHO + "优先|近距离");
  private static final Pattern RESUMED_ONLY = Pattern.compile(
      ONLY + "(?:已经?|正常)?(?:复工|复产|复工复产|开工|生产)" + WHO
          + "|(?:未复工|停工|停产)" + WHO + "(?:勿扰|不要|除外|免谈|不考虑)");
  private static final Pattern READY_FIRST = Pattern.compile(
      "(?:已经?|正常)(?:复工|复产|开工|生产)" + WHO + "优先|优先(?:考虑|选择)?(?:已经?|正常)(?:复工|复产|开工)");
  private static final Pattern CAPACITY = Pattern.compile("产能(?:在|达到?|不低于|不少于|至少)?\\s*(\\d{1,3})\\s*[%％](?:以上|及以上)?");

  /** The preferences stated in {@code texts} (a demand's note and text); {@link #NONE} if none. */
  static DemandPreferences read(String... texts) {
    StringBuilder all = new StringBuilder();
    for (String t : texts) {
      all.append(t == null ? "" : t.replaceAll("\\s+", "")).append('\n');
    }
    String text = all.toString();
    RegionScope scope = RegionScope.ANYWHERE;
    List<String> place = new ArrayList<>();
    List<String> status = new ArrayList<>();
    String said;
    if ((said = first(LOCAL_ONLY, text)) != null) {
      scope = RegionScope.IN_CITY_ONLY;
      place.add("需求备注“" + said + "”：只列本市企业 (note: in-city suppliers only)");
    }
    // Soft: nearness counts double. Not an in-city-first cut, which would put an in-city maker of
    // a poor fit above a better one outside and break the descending scores of a result.
    boolean nearer = false;
    if (scope == RegionScope.ANYWHERE && (said = first(LOCAL_FIRST, text)) != null) {
      nearer = true;
      place.add("需求备注“" + said + "”：本市企业优先，距离加倍计 (note: in-city first, nearness counts double)");
    }
    if (!nearer && (said = first(NEAR, text)) != null) {
      nearer = true;
      place.add("需求备注“" + said + "”：距离加倍计 (note: nearness counts double)");
    }
    boolean resumedOnly = false;
    boolean readyFirst = false;
    if ((said = first(RESUMED_ONLY, text)) != null) {
      resumedOnly = true;
      status.add("需求备注“" + said + "”：只列已复工企业 (note: resumed suppliers only)");
    } else if ((said = first(READY_FIRST, text)) != null) {
      readyFirst = true;
      status.add("需求备注“" + said + "”：复工加倍计 (note: readiness counts double)");
    }
    int capacity = 0;
    Matcher m = CAPACITY.matcher(text);
    if (m.find()) {
      capacity = Math.min(100, Integer.parseInt(m.group(1)));
      status.add("需求备注“" + m.group() + "”：产能不低于" + capacity + "% (note: capacity ≥ " + capacity + "%)");
    }
    if (place.isEmpty() && status.isEmpty()) {
      return NONE;
    }
    return new DemandPreferences(scope, nearer, resumedOnly, readyFirst, capacity,
        String.join("；", place), String.join("；", status));
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** Whether nothing was stated. */
  boolean isEmpty() {
    return proximityNote.isEmpty() && readinessNote.isEmpty();
  }

  /** {@code options} tightened by these preferences (never loosened). */
  MatchOptions applyTo(MatchOptions options) {
    if (isEmpty()) {
      return options;
    }
    MatchOptions b = options;
    if (inCity == RegionScope.IN_CITY_ONLY) {
      b = b.withScope(inCity);
    }
    if (resumedOnly) {
      Set<OperatingState> allowed = Sets.intersection(options.states(), EnumSet.of(OperatingState.RESUMED));
      b = b.withStates(allowed.isEmpty() ? EnumSet.of(OperatingState.RESUMED) : EnumSet.copyOf(allowed));
    }
    if (minCapacity > options.minCapacity()) {
      b = b.withMinCapacity(minCapacity);
    }
    MatchWeights w = options.weights();
    if (nearer || readyFirst) {
      b = b.withWeights(new MatchWeights(
          w.relevance(),
          readyFirst ? 2 * w.readiness() : w.readiness(),
          nearer ? 2 * w.proximity() : w.proximity(),
          w.relationship(),
          w.industry(),
          w.keyEnterprise()));
    }
    return b;
  }

  /** The contributions of a match with the preferences added to the notes of the factors they act on. */
  List<Contribution> explain(List<Contribution> parts) {
    if (isEmpty()) {
      return parts;
    }
    ImmutableList.Builder<Contribution> out = ImmutableList.builder();
    for (Contribution c : parts) {
      String extra = switch (c.factor()) {
        case PROXIMITY -> proximityNote;
        case READINESS -> readinessNote;
        default -> "";
      };
      out.add(extra.isEmpty() ? c : new Contribution(c.factor(), c.value(), c.weight(),
          c.contribution(), c.detail().isEmpty() ? extra : c.detail() + "；" + extra));
    }
    return out.build();
  }
}
