package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.matching.Fixtures.HANGZHOU_SHANGCHENG;
import static org.chainmatch.matching.Fixtures.HUQIU;
import static org.chainmatch.matching.Fixtures.SUZHOU;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.XUANWU;
import static org.chainmatch.matching.Fixtures.industry;
import static org.chainmatch.matching.Fixtures.maker;
import static org.chainmatch.matching.Fixtures.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.index.CandidateFilter;
import org.junit.jupiter.api.Test;
import org.chainmatch.testkit.index.FakeCapabilityIndex;

class SupplierMatcherTest {

  /** A mask maker in 吴中区 that needs 熔喷布. */
  private final Enterprise requester = maker(1, WUZHONG, "口罩", "熔喷布").build();

  private final List<Enterprise> enterprises = new ArrayList<>(List.of(requester));
  private final List<SupplyRelation> relations = new ArrayList<>();
  private FakeCapabilityIndex index;

  private Enterprise add(Enterprise.Builder builder) {
    Enterprise e = builder.build();
    enterprises.add(e);
    return e;
  }

  private SupplierMatcher matcher(MatchOptions options) {
    index = FakeCapabilityIndex.of(enterprises);
    return SupplierMatcher.builder(index).enterprises(enterprises).relations(relations).options(options).build();
  }

  private List<Uscc> ranking(String product) throws IOException {
    return ranking(product, MatchOptions.defaults());
  }

  private List<Uscc> ranking(String product, MatchOptions options) throws IOException {
    return matcher(options).match(Demand.of("d1", requester.uscc(), product)).matches().stream()
        .map(m -> m.enterprise().uscc())
        .toList();
  }

  private Match only(String product, Enterprise e) throws IOException {
    return matcher(MatchOptions.defaults()).match(Demand.of("d1", requester.uscc(), product)).matches().stream()
        .filter(m -> m.enterprise().uscc().equals(e.uscc()))
        .findFirst()
        .orElseThrow();
  }

  private static Contribution part(Match m, Factor factor) {
    return m.contributions().stream().filter(c -> c.factor() == factor).findFirst().orElseThrow();
  }

  @Test
  void anInCityResumedSupplierOutranksAnEquallyRelevantSuspendedOneInAnotherProvince() throws IOException {
    Enterprise far = add(maker(2, HANGZHOU_SHANGCHENG, "熔喷布").status(OperatingStatus.of(OperatingState.SUSPENDED)));
    Enterprise near = add(maker(3, HUQIU, "熔喷布"));

    assertThat(ranking("熔喷布")).containsExactly(near.uscc(), far.uscc());
  }

  @Test
  void anExistingSupplierOfTheRequesterGetsTheRelationshipBonus() throws IOException {
    Enterprise stranger = add(maker(2, HUQIU, "熔喷布"));
    Enterprise supplier = add(maker(3, HUQIU, "熔喷布"));
    relations.add(SupplyRelation.of(supplier.uscc(), requester.uscc(), "熔喷布"));

    assertThat(ranking("熔喷布")).containsExactly(supplier.uscc(), stranger.uscc());
    Contribution bonus = part(only("熔喷布", supplier), Factor.RELATIONSHIP);
    // Value 1.0 (existing supplier) at full gate (the best relevance), weight 0.20 of the
    // default total 2.0.
    assertThat(bonus.contribution()).isCloseTo(0.10, within(1e-12));
    assertThat(bonus.detail()).isEqualTo("已向需求方供货");
    assertThat(part(only("熔喷布", stranger), Factor.RELATIONSHIP).contribution()).isZero();
  }

