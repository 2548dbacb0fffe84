package org.chainmatch.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.core.graph.Firms.FUZHOU;
import static org.chainmatch.core.graph.Firms.GULOU;
import static org.chainmatch.core.graph.Firms.WUZHONG;
import static org.chainmatch.core.graph.Firms.firm;
import static org.chainmatch.core.graph.Firms.supplies;
import static org.chainmatch.core.graph.Firms.suspended;
import static org.chainmatch.core.graph.Firms.uscc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    return ResumptionAnalysis.of(graph, FUZHOU).analyse();
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
}
