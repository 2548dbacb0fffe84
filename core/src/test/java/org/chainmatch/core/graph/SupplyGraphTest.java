package org.chainmatch.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.chainmatch.core.graph.Firms.FUZHOU;
import static org.chainmatch.core.graph.Firms.GULOU;
import static org.chainmatch.core.graph.Firms.TAIJIANG;
import static org.chainmatch.core.graph.Firms.WUZHONG;
import static org.chainmatch.core.graph.Firms.firm;
import static org.chainmatch.core.graph.Firms.supplies;
import static org.chainmatch.core.graph.Firms.uscc;

import java.util.List;
import java.util.Map;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.Test;

class SupplyGraphTest {

  /**
   * 1 (苏州, 聚丙烯) and 3 (福州, 聚丙烯, lists PP料) supply the hub 2 (熔喷布), which supplies the
   * mask makers 4 and 5, which both supply the distributor 6.
   */
  private static final SupplyGraph MASKS =
      SupplyGraph.of(
          List.of(
              firm(1, WUZHONG, "聚丙烯"),
              firm(2, GULOU, "熔喷布"),
              firm(3, GULOU, "PP料"),
              firm(4, TAIJIANG, "医用口罩"),
              firm(5, GULOU, "医用口罩"),
              firm(6, GULOU)),
          List.of(
              supplies(2, 5, "熔喷布", 0.4),
              supplies(2, 4, "熔喷布"),
              supplies(3, 2, "聚丙烯", 0.3),
              supplies(1, 2, "聚丙烯", 0.7),
              supplies(5, 6, "医用口罩"),
              supplies(4, 6, "医用口罩")));

  private static Uscc u(int n) {
    return uscc(n);
  }

  @Test
  void countsEnterprisesAndRelations() {
    assertThat(MASKS.enterpriseCount()).isEqualTo(6);
    assertThat(MASKS.relationCount()).isEqualTo(6);
  }

  @Test
  void assignsIdsInInsertionOrder() {
    assertThat(MASKS.idOf(u(1))).isZero();
    assertThat(MASKS.idOf(u(6))).isEqualTo(5);
    assertThat(MASKS.idOf(u(99))).isEqualTo(SupplyGraph.ABSENT);
    assertThat(MASKS.usccAt(3)).isEqualTo(u(4));
  }

  @Test
  void relationsIntoListsSuppliersBySupplierIdWithTheirShares() {
    assertThat(MASKS.relationsInto(u(2)))
        .containsExactly(supplies(1, 2, "聚丙烯", 0.7), supplies(3, 2, "聚丙烯", 0.3));
  }

  @Test
  void relationsFromListsCustomersByCustomerId() {
    assertThat(MASKS.relationsFrom(u(2)))
        .containsExactly(supplies(2, 4, "熔喷布"), supplies(2, 5, "熔喷布", 0.4));
  }

  @Test
  void suppliersAndCustomersByProduct() {
    assertThat(MASKS.suppliersOf(u(2))).containsExactly(u(1), u(3));
    assertThat(MASKS.suppliersOf(u(4), "熔喷布")).containsExactly(u(2));
    assertThat(MASKS.suppliersOf(u(4), "聚丙烯")).isEmpty();
    assertThat(MASKS.customersOf(u(2))).containsExactly(u(4), u(5));
    assertThat(MASKS.customersOf(u(2), "医用口罩")).isEmpty();
    assertThat(MASKS.customersOf(u(6))).isEmpty();
  }

  @Test
  void productArgumentsAreTrimmed() {
    assertThat(MASKS.suppliersOf(u(4), " 熔喷布\u3000")).containsExactly(u(2));
  }

  @Test
  void upstreamGivesEachEnterpriseItsLowestTier() {
    assertThat(MASKS.upstream(u(6), 5))
        .containsOnly(entry(u(4), 1), entry(u(5), 1), entry(u(2), 2), entry(u(1), 3), entry(u(3), 3));
  }

  @Test
  void upstreamStopsAtMaxTiers() {
    assertThat(MASKS.upstream(u(6), 2)).containsOnlyKeys(u(4), u(5), u(2));
    assertThat(MASKS.upstream(u(6), 0)).isEmpty();
  }

  @Test
  void downstreamFollowsSupplyDirection() {
    assertThat(MASKS.downstream(u(1), 10))
        .containsOnly(entry(u(2), 1), entry(u(4), 2), entry(u(5), 2), entry(u(6), 3));
    assertThat(MASKS.downstream(u(6), 10)).isEmpty();
  }

  @Test
  void tiersOnACycleReachEachEnterpriseOnceAndNeverTheStart() {
    SupplyGraph ring =
        SupplyGraph.of(
            List.of(firm(7, GULOU, "a"), firm(8, GULOU, "b"), firm(9, GULOU, "c")),
            List.of(supplies(7, 8, "a"), supplies(8, 9, "b"), supplies(9, 7, "c")));

    assertThat(ring.downstream(u(7), 10)).containsOnly(entry(u(8), 1), entry(u(9), 2));
    assertThat(ring.upstream(u(7), 10)).containsOnly(entry(u(9), 1), entry(u(8), 2));
  }

  @Test
  void topologyViewRunsJGraphTAlgorithms() {
    SupplyGraph ring =
        SupplyGraph.of(
            List.of(firm(7, GULOU, "a"), firm(8, GULOU, "b"), firm(9, GULOU, "c"), firm(10, GULOU, "d")),
            List.of(supplies(7, 8, "a"), supplies(8, 9, "b"), supplies(9, 7, "c"), supplies(9, 10, "c")));

    var components = new KosarajuStrongConnectivityInspector<>(ring.topology()).stronglyConnectedSets();

    assertThat(components).containsExactlyInAnyOrder(java.util.Set.of(0, 1, 2), java.util.Set.of(3));
  }

