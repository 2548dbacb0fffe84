package org.chainmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

class JudgmentsTest {
  private static final Uscc A = Uscc.withComputedCheck("91330102MA0000001");
  private static final Uscc B = Uscc.withComputedCheck("91330102MA0000002");
  private static final Uscc C = Uscc.withComputedCheck("91330102MA0000003");
  private static final Uscc X = Uscc.withComputedCheck("91330102MA0000009");

  private final Judgments judgments = new Judgments(Map.of(A, 3, B, 1, C, 0));

  @Test
  void idealOrderingHasNdcgOne() {
    assertThat(judgments.ndcgAt(List.of(A, B), 10)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void ndcgUsesExponentialGainAndLog2Discount() {
    // DCG of [B, A] = 1/log2(2) + 7/log2(3); ideal [A, B] = 7 + 1/log2(3).
    double log3 = Math.log(3) / Math.log(2);
    double expected = (1 + 7 / log3) / (7 + 1 / log3);

    assertThat(judgments.ndcgAt(List.of(B, A), 10)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void ndcgIgnoresRanksBeyondK() {
    assertThat(judgments.ndcgAt(List.of(X, A), 1)).isZero();
  }

  @Test
  void recallCountsOnlyGradeOneOrMore() {
    assertThat(judgments.recallAt(List.of(C, B, X), 10)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void reciprocalRankOfFirstRelevant() {
    assertThat(judgments.reciprocalRank(List.of(X, C, B))).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void nothingRelevantRankedGivesZeroReciprocalRank() {
    assertThat(judgments.reciprocalRank(List.of(X, C))).isZero();
  }
}
