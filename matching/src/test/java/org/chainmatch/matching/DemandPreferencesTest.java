package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.matching.Fixtures.HANGZHOU_SHANGCHENG;
import static org.chainmatch.matching.Fixtures.HUQIU;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.maker;
import static org.chainmatch.matching.Fixtures.status;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.chainmatch.testkit.index.FakeCapabilityIndex;

/** Preferences stated in a demand's words become constraints, and are explained in the reasons. */
class DemandPreferencesTest {

  private final Enterprise requester = maker(1, WUZHONG, "口罩").build();
  private final Enterprise farReady = maker(2, HANGZHOU_SHANGCHENG, "熔喷布")
      .status(status(OperatingState.RESUMED, 100)).build();
  private final Enterprise nearSuspended = maker(3, HUQIU, "熔喷布")
      .status(status(OperatingState.SUSPENDED, 0)).build();
  private final Enterprise nearPartial = maker(4, HUQIU, "熔喷布")
      .status(status(OperatingState.PARTIAL, 40)).build();

  private MatchResult match(String note) throws IOException {
    List<Enterprise> all = List.of(requester, farReady, nearSuspended, nearPartial);
    SupplierMatcher matcher = SupplierMatcher.builder(FakeCapabilityIndex.of(all)).enterprises(all).build();
    Demand demand = new Demand("d1", requester.uscc(), "熔喷布", OptionalDouble.empty(), "",
        Optional.empty(), note);
    return matcher.match(demand);
  }

  private static List<Uscc> ranking(MatchResult r) {
    return r.matches().stream().map(m -> m.enterprise().uscc()).toList();
  }

  private static String reasons(Match m, Factor f) {
    return m.contributions().stream().filter(c -> c.factor() == f).findFirst().orElseThrow().detail();
  }

  @Test
  void noPreferenceKeepsEveryCandidate() throws IOException {
    assertThat(ranking(match(""))).containsExactlyInAnyOrder(
        farReady.uscc(), nearSuspended.uscc(), nearPartial.uscc());
    assertThat(DemandPreferences.read("长期合作优先", "熔喷布").isEmpty()).isTrue();
  }

  @Test
  void resumedOnlyIsAHardConstraintExplainedUnderReadiness() throws IOException {
    MatchResult r = match("只要已复工企业");
    assertThat(ranking(r)).containsExactly(farReady.uscc());
    assertThat(reasons(r.matches().get(0), Factor.READINESS))
        .contains("只要已复工企业").contains("resumed suppliers only");
  }

  @Test
  void localFirstIsSoftNearnessCountingDouble() throws IOException {
    MatchResult plain = match("");
    MatchResult r = match("本市企业优先，可分批交货");
    assertThat(ranking(r)).hasSize(3);
    assertThat(ranking(r).indexOf(nearPartial.uscc())).isLessThanOrEqualTo(ranking(plain).indexOf(nearPartial.uscc()));
    Match near = r.matches().stream().filter(m -> m.enterprise().equals(nearPartial)).findFirst().orElseThrow();
    Match nearBefore = plain.matches().stream().filter(m -> m.enterprise().equals(nearPartial)).findFirst().orElseThrow();
    Match far = r.matches().stream().filter(m -> m.enterprise().equals(farReady)).findFirst().orElseThrow();
    Match farBefore = plain.matches().stream().filter(m -> m.enterprise().equals(farReady)).findFirst().orElseThrow();
    assertThat(near.score() - far.score()).isGreaterThan(nearBefore.score() - farBefore.score());
    assertThat(reasons(near, Factor.PROXIMITY)).contains("本市企业优先").contains("nearness counts double");
  }

  @Test
  void localOnlyDropsMakersOutsideTheCity() throws IOException {
    assertThat(ranking(match("仅限本地厂家"))).doesNotContain(farReady.uscc()).hasSize(2);
  }

  @Test
  void nearAndCapacityPhrasesAreRead() {
    DemandPreferences p = DemandPreferences.read("请就近供货，产能50%以上", "");
    assertThat(p.nearer()).isTrue();
    assertThat(p.minCapacity()).isEqualTo(50);
    MatchOptions o = p.applyTo(MatchOptions.defaults());
    assertThat(o.weights().proximity()).isEqualTo(2 * MatchWeights.defaults().proximity());
    assertThat(o.minCapacity()).isEqualTo(50);
  }

  @Test
  void preferencesNeverLoosenTheCallersOptions() {
    MatchOptions strict = MatchOptions.defaults().withScope(RegionScope.IN_CITY_ONLY)
        .withStates(EnumSet.of(OperatingState.RESUMED)).withMinCapacity(80);
    MatchOptions o = DemandPreferences.read("本地优先，产能30%以上", "").applyTo(strict);
    assertThat(o.scope()).isEqualTo(RegionScope.IN_CITY_ONLY);
    assertThat(o.minCapacity()).isEqualTo(80);
    assertThat(o.states()).containsExactly(OperatingState.RESUMED);
  }

  @Test
  void preferenceInTheDemandTextCountsToo() {
    assertThat(DemandPreferences.read("", "急购熔喷布20吨，优先本地已复工企业").nearer()).isTrue();
  }
}
