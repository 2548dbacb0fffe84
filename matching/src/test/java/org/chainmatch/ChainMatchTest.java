package org.chainmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.matching.BatchMatcher;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.OfferResult;
import org.chainmatch.matching.OpenDemands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's contract, method by method, on a small chain in 苏州 (home city 320500):
 * 甲 (虎丘) makes 熔喷布 for 乙 (吴中), who makes 口罩 for 丙 (虎丘); 丁 in 南京 makes 熔喷布 and
 * 无纺布. Above all: one truth, every update visible to matching and to analysis alike.
 */
class ChainMatchTest {
  private static final RegionTable REGIONS = RegionTable.bundled();

  private static Enterprise firm(String region, int n, String name, String... products) {
    return Enterprise.builder(code(region, n), name, REGIONS.resolve(region))
        .products(List.of(products))
        .status(OperatingStatus.of(OperatingState.RESUMED))
        .build();
  }

  /** A builder holding everything of {@code e}, to change one part. */
  private static Enterprise.Builder like(Enterprise e, org.chainmatch.core.RegionCode region, String name) {
    return Enterprise.builder(e.uscc(), name, region)
        .industries(e.industries())
        .products(e.products())
        .scope(e.scope())
        .status(e.status())
        .key(e.key());
  }

  private static Uscc code(String region, int n) {
    return Uscc.withComputedCheck("91" + region + String.format("%09d", n));
  }

  private final Enterprise jia = firm("320505", 1, "甲无纺布有限公司", "熔喷布");
  private final Enterprise yi = firm("320506", 2, "乙防护用品有限公司", "医用口罩");
  private final Enterprise bing = firm("320505", 3, "丙医疗器械有限公司", "防护包");
  private final Enterprise ding = firm("320102", 4, "丁新材料有限公司", "熔喷布", "无纺布");
  private final List<SupplyRelation> relations =
      List.of(
          SupplyRelation.of(jia.uscc(), yi.uscc(), "熔喷布"),
          SupplyRelation.of(yi.uscc(), bing.uscc(), "医用口罩"));

  private ChainMatch engine = build(ChainMatch.builder());

