package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.outreach.Fixtures.SUZHOU;
import static org.chainmatch.outreach.Fixtures.working;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chainmatch.core.RegionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutreachExportTest {
  @TempDir Path dir;

  @Test
  void outreachCsvHasTheContractColumnsAndOneRowPerItemAndNeed() throws IOException {
    OutreachPlan plan = LetterTemplateTest.goldenPlan();
    Path csv = dir.resolve("outreach.csv");

    long rows = OutreachCsv.write(csv, plan.requests());

    // 无锡: item 1 has D1 and D2, item 2 has D3; 杭州: D1. Four rows.
    List<String> lines = Files.readAllLines(csv);
    assertThat(rows).isEqualTo(4);
    assertThat(lines.get(0)).isEqualTo("request_id,target_region,target_authority,demand_id,"
        + "requester,requester_name,supplier,supplier_name,product,reason");
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.split(",")[0] + " " + l.split(",")[3] + " " + l.split(",")[9])
        .containsExactly(
            "OR-320500-320200-20240201-1 D1 协调复工",
            "OR-320500-320200-20240201-1 D2 协调复工",
            "OR-320500-320200-20240201-1 D3 协调扩产",
            "OR-320500-330100-20240201-1 D1 物流保障/绿色通道");
    assertThat(lines.get(1)).contains(",320200,无锡市工业和信息化局,", ",无锡华光电子有限公司,芯片,");
  }

  @Test
  void aCellThatASpreadsheetWouldRunIsNeutralised() throws IOException {
    OutreachRequest r = Fixtures.request("320200", working(101, "=HYPERLINK(\"x\")", "320205"));
    Path csv = dir.resolve("outreach.csv");

    OutreachCsv.write(csv, List.of(r));

    assertThat(Files.readString(csv)).contains("\"'=HYPERLINK(\"\"x\"\")\"")
        .doesNotContain(",=HYPERLINK");
  }

  @Test
  void theJsonExportCarriesRequestsItemsAndNeeds() throws IOException {
    Path json = dir.resolve("outreach.json");

    OutreachJson.write(json, LetterTemplateTest.goldenPlan().requests());

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root).hasSize(2);
    JsonNode wuxi = root.get(0);
    assertThat(wuxi.get("id").asText()).isEqualTo("OR-320500-320200-20240201-1");
    assertThat(wuxi.get("target_authority").asText()).isEqualTo("无锡市工业和信息化局");
    assertThat(wuxi.get("date").asText()).isEqualTo("2024-02-01");
    JsonNode first = wuxi.get("items").get(0);
    assertThat(first.get("supplier_name").asText()).isEqualTo("无锡华光电子有限公司");
    assertThat(first.get("reason").asText()).isEqualTo("RESUME");
    assertThat(first.get("needs").get(0).get("quantity").asDouble()).isEqualTo(500.0);
    assertThat(first.get("needs").get(0).get("needed_by").asText()).isEqualTo("2024-02-10");
    assertThat(first.get("needs").get(1).has("needed_by")).isFalse();
  }

  @Test
  void letterFileNamesFromHostileRegionNamesStayInsideTheFolder() throws IOException {
    RegionTable hostile = RegionTable.load(new ByteArrayInputStream((
        "code\tname\tlevel\tparent\n"
            + "320000\t江苏省\tPROVINCE\t\n"
            + "320200\t../../evil\tCITY\t320000\n"
            + "320205\t..\\..\\x\tCOUNTY\t320200\n").getBytes(StandardCharsets.UTF_8)), "hostile");
    OutreachRequest r = new OutreachRequest(
        "OR-320200-20240201", hostile.resolve("320200"),
        AuthorityNames.defaults().nameOf(hostile.resolve("320200")), Fixtures.TODAY,
        Fixtures.request("320200", working(101, "甲", "320205")).items());
    Path letters = dir.resolve("out").resolve("letters");

    List<Path> written = LetterFolder.write(
        letters, List.of(LetterTemplate.builder(SUZHOU).build().render(r)));

    assertThat(r.authority()).isEqualTo("../../evil工业和信息化局");
    assertThat(written).singleElement().satisfies(p -> {
      assertThat(p.getParent()).isEqualTo(letters.toAbsolutePath());
      assertThat(p.getFileName().toString())
          .isEqualTo("OR-320200-20240201-______evil工业和信息化局.md");
    });
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile))
          .containsExactly(written.get(0));
    }
  }

  @Test
  void aFileNameKeepsOnlyLettersDigitsDashAndUnderscore() {
    assertThat(OutreachLetter.safeFileStem("a/b\\c..d e:f\u0000g／h")).isEqualTo("a_b_c__d_e_f_g_h");
    assertThat(OutreachLetter.safeFileStem("")).isEqualTo("letter");
  }

  @Test
  void twoLettersWithOneFileNameAreRejected() {
    OutreachLetter letter =
        LetterTemplate.builder(SUZHOU).build().render(Fixtures.request("320200",
            working(101, "甲", "320205")));

    assertThatThrownBy(() -> LetterFolder.write(dir, List.of(letter, letter)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(letter.fileName());
  }
}
