package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.outreach.Fixtures.REGIONS;
import static org.chainmatch.outreach.Fixtures.SUZHOU;
import static org.chainmatch.outreach.Fixtures.TODAY;
import static org.chainmatch.outreach.Fixtures.demand;
import static org.chainmatch.outreach.Fixtures.enterprise;
import static org.chainmatch.outreach.Fixtures.match;
import static org.chainmatch.outreach.Fixtures.region;
import static org.chainmatch.outreach.Fixtures.requester;
import static org.chainmatch.outreach.Fixtures.result;
import static org.chainmatch.outreach.Fixtures.working;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.MatchResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutreachPlannerTest {
  static final Enterprise LOCAL = working(1, "苏州吴中精密有限公司", "320506");
  static final Enterprise WUXI_A = working(101, "无锡华光电子有限公司", "320205");
  static final Enterprise WUXI_B = working(102, "无锡精工机械有限公司", "320205");
  static final Enterprise HANGZHOU = working(103, "杭州西湖化工有限公司", "330106");
  static final Enterprise BEIJING = working(104, "北京朝阳材料有限公司", "110105");
  static final Enterprise XIANTAO = working(105, "仙桃无纺布有限公司", "429004");
  static final Enterprise DONGGUAN = working(106, "东莞电子有限公司", "441900");

  static final Enterprise KEY_REQUESTER = requester(11, "苏州甲汽车有限公司", true);
  static final Enterprise PLAIN_REQUESTER = requester(12, "苏州乙电器有限公司", false);
  static final Map<Uscc, Enterprise> REQUESTERS =
      Map.of(KEY_REQUESTER.uscc(), KEY_REQUESTER, PLAIN_REQUESTER.uscc(), PLAIN_REQUESTER);

  final OutreachPlanner planner = OutreachPlanner.create(SUZHOU, REGIONS);

  OutreachPlan plan(MatchResult... results) {
    return planner.plan(List.of(results), REQUESTERS, TODAY);
  }

  static Demand plain(String id, String product) {
    return demand(id, PLAIN_REQUESTER, product);
  }

  @Nested
  class WhichDemands {
    @Test
    void aWorkingWellScoredLocalSupplierAtTheTopNeedsNoOutreach() {
      assertThat(planner.needsOutreach(result(plain("D1", "芯片"), LOCAL, WUXI_A))).isFalse();
    }

    @Test
    void topKAllOutsideTheCityNeedsOutreachEvenWithAGoodLocalSupplierFurtherDown() {
      MatchResult r = result(plain("D1", "芯片"), WUXI_A, WUXI_B, HANGZHOU, LOCAL);

      assertThat(planner.needsOutreach(r)).isTrue();
    }

    @Test
    void topKIsConfigurable() {
      OutreachPlanner top4 =
          OutreachPlanner.create(SUZHOU, REGIONS, OutreachOptions.defaults().withTopK(4));

      assertThat(top4.needsOutreach(result(plain("D1", "芯片"), WUXI_A, WUXI_B, HANGZHOU, LOCAL)))
          .isFalse();
    }

    @Test
    void aSuspendedLocalSupplierIsNoLocalAnswer() {
      Enterprise suspended = enterprise(2, "苏州停工厂", "320506", OperatingState.SUSPENDED, 0);

      assertThat(planner.needsOutreach(result(plain("D1", "芯片"), suspended, WUXI_A))).isTrue();
    }

    @Test
    void aLocalSupplierBelowTheCapacityMinimumIsNoLocalAnswer() {
      Enterprise weak = enterprise(2, "苏州弱产能厂", "320506", OperatingState.PARTIAL, 29);
      Enterprise enough = enterprise(3, "苏州够产能厂", "320506", OperatingState.PARTIAL, 30);

      assertThat(planner.needsOutreach(result(plain("D1", "芯片"), weak, WUXI_A))).isTrue();
      assertThat(planner.needsOutreach(result(plain("D2", "芯片"), enough, WUXI_A))).isFalse();
    }

    @Test
    void aLocalSupplierBelowTheScoreThresholdIsNoLocalAnswer() {
      MatchResult low =
          new MatchResult(plain("D1", "芯片"), "芯片", List.of(match(1, LOCAL, 0.49)));
      MatchResult enough =
          new MatchResult(plain("D2", "芯片"), "芯片", List.of(match(1, LOCAL, 0.5)));

      assertThat(planner.needsOutreach(low)).isTrue();
      assertThat(planner.needsOutreach(enough)).isFalse();
    }

    @Test
    void breakpointDemandsAreTreatedLikeAnyOther() {
      OutreachPlan plan = plan(result(plain("BP-0001", "轴承"), WUXI_A));

      assertThat(plan.requests()).singleElement()
          .satisfies(r -> assertThat(r.items().get(0).needs().get(0).demand().id())
              .isEqualTo("BP-0001"));
    }

    @Test
    void aDemandWithNoCandidateOutsideTheCityIsListedAsUnreachable() {
      Enterprise suspended = enterprise(2, "苏州停工厂", "320506", OperatingState.SUSPENDED, 0);

      OutreachPlan plan = plan(result(plain("D2", "芯片"), suspended), result(plain("D1", "轴承")));

      assertThat(plan.requests()).isEmpty();
      assertThat(plan.unreachable()).containsExactly("D1", "D2");
    }
  }

  @Nested
  class WhatIsAsked {
    @Test
    void asksForTheBestOutOfCitySuppliersInRankOrderUpToTheMaximum() {
      Enterprise weakLocal = enterprise(2, "苏州弱产能厂", "320506", OperatingState.PARTIAL, 10);

      OutreachPlan plan = plan(result(plain("D1", "芯片"), HANGZHOU, weakLocal, WUXI_A, WUXI_B));

      assertThat(plan.requests())
          .flatExtracting(OutreachRequest::items)
          .extracting(i -> i.supplier().name())
          .containsExactlyInAnyOrder("杭州西湖化工有限公司", "无锡华光电子有限公司");
    }

    @Test
    void maxPerDemandIsConfigurable() {
      OutreachPlanner one =
          OutreachPlanner.create(SUZHOU, REGIONS, OutreachOptions.defaults().withMaxPerDemand(1));

      OutreachPlan plan =
          one.plan(List.of(result(plain("D1", "芯片"), WUXI_B, WUXI_A)), REQUESTERS, TODAY);

      assertThat(plan.requests()).flatExtracting(OutreachRequest::items)
          .extracting(OutreachItem::supplier).containsExactly(WUXI_B);
    }

    @Test
    void theProductIsWhatTheMatcherUnderstood() {
      Demand d = plain("D1", "急需一批工业级芯片，越快越好");
      MatchResult r = new MatchResult(d, "工业级芯片", List.of(match(1, WUXI_A, 0.7)));

      OutreachPlan plan = plan(r);

      assertThat(plan.requests().get(0).items().get(0).product()).isEqualTo("工业级芯片");
    }
  }

  @Nested
  class Grouping {
    @Test
    void suppliersUnderOneAuthorityShareOneRequestAndOthersGetTheirOwn() {
      OutreachPlan plan =
          plan(result(plain("D1", "芯片"), WUXI_A, HANGZHOU), result(plain("D2", "轴承"), WUXI_B));

      assertThat(plan.requests())
          .extracting(OutreachRequest::id, OutreachRequest::authority)
          .containsExactly(
              tuple("OR-320500-320200-20240201-1", "无锡市工业和信息化局"),
              tuple("OR-320500-330100-20240201-1", "杭州市工业和信息化局"));
      assertThat(plan.requests().get(0).items())
          .extracting(OutreachItem::supplier)
          .containsExactlyInAnyOrder(WUXI_A, WUXI_B);
      assertThat(plan.requests().get(1).items())
          .extracting(OutreachItem::supplier)
          .containsExactly(HANGZHOU);
    }

    @Test
    void theSameSupplierAndProductForSeveralDemandsIsOneItemListingThemAll() {
      Demand byKey = demand("D2", KEY_REQUESTER, "芯片");
      Demand byPlain = plain("D1", "芯片");

      OutreachPlan plan = plan(result(byKey, WUXI_A), result(byPlain, WUXI_A));

      OutreachItem item = plan.requests().get(0).items().get(0);
      assertThat(plan.requests().get(0).items()).hasSize(1);
      assertThat(item.needs())
          .extracting(n -> n.demand().id(), n -> n.requester().name())
          .containsExactly(
              tuple("D1", "苏州乙电器有限公司"),
              tuple("D2", "苏州甲汽车有限公司"));
    }

    @Test
    void theSameSupplierForDifferentProductsIsTwoItems() {
      OutreachPlan plan = plan(result(plain("D1", "芯片"), WUXI_A), result(plain("D2", "电容"), WUXI_A));

      assertThat(plan.requests()).singleElement()
          .satisfies(r -> assertThat(r.items()).extracting(OutreachItem::product)
              .containsExactlyInAnyOrder("芯片", "电容"));
    }

    @Test
    void thePlanDoesNotDependOnTheOrderOfTheResults() {
      List<MatchResult> results = new ArrayList<>(List.of(
          result(plain("D1", "芯片"), WUXI_A, HANGZHOU),
          result(demand("D2", KEY_REQUESTER, "芯片"), WUXI_A),
          result(plain("D3", "轴承"), BEIJING, WUXI_B),
          result(plain("D4", "无纺布"), XIANTAO, DONGGUAN)));
      OutreachPlan forward = planner.plan(results, REQUESTERS, TODAY);
      Collections.reverse(results);

      assertThat(planner.plan(results, REQUESTERS, TODAY)).isEqualTo(forward);
    }

    @Test
    void itemsAreSortedByPriorityThenSupplierUscc() {
      Demand urgent = demand("D9", KEY_REQUESTER, "轴承").withNeededBy(TODAY);

      OutreachPlan plan = plan(result(plain("D1", "芯片"), WUXI_A), result(urgent, WUXI_B));

      assertThat(plan.requests().get(0).items()).extracting(OutreachItem::supplier)
          .containsExactly(WUXI_B, WUXI_A);
    }
  }

  @Nested
  class Regions {
    OutreachRequest onlyRequest(OutreachPlanner p, Enterprise supplier) {
      OutreachPlan plan =
          p.plan(List.of(result(plain("D1", "芯片"), supplier)), REQUESTERS, TODAY);
      assertThat(plan.requests()).hasSize(1);
      return plan.requests().get(0);
    }

    @Test
    void aMunicipalityDistrictGoesToTheMunicipality() {
      OutreachRequest r = onlyRequest(planner, BEIJING);

      assertThat(r.target().code()).isEqualTo("110000");
      assertThat(r.authority()).isEqualTo("北京市经济和信息化局");
      assertThat(r.id()).isEqualTo("OR-320500-110000-20240201-1");
    }

    @Test
    void aProvinceAdministeredCountyLevelCityIsItsOwnAuthority() {
      OutreachRequest r = onlyRequest(planner, XIANTAO);

      assertThat(r.target().code()).isEqualTo("429004");
      assertThat(r.authority()).isEqualTo("仙桃市工业和信息化局");
    }

    @Test
    void aCityWithoutCountiesIsItsOwnAuthority() {
      OutreachRequest r = onlyRequest(planner, DONGGUAN);

      assertThat(r.target().code()).isEqualTo("441900");
      assertThat(r.authority()).isEqualTo("东莞市工业和信息化局");
    }

    @Test
    void atProvinceLevelRequestsGoToTheProvincialDepartment() {
      OutreachPlanner provincial = OutreachPlanner.create(SUZHOU, REGIONS,
          OutreachOptions.defaults().withAuthorityLevel(AuthorityLevel.PROVINCE));

      assertThat(onlyRequest(provincial, WUXI_A).authority()).isEqualTo("江苏省工业和信息化厅");
      assertThat(onlyRequest(provincial, XIANTAO).authority()).isEqualTo("湖北省工业和信息化厅");
      assertThat(onlyRequest(provincial, BEIJING).authority()).isEqualTo("北京市经济和信息化局");
    }

    @Test
    void atProvinceLevelTwoCitiesOfOneProvinceShareARequest() {
      OutreachPlanner provincial = OutreachPlanner.create(SUZHOU, REGIONS,
          OutreachOptions.defaults().withAuthorityLevel(AuthorityLevel.PROVINCE));
      Enterprise guangzhou = working(107, "广州天河电子有限公司", "440106");

      OutreachPlan plan = provincial.plan(
          List.of(result(plain("D1", "芯片"), DONGGUAN, guangzhou)), REQUESTERS, TODAY);

      assertThat(plan.requests()).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo("OR-320500-440000-20240201-1");
        assertThat(r.items()).hasSize(2);
      });
    }

    @Test
    void aMunicipalityCanBeTheHomeCity() {
      OutreachPlanner beijing = OutreachPlanner.create(region("110000"), REGIONS);
      Enterprise chaoyangRequester = working(20, "北京朝阳汽车有限公司", "110105");
      MatchResult r = result(Demand.of("D1", chaoyangRequester.uscc(), "芯片"), BEIJING, WUXI_A);

      assertThat(beijing.needsOutreach(r)).isFalse();
    }

    @Test
    void theHomeCityMustBeCityLevel() {
      assertThatThrownBy(() -> OutreachPlanner.create(region("320506"), REGIONS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("320506");
    }
  }

  @Nested
  class Reasons {
    @Test
    void aSuspendedSupplierIsAskedToResume() {
      assertThat(planner.reasonFor(enterprise(1, "甲", "320205", OperatingState.SUSPENDED, 0)))
          .isEqualTo(OutreachReason.RESUME);
    }

    @Test
    void aSupplierNobodyReportedOnIsAskedToResume() {
      assertThat(planner.reasonFor(enterprise(1, "甲", "320205", OperatingState.UNKNOWN, -1)))
          .isEqualTo(OutreachReason.RESUME);
    }

    @Test
    void aSupplierWorkingBelowTheLowCapacityIsAskedToExpand() {
      assertThat(planner.reasonFor(enterprise(1, "甲", "320205", OperatingState.PARTIAL, 49)))
          .isEqualTo(OutreachReason.EXPAND);
    }

    @Test
    void aSupplierWorkingAtTheLowCapacityIsAskedToShip() {
      assertThat(planner.reasonFor(enterprise(1, "甲", "320205", OperatingState.PARTIAL, 50)))
          .isEqualTo(OutreachReason.SHIP);
    }

    @Test
    void theLowCapacityIsConfigurable() {
      OutreachPlanner strict = OutreachPlanner.create(
          SUZHOU, REGIONS, OutreachOptions.defaults().withLowCapacity(80));

      assertThat(strict.reasonFor(enterprise(1, "甲", "320205", OperatingState.PARTIAL, 70)))
          .isEqualTo(OutreachReason.EXPAND);
    }

    @Test
    void theItemCarriesItsSuppliersReason() {
      Enterprise suspended = enterprise(108, "无锡停产厂", "320205", OperatingState.SUSPENDED, 0);

      OutreachPlan plan = plan(result(plain("D1", "芯片"), suspended));

      assertThat(plan.requests().get(0).items().get(0).reason()).isEqualTo(OutreachReason.RESUME);
    }
  }

  @Nested
  class Priorities {
    OutreachItem onlyItem(OutreachPlan plan) {
      assertThat(plan.requests()).hasSize(1);
      assertThat(plan.requests().get(0).items()).hasSize(1);
      return plan.requests().get(0).items().get(0);
    }

    @Test
    void aKeyRequesterNeedingItInThreeDaysIsHigh() {
      // 0.4 * (1 - 3/30) + 0.3 * 1 + 0.3 * (1/2) = 0.36 + 0.3 + 0.15 = 0.81
      Demand d = demand("D1", KEY_REQUESTER, "芯片").withNeededBy(TODAY.plusDays(3));

      OutreachItem item = onlyItem(plan(result(d, WUXI_A)));

      assertThat(item.priorityScore()).isCloseTo(0.81, within(1e-9));
      assertThat(item.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void aPlainRequesterWithoutADateIsLow() {
      // 0 + 0 + 0.3 * (1/2) = 0.15
      OutreachItem item = onlyItem(plan(result(plain("D1", "芯片"), WUXI_A)));

      assertThat(item.priorityScore()).isCloseTo(0.15, within(1e-9));
      assertThat(item.priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void aPastDueDateCountsAsFullyUrgent() {
      // 0.4 * 1 + 0 + 0.15 = 0.55
      Demand d = plain("D1", "芯片").withNeededBy(TODAY.minusDays(2));

      OutreachItem item = onlyItem(plan(result(d, WUXI_A)));

      assertThat(item.priorityScore()).isCloseTo(0.55, within(1e-9));
      assertThat(item.priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void aMergedItemTakesTheEarliestDateAndAddsUpWhatItUnblocks() {
      // earliest date in 15 days: 0.4 * 0.5 = 0.2; W = 1 + 1 = 2: 0.3 * 2/3 = 0.2; total 0.4
      Demand later = plain("D1", "芯片").withNeededBy(TODAY.plusDays(25));
      Demand sooner = plain("D2", "芯片").withNeededBy(TODAY.plusDays(15));

      OutreachItem item = onlyItem(plan(result(later, WUXI_A), result(sooner, WUXI_A)));

      assertThat(item.priorityScore()).isCloseTo(0.4, within(1e-9));
      assertThat(item.priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void unblocksWeightsRaiseTheScore() {
      // due today: 0.4; W = 9: 0.3 * 9/10 = 0.27; total 0.67
      Demand d = plain("BP-7", "轴承").withNeededBy(TODAY);

      OutreachItem item = onlyItem(
          planner.plan(List.of(result(d, WUXI_A)), REQUESTERS, Map.of("BP-7", 9.0), TODAY));

      assertThat(item.priorityScore()).isCloseTo(0.67, within(1e-9));
      assertThat(item.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void theRequestTakesItsHighestItem() {
      Demand urgent = demand("D2", KEY_REQUESTER, "轴承").withNeededBy(TODAY);

      OutreachRequest r = plan(result(plain("D1", "芯片"), WUXI_A), result(urgent, WUXI_B))
          .requests().get(0);

      // 0.4 + 0.3 + 0.15 = 0.85
      assertThat(r.priorityScore()).isCloseTo(0.85, within(1e-9));
      assertThat(r.priority()).isEqualTo(Priority.HIGH);
    }
  }

  @Nested
  class BadInput {
    @Test
    void aRequesterMissingFromTheMapIsRejectedNamingTheDemand() {
      Enterprise stranger = requester(99, "苏州陌生有限公司", false);

      assertThatThrownBy(() -> plan(result(demand("D7", stranger, "芯片"), WUXI_A)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("D7")
          .hasMessageContaining(stranger.uscc().value());
    }

    @Test
    void aDuplicateDemandIdIsRejected() {
      assertThatThrownBy(
              () -> plan(result(plain("D1", "芯片"), WUXI_A), result(plain("D1", "轴承"), WUXI_B)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("D1");
    }

    @Test
    void aNegativeUnblocksWeightIsRejected() {
      assertThatThrownBy(() -> planner.plan(
              List.of(result(plain("D1", "芯片"), WUXI_A)), REQUESTERS, Map.of("D1", -1.0), TODAY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("D1")
          .hasMessageContaining("-1.0");
    }
  }
}
