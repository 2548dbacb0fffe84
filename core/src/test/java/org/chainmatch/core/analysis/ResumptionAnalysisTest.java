package org.chainmatch.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.core.graph.Firms.FUZHOU;
import static org.chainmatch.core.graph.Firms.GULOU;
import static org.chainmatch.core.graph.Firms.TAIJIANG;
import static org.chainmatch.core.graph.Firms.WUZHONG;
import static org.chainmatch.core.graph.Firms.firm;
import static org.chainmatch.core.graph.Firms.supplies;
import static org.chainmatch.core.graph.Firms.suspended;
import static org.chainmatch.core.graph.Firms.uscc;

import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.junit.jupiter.api.Test;

class ResumptionAnalysisTest {

  private static final OperatingStatus RESUMED = OperatingStatus.of(OperatingState.RESUMED);
  private static final OperatingStatus SUSPENDED = OperatingStatus.of(OperatingState.SUSPENDED);

  /**
   * 聚丙烯 from 1 (苏州, works, share 0.3) and 2 (福州, suspended, share 0.7) to the 熔喷布 hub 3; 3
   * and the suspended 耳带 maker 5 (苏州) supply the key mask maker 4; 4 supplies the distributor 7;
   * 6 (苏州) makes 耳带 but supplies nobody; 9 supplies 包装 only to the suspended 2.
   */
  private static SupplyGraph masks() {
    return SupplyGraph.of(
        List.of(
            firm(1, WUZHONG, "聚丙烯"),
            suspended(2, GULOU, "聚丙烯"),
            firm(3, GULOU, "熔喷布"),
            Enterprise.builder(uscc(4), "口罩厂", TAIJIANG).product("医用口罩").status(RESUMED).key(true).build(),
            suspended(5, WUZHONG, "耳带"),
            firm(6, WUZHONG, "耳带"),
            firm(7, GULOU),
            firm(9, GULOU, "包装")),
        List.of(
            supplies(1, 3, "聚丙烯", 0.3),
            supplies(2, 3, "聚丙烯", 0.7),
            supplies(3, 4, "熔喷布"),
            supplies(5, 4, "耳带"),
            supplies(4, 7, "医用口罩"),
            supplies(9, 2, "包装")));
  }

  private static ResumptionReport analyze(SupplyGraph graph) {
    return ResumptionAnalysis.of(graph, FUZHOU).analyze();
  }

  private static Uscc u(int n) {
    return uscc(n);
  }

  @Test
  void sharesThatPartlyCoverBlockTheCustomer() {
    assertThat(analyze(masks()).blocked())
        .contains(new Blocked(u(3), "聚丙烯", 0.3, List.of(u(2))));
  }

  @Test
  void inputWithoutWorkingSupplierIsBlockedAndABreakpoint() {
    ResumptionReport report = analyze(masks());

    assertThat(report.blocked()).contains(new Blocked(u(4), "耳带", 0.0, List.of(u(5))));
    assertThat(report.blockedEnterprises()).containsExactlyInAnyOrder(u(3), u(4));
  }

  @Test
  void breakpointWhoseOnlyWorkingMakerIsOutOfCity() {
    assertThat(analyze(masks()).breakpoints())
        .containsExactly(new Breakpoint(u(4), "耳带", 2, List.of(u(5)), Sourcing.OUT_OF_CITY_ONLY, 0, 1));
  }

  @Test
  void breakpointBecomesADemandWithADeterministicId() {
    Breakpoint breakpoint = analyze(masks()).breakpoints().get(0);

    Demand demand = breakpoint.toDemand();

    assertThat(demand.id()).isEqualTo("BP-" + u(4).value() + "-2");
    assertThat(demand.requester()).isEqualTo(u(4));
    assertThat(demand.product()).isEqualTo("耳带");
    assertThat(demand.note()).contains(u(5).value());
  }

  @Test
  void breakpointWithNoWorkingMakerAnywhereIsNoneKnown() {
    SupplyGraph graph = masks().withStatuses(Map.of(u(6), SUSPENDED));

    assertThat(analyze(graph).breakpoints()).singleElement()
        .extracting(Breakpoint::sourcing).isEqualTo(Sourcing.NONE_KNOWN);
  }

  @Test
  void breakpointsAreReportedForSuspendedCustomersToo() {
    SupplyGraph graph = masks().withStatuses(Map.of(u(9), SUSPENDED));

    assertThat(analyze(graph).breakpoints()).extracting(Breakpoint::enterprise, Breakpoint::product)
        .contains(org.assertj.core.groups.Tuple.tuple(u(2), "包装"));
  }

