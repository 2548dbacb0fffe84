package org.chainmatch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * ICU word segmentation (dictionary-based for Chinese) as a candidate word stream, folded like
 * the index's own streams ({@link TextAnalyzers}): full-width to half-width before, lower case
 * after. Test scope only: it was measured and not adopted (see {@code index/EVALUATION.md}).
 */
final class IcuWords {
  private IcuWords() {}

  static Analyzer analyzer() {
    return TextAnalyzers.widthFolded(ICUTokenizer::new, LowerCaseFilter::new);
  }
}