  private ChainMatch build(ChainMatch.Builder builder) {
    try {
      return builder.homeCity("320500")
          .enterprises(List.of(jia, yi, bing, ding))
          .relations(relations)
          .threads(2)
          .build();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws IOException {
    engine.close();
  }

  private static List<Uscc> codes(MatchResult result) {
    return result.matches().stream().map(m -> m.enterprise().uscc()).toList();
  }

  /** Every code any list of the report names. */
  private static List<Uscc> named(ResumptionReport r) {
    return Stream.of(
            r.blocked().stream().flatMap(b -> Stream.concat(Stream.of(b.enterprise()), b.blockingSuppliers().stream())),
            r.breakpoints().stream().flatMap(b -> Stream.concat(Stream.of(b.enterprise()), b.stoppedSuppliers().stream())),
            r.stalled().stream().flatMap(s -> Stream.concat(Stream.of(s.supplier()), s.customers().stream())),
            r.cascade().stream().flatMap(a -> Stream.of(a.enterprise(), a.via())),
            r.priorities().stream().map(p -> p.enterprise()))
        .flatMap(s -> s)
        .toList();
  }

  // ---------------------------------------------------------------- data

  @Test
  void homeCityIsTheResolvedCity() {
    assertThat(engine.homeCity().code()).isEqualTo("320500");
  }

  @Test
  void regionsIsTheTableTheHomeCityWasResolvedIn() {
    assertThat(engine.regions().resolve("320506")).isEqualTo(yi.region());
  }

  @Test
  void enterpriseIsTheOneGivenAndEmptyForAnUnknownCode() {
    assertThat(engine.enterprise(jia.uscc())).contains(jia);
    assertThat(engine.enterprise(code("320505", 99))).isEmpty();
  }

  @Test
  void enterpriseCountFollowsAddsAndRemoves() throws IOException {
    engine.upsert(firm("320505", 5, "戊有限公司", "纸箱"));
    engine.remove(ding.uscc());

    assertThat(engine.enterpriseCount()).isEqualTo(4);
  }

  @Test
  void anIndexInMemoryIsNeverReused() {
    assertThat(engine.reusedIndex()).isFalse();
  }

  // ---------------------------------------------------------------- updates

  @Test
  void aStatusUpdateReachesAnalysisAtOnceAndMatchingAfterRefresh() throws IOException {
    OperatingStatus suspended = OperatingStatus.of(OperatingState.SUSPENDED);
    engine.updateStatus(jia.uscc(), suspended);

    assertThat(engine.analyze().breakpoints()).extracting(b -> b.enterprise()).containsExactly(yi.uscc());
    assertThat(engine.enterprise(jia.uscc()).orElseThrow().status()).isEqualTo(suspended);
    engine.refresh();
    Match first = engine.match(Demand.of("d", yi.uscc(), "熔喷布")).matches().stream()
        .filter(m -> m.enterprise().uscc().equals(jia.uscc())).findFirst().orElseThrow();
    assertThat(first.enterprise().status()).isEqualTo(suspended);
  }

  @Test
  void aStatusUpdateOfAnUnknownCodeIsRejectedNamingIt() {
    Uscc unknown = code("320505", 99);

    assertThatThrownBy(() -> engine.updateStatus(unknown, OperatingStatus.unknown()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(unknown.value());
  }

  @Test
  void anUpsertThatMovesAnEnterpriseAndMakesItKeyIsWhatAnalysisAndTheGraphSee() throws IOException {
    Enterprise moved = like(yi, REGIONS.resolve("320102"), yi.name()).key(true).build();

    engine.upsert(moved);

    assertThat(engine.graph().enterprise(yi.uscc())).contains(moved);
    assertThat(engine.analyze().graph().enterprise(yi.uscc())).contains(moved);
    assertThat(engine.enterprise(yi.uscc())).contains(moved);
  }

  @Test
  void anUpsertWithOtherProductsIsWhatTheGraphKnowsTheEnterpriseMakes() throws IOException {
    engine.upsert(like(jia, jia.region(), jia.name()).products(List.of("熔喷布", "无纺布")).build());

    assertThat(engine.graph().productsMadeBy(jia.uscc())).contains("无纺布");
    assertThat(engine.graph().makersOf("无纺布")).contains(jia.uscc(), ding.uscc());
  }

  @Test
  void anUpsertOfAStatusOnlyKeepsTheTopologyAndItsAnalysisPreparation() throws IOException {
    ResumptionReport before = engine.analyze();

    engine.upsert(jia.withStatus(OperatingStatus.of(OperatingState.SUSPENDED)));

    assertThat(engine.analyze().analysis()).isSameAs(before.analysis());
    assertThat(engine.analyze().breakpoints()).extracting(b -> b.enterprise()).containsExactly(yi.uscc());
  }

  @Test
  void aNewEnterpriseIsInTheGraphAndTheAnalysisWithoutRelations() throws IOException {
    Enterprise wu = firm("320505", 5, "戊纸业有限公司", "纸箱");

    engine.upsert(wu);

    assertThat(engine.graph().contains(wu.uscc())).isTrue();
    assertThat(engine.graph().relationsInto(wu.uscc())).isEmpty();
    assertThat(engine.graph().relationsFrom(wu.uscc())).isEmpty();
    assertThat(engine.analyze().graph().enterpriseCount()).isEqualTo(5);
  }

  @Test
  void aNewEnterpriseIsMatchedAfterRefresh() throws IOException {
    Enterprise wu = firm("320505", 5, "戊纸业有限公司", "纸箱");
    engine.upsert(wu);
    engine.refresh();

    assertThat(codes(engine.match(Demand.of("d", yi.uscc(), "纸箱")))).containsExactly(wu.uscc());
  }

  @Test
  void aReplacedEnterpriseKeepsItsRelations() throws IOException {
    engine.upsert(like(jia, jia.region(), "甲新材料有限公司").build());

    assertThat(engine.graph().customersOf(jia.uscc())).containsExactly(yi.uscc());
  }

  @Test
  void aRemovedEnterpriseIsInNoListOfTheAnalysisAndNotInTheGraph() throws IOException {
    engine.updateStatus(jia.uscc(), OperatingStatus.of(OperatingState.SUSPENDED));
    assertThat(named(engine.analyze())).contains(jia.uscc());

    engine.remove(jia.uscc());

    assertThat(named(engine.analyze())).doesNotContain(jia.uscc());
    assertThat(engine.graph().contains(jia.uscc())).isFalse();
    assertThat(engine.graph().suppliersOf(yi.uscc())).isEmpty();
    assertThat(engine.analyze().graph().enterpriseCount()).isEqualTo(3);
  }

  @Test
  void aRemovedEnterpriseIsMatchedNoMoreEvenBeforeRefresh() throws IOException {
    engine.remove(jia.uscc());

    assertThat(codes(engine.match(Demand.of("d", yi.uscc(), "熔喷布")))).containsExactly(ding.uscc());
  }

  @Test
  void aRemovedEnterpriseIsUnknownToUpdates() throws IOException {
    engine.remove(jia.uscc());

    assertThat(engine.enterprise(jia.uscc())).isEmpty();
    assertThatThrownBy(() -> engine.updateStatus(jia.uscc(), OperatingStatus.unknown()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(jia.uscc().value());
  }

  @Test
  void anEnterpriseRemovedAndAddedAgainComesBackWithoutItsRelations() throws IOException {
    engine.remove(jia.uscc());
    engine.upsert(jia);

    assertThat(engine.graph().contains(jia.uscc())).isTrue();
    assertThat(engine.graph().customersOf(jia.uscc())).isEmpty();
    assertThat(engine.graph().customersOf(yi.uscc())).containsExactly(bing.uscc());
  }

  @Test
  void removingAnUnknownCodeChangesNothing() throws IOException {
    ResumptionReport before = engine.analyze();

    engine.remove(code("320505", 99));

    assertThat(engine.analyze()).isSameAs(before);
  }

  @Test
  void refreshMakesAnUpsertVisibleToMatching() throws IOException {
    Enterprise wu = firm("320505", 5, "戊纸业有限公司", "纸箱");
    engine.upsert(wu);
    assertThat(engine.match(Demand.of("d", yi.uscc(), "纸箱")).matches()).isEmpty();

    engine.refresh();

    assertThat(codes(engine.match(Demand.of("d", yi.uscc(), "纸箱")))).containsExactly(wu.uscc());
  }

  @Test
  void commitMakesUpdatesDurableInTheIndexFolder(@TempDir Path dir) throws IOException {
    engine.close();
    engine = build(ChainMatch.builder().indexDirectory(dir));
    engine.upsert(firm("320505", 5, "戊纸业有限公司", "纸箱"));

    engine.commit();

    try (var folder = FSDirectory.open(dir);
        DirectoryReader committed = DirectoryReader.open(folder)) {
      assertThat(committed.numDocs()).isEqualTo(5);
    }
  }

  // ---------------------------------------------------------------- matching

  @Test
  void matchRanksTheWorkingMakerInTheHomeCityFirst() throws IOException {
    assertThat(codes(engine.match(Demand.of("d", yi.uscc(), "熔喷布")))).containsExactly(jia.uscc(), ding.uscc());
  }

  @Test
  void matchWithOptionsAppliesThemAndKeepsTheEnginesHomeCity() throws IOException {
    MatchResult result =
        engine.match(Demand.of("d", yi.uscc(), "熔喷布"), MatchOptions.defaults().withTopK(1));

    assertThat(codes(result)).containsExactly(jia.uscc());
  }

  @Test
  void matchAllDeliversEveryResultInDemandOrder() throws IOException {
    List<Demand> demands = List.of(
        Demand.of("d1", yi.uscc(), "无纺布"), Demand.of("d2", bing.uscc(), "医用口罩"), Demand.of("d3", yi.uscc(), "熔喷布"));
    List<String> order = new ArrayList<>();

    long n = engine.matchAll(demands.iterator(), r -> order.add(r.demand().id()), BatchMatcher.Progress.none());

    assertThat(n).isEqualTo(3);
    assertThat(order).containsExactly("d1", "d2", "d3");
  }

  @Test
  void findCustomersOfAnOfferFindsTheOtherMakersCustomer() throws IOException {
    OfferResult result = engine.findCustomers(Offer.of("o", ding.uscc(), "熔喷布"));

    assertThat(result.matches()).extracting(m -> m.enterprise().uscc()).contains(yi.uscc());
  }

  @Test
  void findCustomersAllDeliversEveryResultInOfferOrder() throws IOException {
    List<Offer> offers = List.of(Offer.of("o1", ding.uscc(), "熔喷布"), Offer.of("o2", yi.uscc(), "医用口罩"));
    List<String> order = new ArrayList<>();

    long n = engine.findCustomersAll(
        offers.iterator(), OpenDemands.none(), r -> order.add(r.offer().id()), BatchMatcher.Progress.none());

    assertThat(n).isEqualTo(2);
    assertThat(order).containsExactly("o1", "o2");
  }

  // ---------------------------------------------------------------- analysis

  @Test
  void analyzeListsTheCustomerWhoseOnlySupplierStoppedAndTheEnterpriseAtRiskBelowIt() throws IOException {
    engine.updateStatus(jia.uscc(), OperatingStatus.of(OperatingState.SUSPENDED));

    ResumptionReport report = engine.analyze();

    assertThat(report.breakpoints()).extracting(b -> b.enterprise(), b -> b.product())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(yi.uscc(), "熔喷布"));
    // 乙 cannot produce without its input (tier 0); 丙, working, depends on it: tier 1 via 乙.
    assertThat(report.tierOf(yi.uscc())).hasValue(0);
    assertThat(report.cascade()).extracting(a -> a.enterprise(), a -> a.tier(), a -> a.via())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(bing.uscc(), 1, yi.uscc()));
  }

  @Test
  void whatIfShowsTheEffectAndLeavesTheEnginesStatuses() {
    var effect = engine.whatIf(Map.of(jia.uscc(), OperatingStatus.of(OperatingState.SUSPENDED)));

    assertThat(effect.toString()).isNotEmpty();
    assertThat(engine.analyze().breakpoints()).isEmpty();
    assertThat(engine.enterprise(jia.uscc()).orElseThrow().status().state()).isEqualTo(OperatingState.RESUMED);
  }

  @Test
  void graphCarriesTheCurrentStatuses() throws IOException {
    engine.updateStatus(yi.uscc(), OperatingStatus.of(OperatingState.PARTIAL, 40));

    assertThat(engine.graph().enterprise(yi.uscc()).orElseThrow().status().capacity()).isEqualTo(40);
  }

  @Test
  void breakpointDemandsAskForTheStoppedInputOnBehalfOfTheCustomer() throws IOException {
    engine.updateStatus(jia.uscc(), OperatingStatus.of(OperatingState.SUSPENDED));

    List<Demand> demands = engine.breakpointDemands(engine.analyze());

    assertThat(demands).singleElement().satisfies(d -> {
      assertThat(d.requester()).isEqualTo(yi.uscc());
      assertThat(d.product()).contains("熔喷布");
    });
  }

  @Test
  void stalledOffersOfferTheProductOfAWorkingSupplierWhoseCustomersStopped() throws IOException {
    engine.updateStatus(yi.uscc(), OperatingStatus.of(OperatingState.SUSPENDED));

    List<Offer> offers = engine.stalledOffers(engine.analyze());

    assertThat(offers).singleElement().satisfies(o -> {
      assertThat(o.supplier()).isEqualTo(jia.uscc());
      assertThat(o.product()).isEqualTo("熔喷布");
    });
  }

  // ---------------------------------------------------------------- lifecycle

  @Test
  void aClosedEngineRefusesEveryCall() throws IOException {
    engine.close();

    assertThatThrownBy(() -> engine.match(Demand.of("d", yi.uscc(), "熔喷布")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> engine.upsert(jia)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(engine::analyze).isInstanceOf(IllegalStateException.class);
  }
}
