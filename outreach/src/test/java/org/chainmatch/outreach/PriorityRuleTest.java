package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.outreach.Fixtures.TODAY;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorityRuleTest {
  final PriorityRule rule = PriorityRule.defaults();

  @Test
  void urgencyFallsLinearlyToZeroAtTheHorizon() {
    // 0.4 * (1 - 10/30) = 0.2667; at and beyond 30 days nothing
    assertThat(rule.score(Optional.of(TODAY.plusDays(10)), false, 0, TODAY))
        .isCloseTo(0.4 * 20 / 30, within(1e-9));
    assertThat(rule.score(Optional.of(TODAY.plusDays(30)), false, 0, TODAY)).isZero();
    assertThat(rule.score(Optional.of(TODAY.plusDays(90)), false, 0, TODAY)).isZero();
  }

  @Test
  void breadthSaturates() {
    // 0.3 * 3/4 = 0.225; 0.3 * 99/100 = 0.297
    assertThat(rule.score(Optional.empty(), false, 3, TODAY)).isCloseTo(0.225, within(1e-9));
    assertThat(rule.score(Optional.empty(), false, 99, TODAY)).isCloseTo(0.297, within(1e-9));
  }

  @Test
  void levelsHaveInclusiveLowerBounds() {
    assertThat(rule.level(0.6)).isEqualTo(Priority.HIGH);
    assertThat(rule.level(0.5999)).isEqualTo(Priority.MEDIUM);
    assertThat(rule.level(0.35)).isEqualTo(Priority.MEDIUM);
    assertThat(rule.level(0.3499)).isEqualTo(Priority.LOW);
  }

  @Test
  void weightsMustSumToOne() {
    assertThatThrownBy(() -> new PriorityRule(0.5, 0.3, 0.3, 30, 0.6, 0.35))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1.1");
  }

  @Test
  void mediumMustNotExceedHigh() {
    assertThatThrownBy(() -> new PriorityRule(0.4, 0.3, 0.3, 30, 0.5, 0.7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.7");
  }
}
