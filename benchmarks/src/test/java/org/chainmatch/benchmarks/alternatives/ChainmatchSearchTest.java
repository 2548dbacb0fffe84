package org.chainmatch.benchmarks.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.benchmarks.alternatives.Enterprises.code;
import static org.chainmatch.benchmarks.alternatives.Enterprises.demand;
import static org.chainmatch.benchmarks.alternatives.Enterprises.enterprise;

import java.io.IOException;
import java.util.List;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.io.Dataset;
import org.junit.jupiter.api.Test;

/** The two chainmatch entries of {@link Alternative}, over the same small city as the others. */
class ChainmatchSearchTest {
  private static final Dataset CITY = new Dataset(
      List.of(
          enterprise(1, List.of("轮胎"), "生产轮胎")
              .withStatus(OperatingStatus.of(OperatingState.RESUMED)),
          enterprise(2, List.of("聚丙烯"), "生产聚丙烯")
              .withStatus(OperatingStatus.of(OperatingState.RESUMED)),
          enterprise(3, List.of("钢板"), "销售钢板")
              .withStatus(OperatingStatus.of(OperatingState.RESUMED))),
      List.of(), List.of(), List.of());

  @Test
  void theIndexFindsTheMakerOfAProductName() throws IOException {
    try (SupplierSearch index = Alternative.CHAINMATCH_INDEX.open(CITY)) {
      assertThat(index.top(demand("聚丙烯"), 10)).first().isEqualTo(code(2));
    }
  }

  @Test
  void theMatcherFindsTheMakerOfWhatADemandSentenceAsksFor() throws IOException {
    try (SupplierSearch matcher = Alternative.CHAINMATCH.open(CITY)) {
      assertThat(matcher.top(demand("急需聚丙烯200吨"), 10)).first().isEqualTo(code(2));
    }
  }

  @Test
  void theMatcherReturnsAtMostK() throws IOException {
    try (SupplierSearch matcher = Alternative.CHAINMATCH.open(CITY)) {
      assertThat(matcher.top(demand("聚丙烯"), 1)).hasSize(1);
    }
  }
}