  @Test
  void shortestSupplyPathTakesFewestHops() {
    assertThat(MASKS.shortestSupplyPath(u(1), u(6)))
        .hasValue(
            List.of(supplies(1, 2, "聚丙烯", 0.7), supplies(2, 4, "熔喷布"), supplies(4, 6, "医用口罩")));
  }

  @Test
  void shortestSupplyPathIsEmptyAgainstTheFlow() {
    assertThat(MASKS.shortestSupplyPath(u(6), u(1))).isEmpty();
    assertThat(MASKS.shortestSupplyPath(u(3), u(1))).isEmpty();
  }

  @Test
  void shortestSupplyPathToItselfHasNoRelations() {
    assertThat(MASKS.shortestSupplyPath(u(2), u(2))).hasValue(List.of());
  }

  @Test
  void enterprisesInAreaOfAnyLevel() {
    assertThat(MASKS.enterprisesIn(FUZHOU)).extracting(Enterprise::uscc)
        .containsExactly(u(2), u(3), u(4), u(5), u(6));
    assertThat(MASKS.enterprisesIn(GULOU)).extracting(Enterprise::uscc)
        .containsExactly(u(2), u(3), u(5), u(6));
    assertThat(MASKS.enterprisesIn(WUZHONG.province())).extracting(Enterprise::uscc)
        .containsExactly(u(1));
  }

  @Test
  void productsMadeByJoinsSuppliedAndListedProducts() {
    assertThat(MASKS.productsMadeBy(u(3))).containsExactlyInAnyOrder("聚丙烯", "PP料");
    assertThat(MASKS.productsMadeBy(u(6))).isEmpty();
  }

  @Test
  void makersOfFindsListingAndSupplyingEnterprises() {
    assertThat(MASKS.makersOf("聚丙烯")).containsExactly(u(1), u(3));
    assertThat(MASKS.makersOf("PP料")).containsExactly(u(3));
    assertThat(MASKS.makersOf("医用口罩")).containsExactly(u(4), u(5));
    assertThat(MASKS.makersOf("钢材")).isEmpty();
  }

  @Test
  void makesAgreesWithMakersOfById() {
    int polypropylene = MASKS.productId("聚丙烯");

    assertThat(MASKS.makes(MASKS.idOf(u(1)), polypropylene)).isTrue();
    assertThat(MASKS.makes(MASKS.idOf(u(3)), polypropylene)).isTrue();
    assertThat(MASKS.makes(MASKS.idOf(u(4)), polypropylene)).isFalse();
    assertThat(MASKS.makes(MASKS.idOf(u(3)), MASKS.productId("医用口罩"))).isFalse();
  }

  @Test
  void withStatusesChangesOnlyTheNewGraph() {
    OperatingStatus stopped = OperatingStatus.of(OperatingState.SUSPENDED);

    SupplyGraph changed = MASKS.withStatuses(Map.of(u(2), stopped));

    assertThat(changed.statusAt(1)).isEqualTo(stopped);
    assertThat(changed.enterprise(u(2)).orElseThrow().status()).isEqualTo(stopped);
    assertThat(MASKS.statusAt(1).state()).isEqualTo(OperatingState.RESUMED);
    assertThat(changed.suppliersOf(u(4))).containsExactly(u(2));
  }

  @Test
  void withStatusesRejectsUnknownEnterprise() {
    assertThatThrownBy(() -> MASKS.withStatuses(Map.of(u(42), OperatingStatus.unknown())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(u(42).value());
  }

  @Test
  void queriesOnUnknownEnterpriseNameIt() {
    assertThat(MASKS.enterprise(u(42))).isEmpty();
    assertThat(MASKS.contains(u(42))).isFalse();
    assertThatThrownBy(() -> MASKS.suppliersOf(u(42)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(u(42).value());
  }

  @Test
  void builderRejectsRelationToEnterpriseNotAdded() {
    SupplyGraph.Builder builder = SupplyGraph.builder().addEnterprise(firm(1, GULOU, "a"));

    assertThatThrownBy(() -> builder.addRelation(supplies(1, 2, "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer " + u(2).value());
  }

  @Test
  void builderRejectsEnterpriseAddedTwice() {
    SupplyGraph.Builder builder = SupplyGraph.builder().addEnterprise(firm(1, GULOU, "a"));

    assertThatThrownBy(() -> builder.addEnterprise(firm(1, TAIJIANG, "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(u(1).value());
  }

  @Test
  void duplicateRelationsAreKeptButCollapsedInSets() {
    SupplyGraph twice =
        SupplyGraph.of(
            List.of(firm(1, GULOU, "a"), firm(2, GULOU, "b")),
            List.of(supplies(1, 2, "a"), supplies(1, 2, "a")));

    assertThat(twice.relationCount()).isEqualTo(2);
    assertThat(twice.suppliersOf(u(2))).containsExactly(u(1));
  }

  @Test
  void inEdgesAreGroupedByProduct() {
    SupplyGraph mixed =
        SupplyGraph.of(
            List.of(firm(1, GULOU, "a"), firm(2, GULOU, "b"), firm(3, GULOU, "c")),
            List.of(supplies(1, 3, "a"), supplies(2, 3, "b"), supplies(2, 3, "a")));
    int customer = mixed.idOf(u(3));

    StringBuilder seen = new StringBuilder();
    for (int k = mixed.inEdgesBegin(customer); k < mixed.inEdgesEnd(customer); k++) {
      int e = mixed.inEdgeAt(k);
      seen.append(mixed.product(mixed.edgeProduct(e))).append(mixed.edgeSupplier(e)).append(' ');
    }

    assertThat(seen.toString()).isEqualTo("a0 a1 b1 ");
  }
}
