package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.matching.Fixtures.HUQIU;

import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

class JudgementsTest {

  private final Uscc a = Fixtures.uscc(HUQIU, 1);
  private final Uscc b = Fixtures.uscc(HUQIU, 2);
  private final Uscc x = Fixtures.uscc(HUQIU, 3);
  private final Judgements judged = Judgements.of(Map.of(a, 3, b, 1));

  @Test
  void ndcgDiscountsGainsByRankAndNormalisesByTheIdealOrder() {
    // DCG = 1/log2(2) + 0 + 7/log2(4) = 4.5; ideal = 7/log2(2) + 1/log2(3) = 7.63093
    assertThat(judged.ndcg(List.of(b, x, a), 10)).isCloseTo(4.5 / 7.630930, within(1e-6));
    assertThat(judged.ndcg(List.of(a, b), 10)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void ndcgIgnoresRanksBeyondK() {
    assertThat(judged.ndcg(List.of(x, a), 1)).isZero();
  }

  @Test
  void recallIsTheShareOfJudgedEnterprisesInTheTopK() {
    assertThat(judged.recall(List.of(b, x, a), 10)).isEqualTo(1.0);
    assertThat(judged.recall(List.of(b, x, a), 2)).isEqualTo(0.5);
  }

  @Test
  void reciprocalRankIsOfTheFirstJudgedEnterprise() {
    assertThat(judged.reciprocalRank(List.of(x, a))).isEqualTo(0.5);
    assertThat(judged.reciprocalRank(List.of(x))).isZero();
  }
}
