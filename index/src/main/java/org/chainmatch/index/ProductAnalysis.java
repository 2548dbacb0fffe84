package org.chainmatch.index;

/**
 * How product names are compared with the query text: which token streams (see the package's
 * analysis notes in {@code index/EVALUATION.md}) take part and with what weight.
 *
 * <p>Every stream is indexed for every distinct product name (the catalogue of names is small),
 * so the choice only changes how queries are scored and can be switched without re-indexing.
 * {@link #WORDS_BIGRAMS_AND_UNIGRAMS} was chosen by measurement ({@code index/EVALUATION.md}) and
 * is the default.
 */
public enum ProductAnalysis {
  /** smartcn words only. */
  WORDS(1, 0, 0),
  /** CJK bigrams only. */
  BIGRAMS(0, 1, 0),
  /** Single ideographs only. */
  UNIGRAMS(0, 0, 1),
  /** Fusion of smartcn words and CJK bigrams, equally weighted. */
  WORDS_AND_BIGRAMS(0.5, 0.5, 0),
  /** Fusion of CJK bigrams and single ideographs. */
  BIGRAMS_AND_UNIGRAMS(0, 0.7, 0.3),
  /** Fusion of all three streams, character overlap weighted most. */
  WORDS_BIGRAMS_AND_UNIGRAMS(0.2, 0.3, 0.5);

  private final double words;
  private final double bigrams;
  private final double unigrams;

  ProductAnalysis(double words, double bigrams, double unigrams) {
    this.words = words;
    this.bigrams = bigrams;
    this.unigrams = unigrams;
  }

  /** Weight of the smartcn word stream; the three weights sum to 1. */
  double words() {
    return words;
  }

  /** Weight of the CJK bigram stream. */
  double bigrams() {
    return bigrams;
  }

  /** Weight of the single-ideograph stream. */
  double unigrams() {
    return unigrams;
  }
}