  @Test
  void aSupplierOfTheRequestersPeersRanksBelowAnExistingSupplierAndAboveAStranger() throws IOException {
    Enterprise peer = add(maker(4, XUANWU, "口罩"));
    Enterprise stranger = add(maker(2, HUQIU, "熔喷布"));
    Enterprise peerSupplier = add(maker(3, HUQIU, "熔喷布"));
    Enterprise supplier = add(maker(5, HUQIU, "熔喷布"));
    relations.add(SupplyRelation.of(peerSupplier.uscc(), peer.uscc(), "熔喷布"));
    relations.add(SupplyRelation.of(supplier.uscc(), requester.uscc(), "熔喷布"));

    assertThat(ranking("熔喷布")).containsExactly(supplier.uscc(), peerSupplier.uscc(), stranger.uscc());
    Contribution peerBonus = part(only("熔喷布", peerSupplier), Factor.RELATIONSHIP);
    assertThat(peerBonus.value()).isEqualTo(0.6);
    assertThat(peerBonus.detail()).isEqualTo("向同行供货");
  }

  // A hub: thousands of customers, none of them a peer unless given in also.
  private Enterprise hubSupplying(int n, int customers, Enterprise... also) {
    Enterprise hub = add(maker(n, HUQIU, "熔喷布"));
    for (int i = 0; i < customers; i++) {
      Enterprise customer = add(maker(10_000 + n * 10_000 + i, XUANWU, "纸箱"));
      relations.add(SupplyRelation.of(hub.uscc(), customer.uscc(), "熔喷布"));
    }
    for (Enterprise e : also) {
      relations.add(SupplyRelation.of(hub.uscc(), e.uscc(), "熔喷布"));
    }
    return hub;
  }

  private static final int HUB_CUSTOMERS = 2_000;

  @Test
  void aHubAmongWhoseThousandsOfCustomersIsAPeerGetsThePeerBonus() throws IOException {
    Enterprise peer = add(maker(4, XUANWU, "口罩"));
    Enterprise hub = hubSupplying(2, HUB_CUSTOMERS, peer);

    Contribution bonus = part(only("熔喷布", hub), Factor.RELATIONSHIP);

    assertThat(bonus.value()).isEqualTo(0.6);
    assertThat(bonus.detail()).isEqualTo("向同行供货");
  }

  @Test
  void aHubWithThousandsOfCustomersButNoPeerGetsNoPeerBonus() throws IOException {
    Enterprise peer = add(maker(4, XUANWU, "口罩"));
    Enterprise peerSupplier = add(maker(3, HUQIU, "熔喷布"));
    relations.add(SupplyRelation.of(peerSupplier.uscc(), peer.uscc(), "熔喷布"));
    Enterprise hub = hubSupplying(2, HUB_CUSTOMERS);

    assertThat(part(only("熔喷布", hub), Factor.RELATIONSHIP).value()).isZero();
    assertThat(part(only("熔喷布", peerSupplier), Factor.RELATIONSHIP).value()).isEqualTo(0.6);
  }

  @Test
  void aTwoHopLinkGetsASmallerBonus() throws IOException {
    Enterprise partner = add(maker(4, XUANWU, "纸箱"));
    Enterprise linked = add(maker(3, HUQIU, "熔喷布"));
    relations.add(SupplyRelation.of(partner.uscc(), requester.uscc(), "纸箱"));
    relations.add(SupplyRelation.of(linked.uscc(), partner.uscc(), "熔喷布边角料"));

    Contribution link = part(only("熔喷布", linked), Factor.RELATIONSHIP);

    assertThat(link.value()).isEqualTo(0.3);
    assertThat(link.detail()).isEqualTo("二级关联");
  }

  @Test
  void theRequesterNeverMatchesItself() throws IOException {
    Enterprise other = add(maker(2, HUQIU, "熔喷布"));

    // The requester makes 熔喷布 itself, in its own county, resumed: the best candidate but itself.
    assertThat(ranking("熔喷布")).containsExactly(other.uscc());
  }

  @Test
  void theRequesterIsExcludedInTheIndexQuery() throws IOException {
    add(maker(2, HUQIU, "熔喷布"));
    ranking("熔喷布");

    assertThat(index.queries()).allSatisfy(q -> assertThat(q.filter().excluded()).contains(requester.uscc()));
  }

