package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusMixTest {
  @Test
  void rejectsSharesThatDoNotAddUpToOne() {
    assertThatThrownBy(() -> new StatusMix(0.5, 0.25, 0.25, 0.25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 1.25");
  }

  @Test
  void rejectsANegativeShareNamingIt() {
    assertThatThrownBy(() -> new StatusMix(1, -0.1, 0.1, 0))
        .hasMessageContaining("partial share must be in 0..1 but was -0.1");
  }

  @Test
  void neverDrawsAStateWithoutShare() {
    StatusMix mix = new StatusMix(0.5, 0, 0.5, 0);
    SplittableRandom random = new SplittableRandom(1);

    for (int k = 0; k < 1_000; k++) {
      assertThat(mix.drawState(random))
          .isIn(OperatingState.RESUMED, OperatingState.SUSPENDED);
    }
  }

  @ParameterizedTest
  @EnumSource(OperatingState.class)
  void capacitiesFitTheState(OperatingState state) {
    SplittableRandom random = new SplittableRandom(1);
    for (int k = 0; k < 1_000; k++) {
      int capacity = StatusMix.drawCapacity(state, random);
      OperatingStatus status = OperatingStatus.of(state, capacity);
      switch (state) {
        case RESUMED -> assertThat(capacity).isBetween(70, 100);
        case PARTIAL -> assertThat(capacity).isIn(-1, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60,
            65, 70, 75, 80);
        case SUSPENDED -> assertThat(capacity).isZero();
        case UNKNOWN -> assertThat(status.hasKnownCapacity()).isFalse();
      }
    }
  }
}
