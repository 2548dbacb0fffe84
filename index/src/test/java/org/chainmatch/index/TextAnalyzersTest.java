package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TextAnalyzersTest {

  private static List<String> tokens(Analyzer analyzer, String text) {
    return TextAnalyzers.terms(analyzer, text);
  }

  @Test
  void wordsKeepModelNumbersWhole() throws IOException {
    assertThat(tokens(TextAnalyzers.words(), "KN95口罩")).containsExactly("kn95", "口罩");
  }

  @Test
  void wordsDoNotJoinModelNumbersSeparatedBySpace() throws IOException {
    assertThat(tokens(TextAnalyzers.words(), "N 95")).containsExactly("n", "95");
  }

  @Test
  void bigramsFoldFullWidthAndCase() throws IOException {
    assertThat(tokens(TextAnalyzers.bigrams(), "ＫＮ９５口罩")).containsExactly("kn95", "口罩");
  }

  @Test
  void bigramsOverlapInsideUnknownNames() throws IOException {
    assertThat(tokens(TextAnalyzers.bigrams(), "碳化硅衬底")).containsExactly("碳化", "化硅", "硅衬", "衬底");
  }

  @Test
  void unigramsSplitIdeographsButNotModelNumbers() throws IOException {
    assertThat(tokens(TextAnalyzers.unigrams(), "5G模块")).containsExactly("5g", "模", "块");
  }
}