  @Test
  void contributionsSumToTheScore() throws IOException {
    add(maker(2, HUQIU, "熔喷布").key(true).industry(industry("C1781")).status(status(OperatingState.PARTIAL, 60)));
    add(maker(3, XUANWU, "熔喷布").industry(industry("C1781")));
    add(maker(4, HANGZHOU_SHANGCHENG, "熔喷布生产线").status(OperatingStatus.unknown()));

    List<Match> matches = matcher(MatchOptions.defaults()).match(Demand.of("d1", requester.uscc(), "熔喷布")).matches();

    assertThat(matches).hasSize(3).allSatisfy(m ->
        assertThat(m.score()).isEqualTo(m.contributions().stream().mapToDouble(Contribution::contribution).sum()));
    assertThat(matches).allSatisfy(m -> assertThat(m.contributions()).extracting(Contribution::factor)
        .containsExactly(Factor.values()));
  }

  @Test
  void anIrrelevantButNearReadyConnectedEnterpriseDoesNotOutrankARelevantOne() throws IOException {
    Enterprise relevant = add(maker(2, HANGZHOU_SHANGCHENG, "熔喷布").status(OperatingStatus.of(OperatingState.SUSPENDED)));
    Enterprise near = add(Enterprise.builder(Fixtures.uscc(WUZHONG, 3), "企业3", WUZHONG)
        .scope("销售熔喷布").key(true).status(OperatingStatus.of(OperatingState.RESUMED)));
    relations.add(SupplyRelation.of(near.uscc(), requester.uscc(), "纸箱"));

    // near is 0.5 less relevant, beyond twice the 0.13 band: its other factors count nothing, so
    // it scores 0.5 x 1.0 / 2.0 = 0.25, the relevant one 1.0 x 1.0 / 2.0 = 0.5.
    assertThat(ranking("熔喷布")).containsExactly(relevant.uscc(), near.uscc());
    assertThat(only("熔喷布", near).score()).isCloseTo(0.25, within(1e-9));
    assertThat(only("熔喷布", relevant).score()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aCandidateAtItsBestInEveryFactorScoresOne() throws IOException {
    // Two other makers in C1781 vote for the industry; relevance 1.0 from the exact product.
    add(maker(2, XUANWU, "熔喷布").industry(industry("C1781")).status(OperatingStatus.of(OperatingState.SUSPENDED)));
    add(maker(3, XUANWU, "熔喷布").industry(industry("C1781")).status(OperatingStatus.of(OperatingState.SUSPENDED)));
    Enterprise best = add(maker(4, WUZHONG, "熔喷布").industry(industry("C1781")).key(true)
        .status(status(OperatingState.RESUMED, 100)));
    relations.add(SupplyRelation.of(best.uscc(), requester.uscc(), "熔喷布"));

    Match match = only("熔喷布", best);

    assertThat(match.score()).isCloseTo(1.0, within(1e-12));
    assertThat(match.contributions()).extracting(Contribution::value).containsOnly(1.0);
  }

  @Test
  void contributionsAreValueTimesWeightOverTheTotalWeight() throws IOException {
    Enterprise e = add(maker(2, HUQIU, "熔喷布").status(status(OperatingState.PARTIAL, 50)));
    MatchWeights weights = new MatchWeights(2, 1, 1, 0, 0, 0);

    Match match = matcher(MatchOptions.defaults().withWeights(weights))
        .match(Demand.of("d1", requester.uscc(), "熔喷布")).matches().get(0);

    // Total weight 4: relevance 1.0 x 2/4, readiness 0.8 x 0.5 x 1/4, same city 0.8 x 1/4.
    assertThat(match.enterprise()).isEqualTo(e);
    assertThat(match.contributions()).extracting(Contribution::contribution)
        .containsExactly(0.5, 0.1, 0.2, 0.0, 0.0, 0.0);
    assertThat(match.score()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void aSomewhatLessRelevantCandidateKeepsPartOfItsOtherFactors() throws IOException {
    add(maker(2, HANGZHOU_SHANGCHENG, "熔喷布"));
    // Contains the query: relevance 0.8, a gap of 0.2 to the best, between one band (0.13) and
    // two: its factors count 2 - 0.2 / 0.13 = 0.4615 of their value.
    Enterprise longer = add(maker(3, WUZHONG, "熔喷布边角料"));

    Contribution readiness = part(only("熔喷布", longer), Factor.READINESS);

    assertThat(readiness.value()).isCloseTo(2 - 0.2 / 0.13, within(1e-9));
  }

  @Test
  void readinessIsCapacityWhenResumedLowerWhenPartialBetweenWhenUnknownAndZeroWhenSuspended() throws IOException {
    Enterprise resumed = add(maker(2, HUQIU, "熔喷布").status(status(OperatingState.RESUMED, 80)));
    Enterprise partial = add(maker(3, HUQIU, "熔喷布").status(status(OperatingState.PARTIAL, 80)));
    Enterprise unknown = add(maker(4, HUQIU, "熔喷布").status(OperatingStatus.unknown()));
    Enterprise suspended = add(maker(5, HUQIU, "熔喷布").status(OperatingStatus.of(OperatingState.SUSPENDED)));

    assertThat(ranking("熔喷布")).containsExactly(resumed.uscc(), partial.uscc(), unknown.uscc(), suspended.uscc());
    assertThat(part(only("熔喷布", resumed), Factor.READINESS)).satisfies(c -> {
      assertThat(c.value()).isEqualTo(0.8);
      assertThat(c.detail()).isEqualTo("已复工 产能80%");
    });
    assertThat(part(only("熔喷布", partial), Factor.READINESS).value()).isCloseTo(0.64, within(1e-12));
    assertThat(part(only("熔喷布", unknown), Factor.READINESS).value()).isEqualTo(0.3);
    assertThat(part(only("熔喷布", suspended), Factor.READINESS)).satisfies(c -> {
      assertThat(c.value()).isZero();
      assertThat(c.detail()).isEqualTo("未复工");
    });
  }

  @Test
  void proximityPrefersTheSameCountyThenCityThenProvince() throws IOException {
    Enterprise otherProvince = add(maker(2, HANGZHOU_SHANGCHENG, "熔喷布"));
    Enterprise sameProvince = add(maker(3, XUANWU, "熔喷布"));
    Enterprise sameCity = add(maker(4, HUQIU, "熔喷布"));
    Enterprise sameCounty = add(maker(5, WUZHONG, "熔喷布"));

    assertThat(ranking("熔喷布"))
        .containsExactly(sameCounty.uscc(), sameCity.uscc(), sameProvince.uscc(), otherProvince.uscc());
    assertThat(part(only("熔喷布", sameCity), Factor.PROXIMITY).detail()).isEqualTo("同市");
  }

  @Test
  void anIndustryLikeTheProductsUsualMakersCounts() throws IOException {
    add(maker(2, XUANWU, "熔喷布").industry(industry("C1781")));
    add(maker(3, XUANWU, "熔喷布").industry(industry("C1781")));
    Enterprise fitting = add(maker(4, HUQIU, "熔喷布").industry(industry("C1781")));
    Enterprise sameDivision = add(maker(5, HUQIU, "熔喷布").industry(industry("C1712")));
    Enterprise other = add(maker(6, HUQIU, "熔喷布").industry(industry("F5131")));

    assertThat(part(only("熔喷布", fitting), Factor.INDUSTRY).value()).isEqualTo(1.0);
    assertThat(part(only("熔喷布", sameDivision), Factor.INDUSTRY).value()).isEqualTo(0.5);
    assertThat(part(only("熔喷布", other), Factor.INDUSTRY).value()).isZero();
  }

  @Test
  void aKeyEnterpriseGetsPriority() throws IOException {
    Enterprise plain = add(maker(2, HUQIU, "熔喷布"));
    Enterprise key = add(maker(3, HUQIU, "熔喷布").key(true));

    assertThat(ranking("熔喷布")).containsExactly(key.uscc(), plain.uscc());
    assertThat(part(only("熔喷布", key), Factor.KEY_ENTERPRISE).detail()).isEqualTo("重点企业");
  }

  @Test
  void tiesBreakByRelevanceThenCode() throws IOException {
    Enterprise b = add(maker(9, HUQIU, "熔喷布"));
    Enterprise a = add(maker(8, HUQIU, "熔喷布"));

    assertThat(ranking("熔喷布")).containsExactly(a.uscc(), b.uscc());
  }

  @Test
  void theStatusComesFromTheIndex() throws IOException {
    Enterprise e = add(maker(2, HUQIU, "熔喷布"));
    SupplierMatcher m = matcher(MatchOptions.defaults());
    index.updateStatus(e.uscc(), OperatingStatus.of(OperatingState.SUSPENDED));
    index.refresh();

    Match match = m.match(Demand.of("d1", requester.uscc(), "熔喷布")).matches().get(0);

    assertThat(match.enterprise().status().state()).isEqualTo(OperatingState.SUSPENDED);
    assertThat(part(match, Factor.READINESS).value()).isZero();
  }

  @Test
  void aGraphGivesTheSameRankingAsTheCollections() throws IOException {
    Enterprise stranger = add(maker(2, HUQIU, "熔喷布"));
    Enterprise supplier = add(maker(3, HUQIU, "熔喷布"));
    relations.add(SupplyRelation.of(supplier.uscc(), requester.uscc(), "熔喷布"));
    SupplierMatcher fromGraph = SupplierMatcher.builder(FakeCapabilityIndex.of(enterprises))
        .graph(SupplyGraph.of(enterprises, relations)).build();

    MatchResult result = fromGraph.match(Demand.of("d1", requester.uscc(), "熔喷布"));

    assertThat(result.matches()).extracting(m -> m.enterprise().uscc())
        .containsExactly(supplier.uscc(), stranger.uscc());
    assertThat(part(result.matches().get(0), Factor.RELATIONSHIP).value()).isEqualTo(1.0);
  }

  @Test
  void anEnterpriseAddedAfterTheGraphIsFoundThroughTheDirectory() throws IOException {
    Map<Uscc, Enterprise> directory = new ConcurrentHashMap<>();
    enterprises.forEach(e -> directory.put(e.uscc(), e));
    FakeCapabilityIndex updated = FakeCapabilityIndex.of(enterprises);
    SupplierMatcher m = SupplierMatcher.builder(updated)
        .graph(SupplyGraph.of(enterprises, relations))
        .directory(u -> Optional.ofNullable(directory.get(u)))
        .build();
    Enterprise newcomer = maker(2, HUQIU, "熔喷布").key(true).build();
    updated.upsert(newcomer);
    updated.refresh();
    directory.put(newcomer.uscc(), newcomer);

    Match match = m.match(Demand.of("d1", requester.uscc(), "熔喷布")).matches().get(0);

    assertThat(match.enterprise()).isEqualTo(newcomer);
    assertThat(part(match, Factor.KEY_ENTERPRISE).value()).isEqualTo(1.0);
    assertThat(part(match, Factor.RELATIONSHIP).value()).isZero();
  }

  @Test
  void aCandidateTheDirectoryNoLongerKnowsIsSkipped() throws IOException {
    Enterprise deleted = add(maker(2, HUQIU, "熔喷布"));
    Enterprise kept = add(maker(3, HUQIU, "熔喷布"));
    SupplierMatcher m = SupplierMatcher.builder(FakeCapabilityIndex.of(enterprises))
        .directory(u -> u.equals(deleted.uscc()) ? Optional.empty() : Optional.of(byCode(u)))
        .build();

    assertThat(m.match(Demand.of("d1", requester.uscc(), "熔喷布")).matches())
        .extracting(x -> x.enterprise().uscc()).containsExactly(kept.uscc());
  }

  private Enterprise byCode(Uscc u) {
    return enterprises.stream().filter(e -> e.uscc().equals(u)).findFirst().orElseThrow();
  }

  @Test
  void aGraphAndRelationsTogetherAreRejected() {
    SupplierMatcher.Builder b = SupplierMatcher.builder(FakeCapabilityIndex.of(enterprises))
        .graph(SupplyGraph.of(enterprises, relations)).relations(relations);

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("graph(...)");
  }

  @Test
  void aMatcherNeedsEnterprisesAGraphOrADirectory() {
    assertThatThrownBy(() -> SupplierMatcher.builder(FakeCapabilityIndex.of(enterprises)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("directory(...)");
  }

  @Test
  void aFullPoolWhoseTailIsFarLessRelevantIsNotWidened() throws IOException {
    add(maker(2, XUANWU, "熔喷布"));
    // Relevance 0.5 (scope only): twice the band below the best, so nothing the index left out
    // could be lifted into the ranking.
    add(Enterprise.builder(Fixtures.uscc(XUANWU, 3), "企业3", XUANWU).scope("熔喷布贸易")
        .status(OperatingStatus.of(OperatingState.RESUMED)));

    ranking("熔喷布", MatchOptions.defaults().withTopK(1).withPoolSize(2));

    assertThat(index.searchCount()).isEqualTo(1);
  }

  @Test
  void aFullPoolThatAlreadyOffersEnoughNearReadySuppliersIsNotWidened() throws IOException {
    add(maker(2, HUQIU, "熔喷布"));
    add(maker(3, XUANWU, "熔喷布"));

    // topK 1: the pool's first candidate is working and in 苏州 already.
    ranking("熔喷布", MatchOptions.defaults().withTopK(1).withPoolSize(2));

    assertThat(index.searchCount()).isEqualTo(1);
  }

  @Test
  void aFullPoolIsWidenedWithWorkingSuppliersOfTheRequestersCity() throws IOException {
    add(maker(2, XUANWU, "熔喷布"));
    add(maker(3, XUANWU, "熔喷布"));
    // Equally relevant, but its code sorts last, so a pool of two found by text alone misses it.
    Enterprise near = add(maker(4, HUQIU, "熔喷布"));

    MatchOptions narrow = MatchOptions.defaults().withTopK(1).withPoolSize(2);

    assertThat(ranking("熔喷布", narrow)).containsExactly(near.uscc());
    assertThat(index.searchCount()).isEqualTo(2);
  }

  @Test
  void aPoolThatIsNotFullIsNotWidened() throws IOException {
    add(maker(2, XUANWU, "熔喷布"));
    ranking("熔喷布");

    assertThat(index.searchCount()).isEqualTo(1);
  }

  @Test
  void atMostTopNMatchesRankedFromOne() throws IOException {
    for (int n = 2; n < 8; n++) {
      add(maker(n, HUQIU, "熔喷布"));
    }

    List<Match> matches = matcher(MatchOptions.defaults().withTopK(3))
        .match(Demand.of("d1", requester.uscc(), "熔喷布")).matches();

    assertThat(matches).extracting(Match::rank).containsExactly(1, 2, 3);
  }

  @Test
  void disallowedStatesAndLowCapacityAreExcluded() throws IOException {
    add(maker(2, HUQIU, "熔喷布").status(OperatingStatus.of(OperatingState.SUSPENDED)));
    add(maker(3, HUQIU, "熔喷布").status(status(OperatingState.PARTIAL, 20)));
    Enterprise ok = add(maker(4, HUQIU, "熔喷布").status(status(OperatingState.PARTIAL, 60)));

    MatchOptions options = MatchOptions.defaults()
        .withStates(EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL))
        .withMinCapacity(50);

    assertThat(ranking("熔喷布", options)).containsExactly(ok.uscc());
    assertThat(index.queries().get(0).filter().minCapacity()).isEqualTo(50);
  }

  @Test
  void excludedEnterprisesAreNeverMatched() throws IOException {
    Enterprise excluded = add(maker(2, HUQIU, "熔喷布"));
    Enterprise kept = add(maker(3, HUQIU, "熔喷布"));

    assertThat(ranking("熔喷布", MatchOptions.defaults().withExcluded(Set.of(excluded.uscc()))))
        .containsExactly(kept.uscc());
  }

  @Test
  void inCityOnlyKeepsOutOfCitySuppliersOut() throws IOException {
    add(maker(2, XUANWU, "熔喷布"));
    Enterprise inCity = add(maker(3, HUQIU, "熔喷布").status(OperatingStatus.of(OperatingState.SUSPENDED)));

    assertThat(ranking("熔喷布", MatchOptions.defaults().withScope(RegionScope.IN_CITY_ONLY)))
        .containsExactly(inCity.uscc());
    assertThat(index.queries().get(0).filter().scope()).isEqualTo(CandidateFilter.Scope.INSIDE);
    assertThat(index.queries().get(0).filter().area()).contains(SUZHOU);
  }

  @Test
  void inCityFirstFillsFromOutsideWhenTheCityHasTooFew() throws IOException {
    Enterprise outside = add(maker(2, XUANWU, "熔喷布"));
    Enterprise inCity = add(maker(3, HUQIU, "熔喷布").status(OperatingStatus.of(OperatingState.SUSPENDED)));

    MatchOptions options = MatchOptions.defaults().withScope(RegionScope.IN_CITY_FIRST).withTopK(2);

    // The resumed one outside would score higher, but in-city candidates come first.
    assertThat(ranking("熔喷布", options)).containsExactly(inCity.uscc(), outside.uscc());
  }

  @Test
  void inCityFirstDoesNotLookOutsideWhenTheCityHasEnough() throws IOException {
    add(maker(2, XUANWU, "熔喷布"));
    Enterprise a = add(maker(3, HUQIU, "熔喷布"));
    Enterprise b = add(maker(4, HUQIU, "熔喷布"));

    MatchOptions options = MatchOptions.defaults().withScope(RegionScope.IN_CITY_FIRST).withTopK(2);

    assertThat(ranking("熔喷布", options)).containsExactlyInAnyOrder(a.uscc(), b.uscc());
    assertThat(index.searchCount()).isEqualTo(1);
  }

  @Test
  void inCityFirstPutsWeakInCityCandidatesAmongTheRest() throws IOException {
    Enterprise weakInCity = add(Enterprise.builder(Fixtures.uscc(HUQIU, 3), "企业3", HUQIU)
        .scope("熔喷布贸易").status(OperatingStatus.of(OperatingState.RESUMED)));
    Enterprise outside = add(maker(2, XUANWU, "熔喷布"));

    MatchOptions options = MatchOptions.defaults().withScope(RegionScope.IN_CITY_FIRST).withInCityThreshold(0.6);

    assertThat(ranking("熔喷布", options)).containsExactly(outside.uscc(), weakInCity.uscc());
  }

  @Test
  void aSentenceIsSearchedForTheProductItNamesNotItsPurpose() throws IOException {
    add(maker(2, HUQIU, "熔喷布"));
    Enterprise pp = add(maker(3, XUANWU, "聚丙烯专用料"));

    MatchResult result = matcher(MatchOptions.defaults())
        .match(Demand.of("d1", requester.uscc(), "为生产熔喷布需采购聚丙烯专用料，请有货源的企业联系"));

    assertThat(result.understood()).isEqualTo("聚丙烯专用料");
    assertThat(result.matches()).extracting(m -> m.enterprise().uscc()).containsExactly(pp.uscc());
  }

  @Test
  void withoutUnderstandingTheSentenceIsSearchedAsGiven() throws IOException {
    add(maker(3, XUANWU, "聚丙烯专用料"));
    MatchOptions literal = MatchOptions.defaults().withUnderstandDemands(false);

    MatchResult result = matcher(literal).match(Demand.of("d1", requester.uscc(), "急购聚丙烯专用料"));

    assertThat(result.understood()).isEqualTo("急购聚丙烯专用料");
    assertThat(result.matches()).isEmpty();
  }

  @Test
  void reasonsNameEachFactorInChineseAndEnglish() throws IOException {
    Enterprise e = add(maker(2, HUQIU, "熔喷布").status(status(OperatingState.RESUMED, 80)));

    assertThat(only("熔喷布", e).reasons())
        .contains("能力匹配 capability 0.500")
        .contains("复工与产能 readiness 0.160 (已复工 产能80%)")
        .contains("距离 proximity 0.080 (同市)");
  }
}
