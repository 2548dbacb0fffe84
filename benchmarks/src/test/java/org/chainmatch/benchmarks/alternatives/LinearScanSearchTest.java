package org.chainmatch.benchmarks.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.benchmarks.alternatives.Enterprises.code;
import static org.chainmatch.benchmarks.alternatives.Enterprises.demand;
import static org.chainmatch.benchmarks.alternatives.Enterprises.enterprise;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScanSearchTest {
  private final LinearScanSearch scan = LinearScanSearch.over(List.of(
      enterprise(1, List.of(), "销售聚丙烯"),
      enterprise(2, List.of("聚乙烯", "聚丙烯颗粒"), ""),
      enterprise(3, List.of("轮胎"), "生产轮胎"),
      enterprise(4, List.of("PP Resin"), ""),
      enterprise(5, List.of("聚丙烯"), "")));

  @Test
  void productMatchesComeBeforeScopeMatchesEachInInputOrder() {
    assertThat(scan.top(demand("聚丙烯"), 10)).containsExactly(code(2), code(5), code(1));
  }

  @Test
  void returnsAtMostK() {
    assertThat(scan.top(demand("聚丙烯"), 2)).containsExactly(code(2), code(5));
  }

  @Test
  void ignoresCaseAndSurroundingSpace() {
    assertThat(scan.top(demand("  pp resin "), 10)).containsExactly(code(4));
  }

  @Test
  void aSentenceFindsNothingBecauseNoEnterpriseWroteIt() {
    assertThat(scan.top(demand("急需聚丙烯200吨"), 10)).isEmpty();
  }

  @Test
  void doesNotMatchAcrossTwoProducts() {
    assertThat(scan.top(demand("聚乙烯聚丙烯"), 10)).isEmpty();
  }

  @Test
  void rejectsKBelowOne() {
    assertThatThrownBy(() -> scan.top(demand("轮胎"), 0)).hasMessageContaining("k must be >= 1 but was 0");
  }
}
