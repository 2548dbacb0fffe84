package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabulary's own contract: classes, links, look-alikes, whole-run abbreviations, errors. */
class ProductVocabularyTest {

  private static ProductVocabulary parse(String lines) throws IOException {
    return ProductVocabulary.parse(new StringReader("relation\tterm\tother\n" + lines), "test.tsv");
  }

  private static List<String> found(ProductVocabulary v, String text) {
    return v.find(ProductCatalogue.key(text)).stream().map(ProductVocabulary.Found::name).toList();
  }

  @Test
  void bundledVocabularyKnowsTradeNamesOfTheIssue() {
    ProductVocabulary v = ProductVocabulary.bundled();
    assertThat(v.aliases("烧碱")).contains("氢氧化钠", "火碱", "苛性钠");
    assertThat(v.aliases("金属硅")).contains("工业硅");
    assertThat(v.aliases("硫磺")).contains("硫黄");
    assertThat(v.aliases("粘胶纤维")).contains("黏胶纤维");
    assertThat(v.aliases("pvc")).contains("聚氯乙烯");
    assertThat(v.broader("光伏银浆")).contains("银浆");
    assertThat(v.size()).isGreaterThan(3000);
    assertThat(v.edition()).startsWith("chainmatch product vocabulary, edition");
  }

  @Test
  void bundledVocabularyIsLoadedOnceAndShared() {
    assertThat(ProductVocabulary.bundled()).isSameAs(ProductVocabulary.bundled());
  }

  @Test
  void aliasesAreTransitive() throws IOException {
    ProductVocabulary v = parse("alias\t烧碱\t氢氧化钠\nalias\t火碱\t烧碱\n");
    assertThat(v.aliases("火碱")).containsExactlyInAnyOrder("烧碱", "氢氧化钠");
  }

  @Test
  void nearLinksAreNotTransitive() throws IOException {
    ProductVocabulary v = parse("near\t铜\t黄铜\nnear\t铜\t紫铜\n");
    assertThat(v.near("黄铜")).containsExactly("铜");
  }

  @Test
  void narrowerFollowsKindsOfKindsAndTheirAliases() throws IOException {
    ProductVocabulary v = parse(
        "broader\t合成橡胶\t橡胶\nbroader\t顺丁橡胶\t合成橡胶\nalias\t顺丁橡胶\tBR\n");
    assertThat(v.narrower("橡胶")).startsWith("合成橡胶").containsExactlyInAnyOrder("合成橡胶", "顺丁橡胶", "br");
    assertThat(v.broader("br")).containsExactly("合成橡胶");
  }

  @Test
  void abbreviationsAreFoundOnlyAsWholeLetterRuns() throws IOException {
    ProductVocabulary v = parse("alias\tPE\t聚乙烯\n");
    assertThat(found(v, "PE管")).containsExactly("pe");
    assertThat(found(v, "ＰＥ 膜")).containsExactly("pe");
    assertThat(found(v, "PET瓶")).isEmpty();
    assertThat(found(v, "HDPE")).isEmpty();
  }

  @Test
  void longestKnownNameWinsInsideAText() throws IOException {
    ProductVocabulary v = parse("not\t氨纶\t氨\n");
    assertThat(found(v, "氨纶丝")).containsExactly("氨纶");
    assertThat(found(v, "液氨")).containsExactly("氨");
  }

  @Test
  void lookAlikesRejectTheOtherProductButNotTheQuerysOwn() throws IOException {
    ProductVocabulary v = parse("not\t氨纶\t氨\nalias\t氨纶\t莱卡\n");
    ProductVocabulary.LookAlikes forAmmonia = v.lookAlikes("氨");
    assertThat(forAmmonia.rejects("氨纶丝")).isTrue();
    assertThat(forAmmonia.rejects("莱卡")).isTrue();
    assertThat(forAmmonia.rejects("液氨")).isFalse();
    assertThat(v.lookAlikes("氨纶").rejects("氨纶丝")).isFalse();
    assertThat(v.lookAlikes("纯碱").isEmpty()).isTrue();
  }

  @Test
  void crudeOilIsNoOilAndNoOilIsCrude() throws IOException {
    ProductVocabulary v = ProductVocabulary.bundled();
    assertThat(v.lookAlikes("原油").rejects("润滑油")).isTrue();
    assertThat(v.lookAlikes("原油").rejects("原油")).isFalse();
    assertThat(v.lookAlikes("油").rejects("原油")).isTrue();
  }

  @Test
  void extendingMergesClassesThatShareAName() throws IOException {
    ProductVocabulary own = ProductVocabulary.parse(
        new StringReader("relation\tterm\tother\nalias\t片碱\t烧碱\n"), "own.tsv");
    ProductVocabulary v = parse("alias\t烧碱\t氢氧化钠\n").with(own);
    assertThat(v.aliases("片碱")).containsExactlyInAnyOrder("烧碱", "氢氧化钠");
    assertThat(v.edition()).isEqualTo("test.tsv + own.tsv");
    assertThat(v.size()).isEqualTo(2);
  }

  @Test
  void malformedLineIsRejectedNamingFileLineAndValue() {
    assertThatThrownBy(() -> parse("same\t烧碱\t氢氧化钠\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.tsv:2: column 'relation', value 'same': expected alias, near, broader or not");
    assertThatThrownBy(() -> parse("alias\t烧碱\n"))
        .hasMessageContaining("test.tsv:2:");
    assertThatThrownBy(() -> ProductVocabulary.parse(new StringReader("烧碱\t氢氧化钠\n"), "x.tsv"))
        .hasMessageContaining("x.tsv:1: expected the header");
  }

  @Test
  void emptyVocabularyKnowsNothing() {
    assertThat(ProductVocabulary.empty().size()).isZero();
    assertThat(ProductVocabulary.empty().aliases("烧碱")).isEmpty();
  }
}
