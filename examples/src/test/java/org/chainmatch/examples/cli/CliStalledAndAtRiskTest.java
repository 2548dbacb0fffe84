package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 2: {@code analyze} and {@code run} list the stalled suppliers (上游已复工而下游未复工)
 * and the enterprises at risk downstream, and summary.json counts exactly those rows.
 */
class CliStalledAndAtRiskTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  // A hand-made chain in 苏州, worked by hand: STEEL (resumed) sells 钢 only to PARTS, which is
  // suspended, so STEEL is stalled. PARTS gives ASSEMBLY 20% of its 零件 and OTHER_PARTS 80%, so
  // ASSEMBLY is not blocked but at risk at tier 1 via PARTS; DEVICE buys 整机 from ASSEMBLY and is
  // at risk at tier 2 via ASSEMBLY.
  static final String STEEL = uscc("320505", 1);
  static final String PARTS = uscc("320506", 2);
  static final String ASSEMBLY = uscc("320506", 3);
  static final String DEVICE = uscc("320507", 4);
  static final String OTHER_PARTS = uscc("320507", 5);

  Path[] chain() throws Exception {
    Path e = dir.resolve("enterprises.csv");
    Files.writeString(e, String.join("\n",
        "uscc,name,region,products,status,capacity",
        STEEL + ",苏州钢材有限公司,320505,钢,RESUMED,90",
        PARTS + ",吴中零件厂,320506,零件,SUSPENDED,",
        ASSEMBLY + ",吴中整机厂,320506,整机,RESUMED,",
        DEVICE + ",相城设备厂,320507,设备,RESUMED,",
        OTHER_PARTS + ",相城零件厂,320507,零件,RESUMED,") + "\n", StandardCharsets.UTF_8);
    Path r = dir.resolve("relations.csv");
    Files.writeString(r, String.join("\n",
        "supplier,customer,product,share",
        STEEL + "," + PARTS + ",钢,1",
        PARTS + "," + ASSEMBLY + ",零件,0.2",
        OTHER_PARTS + "," + ASSEMBLY + ",零件,0.8",
        ASSEMBLY + "," + DEVICE + ",整机,1") + "\n", StandardCharsets.UTF_8);
    return new Path[] {e, r};
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "run"})
  void listsTheStalledSupplierAndTheEnterprisesAtRiskDownstream(String command) throws Exception {
    Path[] in = chain();
    Path out = dir.resolve("out");

    Cli r = Cli.run(command, "--enterprises", in[0], "--relations", in[1], "--city", "320500",
        "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    List<Map<String, String>> stalled = Cli.csv(out.resolve("stalled.csv"));
    assertThat(stalled).extracting(m -> m.get("enterprise")).containsExactly(STEEL);
    assertThat(stalled.get(0)).containsEntry("enterprise_name", "苏州钢材有限公司")
        .containsEntry("status", "RESUMED").containsEntry("product", "钢")
        .containsEntry("stopped_customers", PARTS);
    assertThat(stalled.get(0).get("why")).contains("吴中零件厂（未复工）");
    List<Map<String, String>> atRisk = Cli.csv(out.resolve("at-risk.csv"));
    assertThat(atRisk).extracting(m -> m.get("enterprise")).containsExactly(ASSEMBLY, DEVICE);
    assertThat(atRisk).extracting(m -> m.get("tier")).containsExactly("1", "2");
    assertThat(atRisk).extracting(m -> m.get("via")).containsExactly(PARTS, ASSEMBLY);
    assertThat(atRisk).extracting(m -> m.get("products")).containsExactly("零件", "整机");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "run"})
  void summaryCountsEqualTheRowsAndListsBothFiles(String command) throws Exception {
    Path[] in = chain();
    Path out = dir.resolve("out");

    Cli r = Cli.run(command, "--enterprises", in[0], "--relations", in[1], "--city", "320500",
        "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("stalled").asInt()).isEqualTo(Cli.csv(out.resolve("stalled.csv")).size()).isEqualTo(1);
    assertThat(summary.get("at_risk").asInt()).isEqualTo(Cli.csv(out.resolve("at-risk.csv")).size()).isEqualTo(2);
    assertThat(r.out).contains("stalled.csv").contains("at-risk.csv");
  }
}
