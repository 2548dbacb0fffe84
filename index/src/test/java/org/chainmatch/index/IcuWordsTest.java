package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.chainmatch.core.Enterprise;
import org.junit.jupiter.api.Test;

class IcuWordsTest {

  private static List<String> tokens(Analyzer analyzer, String text) {
    return TextAnalyzers.terms(analyzer, text);
  }

  @Test
  void foldsFullWidthAndCaseAndKeepsModelNumbersWhole() throws IOException {
    assertThat(tokens(IcuWords.analyzer(), "ＫＮ９５口罩")).containsExactly("kn95", "口罩");
  }

  @Test
  void segmentsDictionaryWordsRatherThanCharacters() throws IOException {
    assertThat(tokens(IcuWords.analyzer(), "医用口罩")).containsExactly("医用", "口罩");
  }

  @Test
  void indexWithIcuWordsFindsProductByWord() throws IOException {
    Enterprise maker = TestEnterprises.maker(1, "口罩");
    try (LuceneCapabilityIndex index =
        LuceneCapabilityIndex.inMemory(
            IndexOptions.defaults().withAnalysis(ProductAnalysis.WORDS), IcuWords.analyzer())) {
      index.upsert(maker);
      index.refresh();
      assertThat(index.search(CapabilityQuery.of("医用口罩", 10)))
          .extracting(Candidate::uscc)
          .containsExactly(maker.uscc());
    }
  }
}
