package org.chainmatch.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.core.graph.Firms.FUZHOU;
import static org.chainmatch.core.graph.Firms.GULOU;
import static org.chainmatch.core.graph.Firms.TAIJIANG;
import static org.chainmatch.core.graph.Firms.WUZHONG;
import static org.chainmatch.core.graph.Firms.firm;
import static org.chainmatch.core.graph.Firms.supplies;
import static org.chainmatch.core.graph.Firms.suspended;
import static org.chainmatch.core.graph.Firms.uscc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.graph.SupplyGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTablesTest {

  // 1 (苏州, suspended) is the only supplier of 钢 to 2, and nobody else makes 钢.
  private static ResumptionReport report() {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(suspended(1, WUZHONG, "钢"), firm(2, GULOU, "口罩")),
            List.of(supplies(1, 2, "钢")));
    return ResumptionAnalysis.of(graph, FUZHOU).analyze();
  }

  @Test
  void writesTheThreeTablesWithDocumentedHeaders(@TempDir Path dir) throws IOException {
    AnalysisTables.write(report(), dir);

    assertThat(Files.readAllLines(dir.resolve("breakpoints.csv")).get(0))
        .isEqualTo(String.join(",", AnalysisTables.BREAKPOINT_COLUMNS));
    assertThat(Files.readAllLines(dir.resolve("blocked.csv")).get(0))
        .isEqualTo(String.join(",", AnalysisTables.BLOCKED_COLUMNS));
    assertThat(Files.readAllLines(dir.resolve("priorities.csv")).get(0))
        .isEqualTo(String.join(",", AnalysisTables.PRIORITY_COLUMNS));
  }

  @Test
  void breakpointRowNamesDemandIdAndStoppedSupplier(@TempDir Path dir) throws IOException {
    AnalysisTables.write(report(), dir);

    assertThat(Files.readAllLines(dir.resolve("breakpoints.csv")))
        .containsExactly(
            String.join(",", AnalysisTables.BREAKPOINT_COLUMNS),
            "BP-" + uscc(2) + "-1," + uscc(2) + ",企业2,350102,RESUMED,钢," + uscc(1)
                + ",NONE_KNOWN,0,0");
  }

  @Test
  void blockedRowHasCoverageWithFourDecimals(@TempDir Path dir) throws IOException {
    AnalysisTables.write(report(), dir);

    assertThat(Files.readAllLines(dir.resolve("blocked.csv")).get(1))
        .isEqualTo(uscc(2) + ",企业2,350102,false,钢,0.0000," + uscc(1));
  }

  /** The lines of what-if.csv for setting enterprise {@code n} of {@code graph} to {@code state}. */
  private static List<String> whatIfLines(SupplyGraph graph, int n, OperatingState state, Path dir)
      throws IOException {
    ResumptionReport before = ResumptionAnalysis.of(graph, FUZHOU).analyze();
    WhatIf effect = before.whatIf(Map.of(uscc(n), OperatingStatus.of(state)));
    AnalysisTables.writeWhatIf(before, effect, dir);
    return Files.readAllLines(dir.resolve("what-if.csv"));
  }

  private static final String WHAT_IF_HEADER = String.join(",", AnalysisTables.WHAT_IF_COLUMNS);

  // 1 (suspended) is the only supplier of 钢 to 2, which supplies 口罩 to 3. Worked by hand:
  // before, 2's 钢 is a breakpoint and blocked (coverage 0), so 2 cannot produce and 3 is at risk
  // at tier 1 via 2; resuming 1 undoes all three, and nothing new appears.
  @Test
  void whatIfRowsListEveryFlippedStateWithBeforeAndAfterStatuses(@TempDir Path dir)
      throws IOException {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(suspended(1, WUZHONG, "钢"), firm(2, GULOU, "口罩"), firm(3, GULOU, "医疗")),
            List.of(supplies(1, 2, "钢"), supplies(2, 3, "口罩")));

    assertThat(whatIfLines(graph, 1, OperatingState.RESUMED, dir))
        .containsExactly(
            WHAT_IF_HEADER,
            "no_longer_blocked," + uscc(2) + ",企业2,350102,RESUMED,RESUMED,钢,0.0000,,,",
            "resolved_breakpoint," + uscc(2) + ",企业2,350102,RESUMED,RESUMED,钢,,NONE_KNOWN,,",
            "no_longer_at_risk," + uscc(3) + ",企业3,350102,RESUMED,RESUMED,,,,1," + uscc(2));
  }

  // 2 loses its only supplier: blocked and a breakpoint. 1 is not at risk (it cannot produce at
  // all, tier 0) and 2 is not at risk either: it cannot produce itself.
  @Test
  void suspendingTheOnlySupplierBlocksItsCustomerAndBreaksTheInput(@TempDir Path dir)
      throws IOException {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(firm(1, WUZHONG, "钢"), firm(2, GULOU, "口罩")), List.of(supplies(1, 2, "钢")));

    assertThat(whatIfLines(graph, 1, OperatingState.SUSPENDED, dir))
        .containsExactly(
            WHAT_IF_HEADER,
            "newly_blocked," + uscc(2) + ",企业2,350102,RESUMED,RESUMED,钢,0.0000,,,",
            "new_breakpoint," + uscc(2) + ",企业2,350102,RESUMED,RESUMED,钢,,NONE_KNOWN,,");
  }

  // Only a working enterprise can be blocked; the breakpoint stays, as a suspended enterprise
  // cannot resume without the input either.
  @Test
  void whatIfRowsShowTheChangedEnterprisesOwnStatusChange(@TempDir Path dir) throws IOException {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(suspended(1, WUZHONG, "钢"), firm(2, GULOU, "口罩")),
            List.of(supplies(1, 2, "钢")));

    assertThat(whatIfLines(graph, 2, OperatingState.SUSPENDED, dir))
        .containsExactly(
            WHAT_IF_HEADER,
            "no_longer_blocked," + uscc(2) + ",企业2,350102,RESUMED,SUSPENDED,钢,0.0000,,,");
  }

  // Worked by hand. 1 (resumed) supplies 钢 only to 2, which is suspended: 1 is stalled
  // (上游已复工而下游未复工). 2 supplies 20% of 3's 零件 and 5 the other 80%, so 3 is not blocked
  // (coverage 0.8) but is at risk at tier 1 via 2; 4 buys 整机 from 3 and is at risk at tier 2.
  private static ResumptionReport chain() {
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(firm(1, WUZHONG, "钢"), suspended(2, GULOU, "零件"), firm(3, GULOU, "整机"),
                firm(4, TAIJIANG, "设备"), firm(5, TAIJIANG, "零件")),
            List.of(supplies(1, 2, "钢"), supplies(2, 3, "零件", 0.2), supplies(5, 3, "零件", 0.8),
                supplies(3, 4, "整机")));
    return ResumptionAnalysis.of(graph, FUZHOU).analyze();
  }

  @Test
  void stalledTableListsTheWorkingSupplierWhoseCustomersAllStopped(@TempDir Path dir)
      throws IOException {
    AnalysisTables.write(chain(), dir);

    assertThat(Files.readAllLines(dir.resolve("stalled.csv")))
        .containsExactly(
            String.join(",", AnalysisTables.STALLED_COLUMNS),
            uscc(1) + ",企业1,320506,RESUMED,钢," + uscc(2)
                + ",已复工，但「钢」的全部 1 家客户均未在生产：企业2（未复工）");
  }

  @Test
  void atRiskTableListsTheCascadeTierByTierWithTheSupplierItComesThrough(@TempDir Path dir)
      throws IOException {
    AnalysisTables.write(chain(), dir);

    assertThat(Files.readAllLines(dir.resolve("at-risk.csv")))
        .containsExactly(
            String.join(",", AnalysisTables.AT_RISK_COLUMNS),
            uscc(3) + ",企业3,350102,RESUMED,1," + uscc(2) + ",零件,第 1 级：供应商企业2（" + uscc(2)
                + "）未复工，无法生产，其供应「零件」",
            uscc(4) + ",企业4,350103,RESUMED,2," + uscc(3) + ",整机,第 2 级：供应商企业3（" + uscc(3)
                + "）为第 1 级风险企业，其供应「整机」");
  }

  @Test
  void aBlockedSupplierIsNamedAsTheCauseOfTierOne(@TempDir Path dir) throws IOException {
    // report(): 2 is resumed but its only 钢 supplier is suspended, so 2 cannot produce; 3 buys
    // 口罩 from 2.
    SupplyGraph graph =
        SupplyGraph.of(
            List.of(suspended(1, WUZHONG, "钢"), firm(2, GULOU, "口罩"), firm(3, GULOU, "医疗")),
            List.of(supplies(1, 2, "钢"), supplies(2, 3, "口罩")));
    AnalysisTables.write(ResumptionAnalysis.of(graph, FUZHOU).analyze(), dir);

    assertThat(Files.readAllLines(dir.resolve("at-risk.csv")).get(1))
        .endsWith("第 1 级：供应商企业2（" + uscc(2) + "）已复工但投入品短缺（受阻），无法正常生产，其供应「口罩」");
  }

  @Test
  void tablesHaveOneRowPerRecordOfTheReport(@TempDir Path dir) throws IOException {
    ResumptionReport report = chain();
    AnalysisTables.write(report, dir);

    assertThat(Files.readAllLines(dir.resolve("stalled.csv"))).hasSize(1 + report.stalled().size());
    assertThat(Files.readAllLines(dir.resolve("at-risk.csv"))).hasSize(1 + report.atRiskCount());
    assertThat(report.stalled()).hasSize(1);
    assertThat(report.atRiskCount()).isEqualTo(2);
  }
}