  @Test
  void supplierWhoseOnlyCustomerIsSuspendedIsStalled() {
    assertThat(analyze(masks()).stalled()).containsExactly(new Stalled(u(9), "包装", List.of(u(2))));
  }

  @Test
  void cascadeStartsAtCustomersOfEnterprisesThatCannotProduce() {
    // Sources: 2 and 5 (suspended), 3 and 4 (blocked). Only 7 can produce and has such a supplier.
    assertThat(analyze(masks()).cascade()).containsExactly(new AtRisk(u(7), 1, u(4)));
  }

  @Test
  void prioritiesWeighKeyCustomersAndDownstreamDependence() {
    // 5: unblocks 耳带 of key 4 (weight 3) + dependence 3 × (1 + 1) = 6 → 9.
    // 2: unblocks 聚丙烯 of 3 (weight 1) + dependence 0.7 × (1 + 3 × (1 + 1)) = 4.9 → 5.9.
    List<Priority> priorities = analyze(masks()).priorities();

    assertThat(priorities).extracting(Priority::enterprise).containsExactly(u(5), u(2));
    assertThat(priorities.get(0).score()).isCloseTo(9.0, within(1e-9));
    assertThat(priorities.get(0).freedEnterprises()).isEqualTo(1);
    assertThat(priorities.get(0).explanation()).contains("重点企业 1 家");
    assertThat(priorities.get(1).score()).isCloseTo(5.9, within(1e-9));
    assertThat(priorities.get(1).rank()).isEqualTo(2);
  }

  @Test
  void equalPartsWhenNoShareIsKnown() {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(firm(1, GULOU, "钢"), suspended(2, GULOU, "钢"), suspended(3, GULOU, "钢"), firm(4, GULOU)),
            List.of(supplies(1, 4, "钢"), supplies(2, 4, "钢"), supplies(3, 4, "钢")));

