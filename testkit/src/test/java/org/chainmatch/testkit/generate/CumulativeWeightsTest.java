package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CumulativeWeightsTest {
  @Test
  void drawsInProportionToTheWeightsAndNeverAZeroWeight() {
    CumulativeWeights weights = CumulativeWeights.of(new double[] {1, 0, 3});
    SplittableRandom random = new SplittableRandom(5);
    int[] counts = new int[3];

    for (int k = 0; k < 40_000; k++) {
      counts[weights.draw(random)]++;
    }

    assertThat(counts[1]).isZero();
    assertThat(counts[0] / 40_000.0).isCloseTo(0.25, within(0.01));
  }

  @Test
  void aRangeDrawsIndexesRelativeToItsStart() {
    CumulativeWeights weights = CumulativeWeights.overRange(new double[] {9, 9, 0, 2, 9}, 2, 4);

    assertThat(weights.size()).isEqualTo(2);
    assertThat(weights.draw(new SplittableRandom(1))).isEqualTo(1);
  }

  @Test
  void rejectsNegativeAndAllZeroWeights() {
    assertThatThrownBy(() -> CumulativeWeights.of(new double[] {1, -2}))
        .hasMessageContaining("-2.0");
    assertThatThrownBy(() -> CumulativeWeights.of(new double[] {0, 0}))
        .hasMessageContaining("all zero");
  }
}
