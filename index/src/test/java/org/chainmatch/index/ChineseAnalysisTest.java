package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.index.TestEnterprises.maker;
import static org.chainmatch.index.TestEnterprises.uscc;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

/** What users mean by short, domain-specific product names, under the default analysis. */
class ChineseAnalysisTest {

  private static List<Uscc> ranked(IndexOptions options, String query, Enterprise... enterprises)
      throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(List.of(enterprises));
      index.refresh();
      return index.search(CapabilityQuery.of(query, 10)).stream().map(Candidate::uscc).toList();
    }
  }

  private static List<Uscc> ranked(String query, Enterprise... enterprises) throws IOException {
    return ranked(IndexOptions.defaults(), query, enterprises);
  }

  @Test
  void n95QueryRanksN95MakersAboveKn95Makers() throws IOException {
    assertThat(ranked("N95口罩", maker(1, "KN95口罩"), maker(2, "N95口罩")))
        .startsWith(uscc(2));
  }

  @Test
  void plainN95DoesNotMatchKn95() throws IOException {
    assertThat(ranked("N95", maker(1, "KN95口罩"), maker(2, "N95口罩")))
        .containsExactly(uscc(2));
  }

  @Test
  void fullWidthLettersAndDigitsMatchHalfWidth() throws IOException {
    assertThat(ranked("ＫＮ９５口罩", maker(1, "KN95口罩"), maker(2, "N95口罩")))
        .startsWith(uscc(1));
  }

  @Test
  void caseDoesNotMatter() throws IOException {
    assertThat(ranked("kn95", maker(1, "KN95口罩"), maker(2, "医用口罩")))
        .containsExactly(uscc(1));
  }

  @Test
  void unknownWordFindsLongerNameContainingIt() throws IOException {
    assertThat(ranked("碳化硅", maker(1, "碳化硅衬底"), maker(2, "硅片")))
        .startsWith(uscc(1));
  }

  @Test
  void exactProductRanksAboveEquipmentForIt() throws IOException {
    assertThat(ranked("熔喷布", maker(1, "熔喷布设备"), maker(2, "熔喷布"), maker(3, "熔喷布生产线")))
        .startsWith(uscc(2));
  }

  @Test
  void lettersAndDigitsWithChineseFindMaker() throws IOException {
    assertThat(ranked("5G通信模块", maker(1, "4G通信模块"), maker(2, "5G通信模块")))
        .startsWith(uscc(2));
  }

  @Test
  void synonymFindsMakerOfTheEquivalentName() throws IOException {
    ProductSynonyms synonyms = ProductSynonyms.parse(new StringReader("口罩, 防护面罩\n"));

    assertThat(ranked(IndexOptions.defaults().withSynonyms(synonyms), "防护面罩", maker(1, "口罩")))
        .containsExactly(uscc(1));
  }

  @Test
  void taxonomyFindsNarrowerProductsBelowTheExactOne() throws IOException {
    ProductTaxonomy taxonomy =
        ProductTaxonomy.parse(new StringReader("product,broader\n全钢子午线轮胎,轮胎\n"));

    assertThat(ranked(IndexOptions.defaults().withTaxonomy(taxonomy), "轮胎",
            maker(1, "全钢子午线轮胎"), maker(2, "轮胎"), maker(3, "橡胶")))
        .containsExactly(uscc(2), uscc(1));
  }

  @Test
  void taxonomyRaisesNarrowerProductAboveItsPlainSimilarity() throws IOException {
    ProductTaxonomy taxonomy =
        ProductTaxonomy.parse(new StringReader("product,broader\n全钢子午线轮胎,轮胎\n"));
    try (LuceneCapabilityIndex index =
        LuceneCapabilityIndex.inMemory(IndexOptions.defaults().withTaxonomy(taxonomy))) {
      index.upsert(maker(1, "全钢子午线轮胎"));
      index.refresh();

      // Narrower products count 0.7 of an exact match: 0.7 / 1.15.
      assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).relevance())
          .isEqualTo(0.7 / 1.15, org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
