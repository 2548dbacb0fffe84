package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.index.TestEnterprises.maker;
import static org.chainmatch.index.TestEnterprises.uscc;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.junit.jupiter.api.Test;

/** How the index uses a vocabulary: aliases as good as the name, kinds below, look-alikes out. */
class VocabularyMatchingTest {

  private static List<Candidate> search(IndexOptions options, String query, Enterprise... makers)
      throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(List.of(makers));
      index.refresh();
      return index.search(CapabilityQuery.of(query, 10));
    }
  }

  private static List<Candidate> search(String query, Enterprise... makers) throws IOException {
    return search(IndexOptions.defaults(), query, makers);
  }

  private static ProductVocabulary vocabulary(String lines) throws IOException {
    return ProductVocabulary.parse(new StringReader("relation\tterm\tother\n" + lines), "test.tsv");
  }

  @Test
  void defaultOptionsFindCausticSodaMakersForItsTradeName() throws IOException {
    assertThat(search("烧碱", maker(1, "碳酸钠"), maker(2, "氢氧化钠"), maker(3, "烧烤炉")))
        .first().extracting(Candidate::uscc).isEqualTo(uscc(2));
  }

  @Test
  void defaultOptionsFindIndustrialSiliconMakersForSiliconMetal() throws IOException {
    assertThat(search("金属硅", maker(1, "硅铁"), maker(2, "工业硅"), maker(3, "金属镁")))
        .first().extracting(Candidate::uscc).isEqualTo(uscc(2));
  }

  @Test
  void withoutVocabularyTheTradeNameFindsNoMaker() throws IOException {
    assertThat(search(IndexOptions.defaults().withoutVocabulary(), "烧碱", maker(2, "氢氧化钠")))
        .isEmpty();
  }

  @Test
  void anAliasIsAsGoodAsTheName() throws IOException {
    List<Candidate> found = search("烧碱", maker(1, "烧碱"), maker(2, "氢氧化钠"));
    assertThat(found).hasSize(2);
    assertThat(found.get(0).relevance()).isEqualTo(found.get(1).relevance());
  }

  @Test
  void narrowerAndBroaderProductsScoreBelowTheExactOne() throws IOException {
    IndexOptions options = IndexOptions.defaults().withVocabulary(
        vocabulary("broader\t光伏银浆\t银浆\nbroader\t银浆\t电子浆料\n"));
    List<Candidate> found =
        search(options, "银浆", maker(1, "光伏银浆"), maker(2, "电子浆料"), maker(3, "银浆"));
    assertThat(found).extracting(Candidate::uscc).containsExactly(uscc(3), uscc(1), uscc(2));
  }

  @Test
  void aRelatedProductNobodyHeldIsFoundOnceAMakerOfItIsIndexed() throws IOException {
    // The index skips vocabulary names no enterprise holds; one that becomes held must count.
    IndexOptions options = IndexOptions.defaults().withVocabulary(vocabulary("broader\t光伏银浆\t银浆\n"));
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(List.of(maker(3, "银浆")));
      index.refresh();
      assertThat(index.search(CapabilityQuery.of("银浆", 10))).extracting(Candidate::uscc)
          .containsExactly(uscc(3));

      index.upsert(maker(1, "光伏银浆"));
      index.refresh();

      assertThat(index.search(CapabilityQuery.of("银浆", 10))).extracting(Candidate::uscc)
          .containsExactly(uscc(3), uscc(1));
    }
  }

  @Test
  void aLinkNeverLetsAnUnrelatedProductOutrankTheAskedOne() throws IOException {
    // A wrong loose synonym in a caller's file still ranks below the product itself.
    IndexOptions options = IndexOptions.defaults().withVocabulary(vocabulary("near\t水泥\t石膏\n"));
    assertThat(search(options, "水泥", maker(1, "石膏"), maker(2, "水泥")))
        .extracting(Candidate::uscc).containsExactly(uscc(2), uscc(1));
  }

  @Test
  void abbreviationMatchesAsAWholeTokenOnly() throws IOException {
    assertThat(search("PE", maker(1, "PET瓶片"), maker(2, "聚乙烯"), maker(3, "HDPE")))
        .extracting(Candidate::uscc).startsWith(uscc(2)).doesNotContain(uscc(1));
  }

  @Test
  void aKnownNameInsideALongerQueryIsRewrittenByItsAliases() throws IOException {
    assertThat(search("PVC粒子", maker(1, "聚氯乙烯粒子"), maker(2, "PP粒子")))
        .first().extracting(Candidate::uscc).isEqualTo(uscc(1));
  }

  @Test
  void lookAlikeProductsAreNoEvidence() throws IOException {
    assertThat(search("氨", maker(1, "氨纶丝"), maker(2, "液氨")))
        .extracting(Candidate::uscc).containsExactly(uscc(2));
  }

  @Test
  void crudeOilDoesNotFindLubricatingOil() throws IOException {
    assertThat(search("原油", maker(1, "润滑油"), maker(2, "原油")))
        .extracting(Candidate::uscc).containsExactly(uscc(2));
  }

  @Test
  void aCallersVocabularyExtendsTheBundledOne() throws IOException {
    IndexOptions options = IndexOptions.defaults().withVocabulary(
        ProductVocabulary.bundled().with(vocabulary("alias\t小棉袄\t羽绒服\n")));
    assertThat(search(options, "小棉袄", maker(1, "羽绒服")))
        .extracting(Candidate::uscc).containsExactly(uscc(1));
    assertThat(search(options, "烧碱", maker(2, "氢氧化钠")))
        .extracting(Candidate::uscc).containsExactly(uscc(2));
  }
}
