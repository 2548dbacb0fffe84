package org.chainmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chainmatch.core.Uscc;
import org.chainmatch.evaluation.MatchEvaluation.Setup;
import org.chainmatch.testkit.index.FakeCapabilityIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's mechanics, on a three-enterprise set ranked by a hand-checkable index. */
class MatchEvaluationTest {

  private final Uscc requester = Uscc.withComputedChecks("9132050600000001"); // 苏州 吴中区
  // The suspended maker has the smaller code, so text alone ranks it first on a tie.
  private final Uscc suspendedFar = Uscc.withComputedChecks("9132010200000002"); // 南京 玄武区
  private final Uscc resumedNear = Uscc.withComputedChecks("9132050500000003"); // 苏州 虎丘区

  @TempDir Path folder;

  @BeforeEach
  void writeASmallSet() throws Exception {
    Files.writeString(folder.resolve("enterprises.csv"), String.join("\n",
        "uscc,name,region,products,status",
        requester + ",甲口罩厂,320506,口罩,RESUMED",
        suspendedFar + ",乙无纺布厂,320102,熔喷布,SUSPENDED",
        resumedNear + ",丙无纺布厂,320505,熔喷布,RESUMED",
        ""));
    Files.writeString(folder.resolve("demands.csv"), String.join("\n",
        "id,requester,product",
        "r1," + requester + ",熔喷布",
        "s1," + requester + ",急购熔喷布二十吨，三天内到厂",
        "u1," + requester + ",熔喷布",
        ""));
    Files.writeString(folder.resolve("qrels.csv"), String.join("\n",
        "demand_id,uscc,grade",
        "r1," + resumedNear + ",3",
        "s1," + resumedNear + ",3",
        "s1," + suspendedFar + ",1",
        ""));
    Files.writeString(folder.resolve("cases.csv"), String.join("\n",
        "demand_id,kind,comment",
        "r1,readiness,the working one first",
        "s1,sentence,a board post",
        ""));
  }

  private Map<Setup, Map<String, MetricMeans>> scores() throws Exception {
    EvaluationSet set = EvaluationSet.load(folder);
    return MatchEvaluation.of(set).scores(FakeCapabilityIndex.of(set.enterprises()));
  }

  @Test
  void theMultiFactorRankingPutsTheWorkingSupplierFirst() throws Exception {
    Map<Setup, Map<String, MetricMeans>> s = scores();

    assertThat(s.get(Setup.TEXT_UNDERSTOOD).get("readiness").mrr()).isEqualTo(0.5);
    assertThat(s.get(Setup.FACTORS_UNDERSTOOD).get("readiness").mrr()).isEqualTo(1.0);
  }

  @Test
  void understandingFindsTheProductInASentence() throws Exception {
    Map<Setup, Map<String, MetricMeans>> s = scores();

    assertThat(s.get(Setup.TEXT).get("sentence").recall10()).isZero();
    assertThat(s.get(Setup.TEXT_UNDERSTOOD).get("sentence").recall10()).isEqualTo(1.0);
  }

  @Test
  void demandsWithoutJudgementsAreNotScored() throws Exception {
    assertThat(scores().get(Setup.TEXT).get("all").cases()).isEqualTo(2);
  }

  @Test
  void theReportHasATablePerMetricWithARowPerKind() throws Exception {
    EvaluationSet set = EvaluationSet.load(folder);

    String report = MatchEvaluation.of(set).report(FakeCapabilityIndex.of(set.enterprises()));

    assertThat(report).contains("#### nDCG@10", "#### Recall@10", "#### MRR")
        .contains("| readiness | 1 | 0.500 | 0.500 | 1.000 | 1.000 |");
  }
}
