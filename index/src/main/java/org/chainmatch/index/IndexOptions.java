package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How a {@link LuceneCapabilityIndex} analyses, expands and builds.
 *
 * @param analysis how product names are compared with query text
 * @param synonyms query-time product synonyms, if any
 * @param taxonomy product taxonomy for expanding a query to narrower products, if any
 * @param vocabulary what product names mean (aliases, kinds, look-alikes), applied at query time;
 *     {@link ProductVocabulary#bundled()} by default, {@link ProductVocabulary#empty()} for none
 * @param indexingThreads threads {@link LuceneCapabilityIndex#addAll} indexes with, 1..64; above 1,
 *     equally relevant enterprises no longer come in a reproducible order (see there)
 * @param ramBufferMb memory the writer buffers documents in before flushing a segment, 16..2048
 */
public record IndexOptions(
    ProductAnalysis analysis,
    Optional<ProductSynonyms> synonyms,
    Optional<ProductTaxonomy> taxonomy,
    ProductVocabulary vocabulary,
    int indexingThreads,
    int ramBufferMb) {

  /** Validates the components. */
  public IndexOptions {
    checkNotNull(analysis, "analysis");
    checkNotNull(synonyms, "synonyms");
    checkNotNull(taxonomy, "taxonomy");
    checkNotNull(vocabulary, "vocabulary");
    checkArgument(
        indexingThreads >= 1 && indexingThreads <= 64,
        "indexingThreads must be 1..64 but was %s",
        indexingThreads);
    checkArgument(
        ramBufferMb >= 16 && ramBufferMb <= 2048, "ramBufferMb must be 16..2048 but was %s", ramBufferMb);
  }

  /**
   * Fusion of words, bigrams and single ideographs (chosen by measurement, see {@code
   * index/EVALUATION.md}), the {@linkplain ProductVocabulary#bundled() bundled vocabulary}, no
   * synonyms or taxonomy files, one indexing thread, a 128 MB buffer.
   *
   * <p>Why one thread: searches return equally relevant enterprises in document order, and only a
   * single indexing thread numbers documents the same way on every build; with two, a pool cut
   * through a plateau of equal scores kept different makers from run to run, and so did the
   * ranked matches. A second thread saves a third of the build at 1M enterprises (figures in the
   * README), which is worth less than reproducible results; pass 2 where it is not.
   */
  public static IndexOptions defaults() {
    return new IndexOptions(
        ProductAnalysis.WORDS_BIGRAMS_AND_UNIGRAMS,
        Optional.empty(),
        Optional.empty(),
        ProductVocabulary.bundled(),
        1,
        128);
  }

  public IndexOptions withAnalysis(ProductAnalysis value) {
    return new IndexOptions(value, synonyms, taxonomy, vocabulary, indexingThreads, ramBufferMb);
  }

  public IndexOptions withSynonyms(ProductSynonyms value) {
    return new IndexOptions(analysis, Optional.of(value), taxonomy, vocabulary, indexingThreads, ramBufferMb);
  }

  public IndexOptions withTaxonomy(ProductTaxonomy value) {
    return new IndexOptions(analysis, synonyms, Optional.of(value), vocabulary, indexingThreads, ramBufferMb);
  }

  /** These options with {@code value} as the vocabulary, replacing the bundled one. */
  public IndexOptions withVocabulary(ProductVocabulary value) {
    return new IndexOptions(analysis, synonyms, taxonomy, value, indexingThreads, ramBufferMb);
  }

  /** These options without any vocabulary: queries match by their text (and given files) alone. */
  public IndexOptions withoutVocabulary() {
    return withVocabulary(ProductVocabulary.empty());
  }

  public IndexOptions withIndexingThreads(int value) {
    return new IndexOptions(analysis, synonyms, taxonomy, vocabulary, value, ramBufferMb);
  }

  public IndexOptions withRamBufferMb(int value) {
    return new IndexOptions(analysis, synonyms, taxonomy, vocabulary, indexingThreads, value);
  }
}
