package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  static final String HEADER = "product\tchain\tindustry\tinputs\taliases\tbroader\tname_word\tunit";

  static Catalogue parse(String... rows) {
    String text = HEADER + "\n" + String.join("\n", rows) + "\n";
    return Catalogue.load(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  static String row(String product, String inputs, String aliases) {
    return String.join("\t", product, "医疗防护", "C1781", inputs, aliases, "", "新材料", "吨");
  }

  @Test
  void readsAProductWithItsInputsAliasesAndTier() {
    Catalogue c = parse(
        row("丙烯", "", ""),
        row("聚丙烯", "丙烯", "PP; 聚丙烯树脂"),
        row("熔喷布", "聚丙烯;丙烯", "MB布"));

    CatalogueProduct meltblown = c.find("熔喷布").orElseThrow();
    assertThat(meltblown.inputs().asList()).containsExactly(0, 1);
    assertThat(meltblown.aliases()).containsExactly("MB布");
    assertThat(meltblown.industry().code()).isEqualTo("C1781");
    assertThat(meltblown.unit()).isEqualTo("吨");
    assertThat(c.find("聚丙烯").orElseThrow().aliases()).containsExactly("PP", "聚丙烯树脂");
    assertThat(c.products()).extracting(CatalogueProduct::tier).containsExactly(0, 1, 2);
  }

  @Test
  void knowsTheConsumersOfEachProduct() {
    Catalogue c = parse(row("丙烯", "", ""), row("聚丙烯", "丙烯", ""), row("熔喷布", "聚丙烯;丙烯", ""));

    assertThat(c.consumersOf(0).asList()).containsExactly(1, 2);
    assertThat(c.consumersOf(2).asList()).isEmpty();
  }

  @Test
  void peersShareChainAndTier() {
    Catalogue c = parse(row("丙烯", "", ""), row("乙烯", "", ""), row("聚丙烯", "丙烯", ""));

    assertThat(c.peersOf(0).asList()).containsExactly(0, 1);
    assertThat(c.peersOf(2).asList()).containsExactly(2);
  }

  @Test
  void toleratesInputsListedBeforeTheirProductAndCommentLines() {
    Catalogue c = parse("# raw materials last", row("聚丙烯", "丙烯", ""), "", row("丙烯", "", ""));

    assertThat(c.find("聚丙烯").orElseThrow().tier()).isEqualTo(1);
  }

  @Test
  void rejectsAnUnknownInputNamingItAndTheLine() {
    assertThatThrownBy(() -> parse(row("聚丙烯", "丙稀", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("\"丙稀\"");
  }

  @Test
  void rejectsACycleOfInputs() {
    assertThatThrownBy(() -> parse(row("甲", "乙", ""), row("乙", "丙", ""), row("丙", "甲", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its own input");
  }

  @Test
  void rejectsADuplicateProduct() {
    assertThatThrownBy(() -> parse(row("丙烯", "", ""), row("丙烯", "", "")))
        .hasMessageContaining("丙烯 is already defined on line 2");
  }

  @Test
  void rejectsAnInvalidIndustryCodeNamingTheLine() {
    assertThatThrownBy(() -> parse(row("丙烯", "", "").replace("C1781", "C9981")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("C9981");
  }

  @Test
  void rejectsAnotherHeader() {
    assertThatThrownBy(() -> Catalogue.load(
            new ByteArrayInputStream("name\tchain\n".getBytes(StandardCharsets.UTF_8)), "x.tsv"))
        .hasMessageContaining("x.tsv, line 1")
        .hasMessageContaining("expected the header");
  }

  @Test
  void bundledCatalogueHasChainsFromRawMaterialsToFinishedGoods() {
    Catalogue bundled = Catalogue.bundled();

    assertThat(bundled.size()).isGreaterThan(100);
    assertThat(bundled.products()).anyMatch(p -> p.tier() == 0).anyMatch(p -> p.tier() >= 3);
  }
}