    assertThat(analyze(graph).blocked()).singleElement()
        .satisfies(b -> assertThat(b.coverage()).isCloseTo(1.0 / 3, within(1e-12)))
        .extracting(Blocked::blockingSuppliers).isEqualTo(List.of(u(2), u(3)));
  }

  @Test
  void twoOfThreeEqualSuppliersCoverEnough() {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(firm(1, GULOU, "钢"), firm(2, GULOU, "钢"), suspended(3, GULOU, "钢"), firm(4, GULOU)),
            List.of(supplies(1, 4, "钢"), supplies(2, 4, "钢"), supplies(3, 4, "钢")));

    assertThat(analyze(graph).blocked()).isEmpty();
  }

  @Test
  void unknownSharesSplitWhatTheKnownLeave() {
    // 1 (suspended) has 0.5; 2 and 3 split the other 0.5: coverage 0.25 + 0.25 meets 0.5.
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(suspended(1, GULOU, "钢"), firm(2, GULOU, "钢"), firm(3, GULOU, "钢"), firm(4, GULOU)),
            List.of(supplies(1, 4, "钢", 0.5), supplies(2, 4, "钢"), supplies(3, 4, "钢")));

    assertThat(analyze(graph).blocked()).isEmpty();
  }

  @Test
  void partialCapacityScalesCoverage() {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(firm(1, GULOU, OperatingStatus.of(OperatingState.PARTIAL, 40), "钢"), firm(2, GULOU)),
            List.of(supplies(1, 2, "钢", 1.0)));

    assertThat(analyze(graph).blocked()).singleElement()
        .satisfies(b -> assertThat(b.coverage()).isCloseTo(0.4, within(1e-12)));
    assertThat(analyze(graph).breakpoints()).isEmpty();
  }

  @Test
  void supplierOfSeveralProductsBreaksEachInput() {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(suspended(1, GULOU, "钢", "铝"), firm(2, GULOU), firm(3, GULOU)),
            List.of(supplies(1, 2, "钢"), supplies(1, 3, "铝"), supplies(1, 2, "铝")));

    assertThat(analyze(graph).breakpoints())
        .extracting(Breakpoint::enterprise, Breakpoint::product, Breakpoint::ordinal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(u(2), "钢", 1), // U+94A2 sorts before 铝 U+94DD
            org.assertj.core.groups.Tuple.tuple(u(2), "铝", 2),
            org.assertj.core.groups.Tuple.tuple(u(3), "铝", 1));
  }

  @Test
  void cascadeOnACycleReachesEachEnterpriseOnce() {
    // 1 suspended → 2 has no working supplier (blocked) → 3 at tier 1 → 1 is a source already.
    SupplyGraph ring =
        SupplyGraph.of(
            List.of(suspended(1, GULOU, "a"), firm(2, GULOU, "b"), firm(3, GULOU, "c")),
            List.of(supplies(1, 2, "a"), supplies(2, 3, "b"), supplies(3, 1, "c")));

    assertThat(analyze(ring).cascade()).containsExactly(new AtRisk(u(3), 1, u(2)));
  }

  @Test
  void cascadeStopsAtMaxTiers() {
    SupplyGraph chain =
        SupplyGraph.of(
            List.of(suspended(1, GULOU, "a"), firm(2, GULOU, "b"), firm(3, GULOU, "c"), firm(4, GULOU, "d"), firm(5, GULOU)),
            List.of(supplies(1, 2, "a"), supplies(2, 3, "b"), supplies(3, 4, "c"), supplies(4, 5, "d")));
    ResumptionAnalysis twoTiers =
        ResumptionAnalysis.of(chain, FUZHOU, AnalysisOptions.defaults().withMaxCascadeTiers(2));

    assertThat(twoTiers.analyze().cascade())
        .containsExactly(new AtRisk(u(3), 1, u(2)), new AtRisk(u(4), 2, u(3)));
  }

  @Test
  void whatIfResumingASupplierUnblocksItsCustomer() {
    ResumptionReport before = analyze(masks());

    WhatIf effect = before.whatIf(Map.of(u(2), RESUMED));

    assertThat(effect.noLongerBlocked()).containsExactly(new Blocked(u(3), "聚丙烯", 0.3, List.of(u(2))));
    assertThat(effect.newlyBlocked()).isEmpty();
    assertThat(effect.breakpointDelta()).isZero();
    assertThat(effect.after().stalled()).isEmpty();
  }

  @Test
  void whatIfSuspendingAHubSpreadsTheCascade() {
    ResumptionReport before = analyze(masks());

    WhatIf effect = before.whatIf(Map.of(u(1), SUSPENDED));

    assertThat(effect.newBreakpoints()).extracting(Breakpoint::enterprise).containsExactly(u(3));
    assertThat(effect.newlyAtRisk()).isEmpty(); // 3 was already blocked, a source
    assertThat(effect.after().blocked()).extracting(Blocked::coverage).containsExactly(0.0, 0.0);
  }

  @Test
  void whatIfMatchesAFullAnalysis() {
    Map<Uscc, OperatingStatus> changes = Map.of(u(5), RESUMED, u(3), SUSPENDED);

    ResumptionReport incremental = analyze(masks()).whatIf(changes).after();
    ResumptionReport full = analyze(masks().withStatuses(changes));

    assertThat(incremental.blocked()).isEqualTo(full.blocked());
    assertThat(incremental.breakpoints()).isEqualTo(full.breakpoints());
    assertThat(incremental.cascade()).isEqualTo(full.cascade());
    assertThat(incremental.priorities()).isEqualTo(full.priorities());
  }

  @Test
  void repeatedRelationCountsOnce() {
    List<SupplyRelation> twice = List.of(supplies(1, 3, "钢", 0.4), supplies(1, 3, "钢", 0.4), supplies(2, 3, "钢", 0.6));
    SupplyGraph graph =
        SupplyGraph.of(List.of(firm(1, GULOU, "钢"), suspended(2, GULOU, "钢"), firm(3, GULOU)), twice);

    assertThat(analyze(graph).blocked()).singleElement()
        .satisfies(b -> assertThat(b.coverage()).isCloseTo(0.4, within(1e-12)));
  }

  // Issue 14 item 1: the README names 仙桃 429004 a valid home city, as RegionTable.resolveCity does.
  @Test
  void everyUnitThatResolvesAsACityIsAcceptedAsHomeCityAndNothingElse() {
    RegionTable table = RegionTable.bundled();
    SupplyGraph graph = masks();
    for (RegionCode r : table.all()) {
      boolean city;
      try {
        city = table.resolveCity(r.code()).equals(r);
      } catch (IllegalArgumentException notACity) {
        city = false;
      }
      if (city) {
        assertThat(ResumptionAnalysis.of(graph, r).analyze().breakpointCount()).as(r.toString())
            .isEqualTo(ResumptionAnalysis.of(graph, FUZHOU).analyze().breakpointCount());
      } else {
        assertThatThrownBy(() -> ResumptionAnalysis.of(graph, r)).as(r.toString())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(r.code());
      }
    }
    assertThat(ResumptionAnalysis.of(graph, table.resolve("429004")).homeCity().name())
        .isEqualTo("仙桃市");
  }
}
