package org.chainmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.chainmatch.index.IndexOptions;
import org.junit.jupiter.api.Test;

class IndexEvaluationTest {
  private static final Path SMALL_SET = Path.of("src/test/resources/small-set");

  @Test
  void loadsEveryJudgedDemandWithItsKind() throws Exception {
    EvaluationSet set = EvaluationSet.load(SMALL_SET);

    assertThat(set.enterprises()).hasSize(40);
    assertThat(set.cases()).hasSize(22);
    assertThat(set.cases().get(0).kind()).isEqualTo("exact");
    assertThat(set.synonyms()).isPresent();
    assertThat(set.taxonomy()).isPresent();
  }

  @Test
  void defaultAnalysisRanksAFirstRelevantEnterpriseFirstForExactNames() throws Exception {
    Map<String, MetricMeans> means =
        IndexEvaluation.evaluate(EvaluationSet.load(SMALL_SET), IndexOptions.defaults());

    assertThat(means.get("exact").mrr()).isEqualTo(1.0);
    assertThat(means.get("all").ndcg10()).isGreaterThan(0.85);
  }
}
