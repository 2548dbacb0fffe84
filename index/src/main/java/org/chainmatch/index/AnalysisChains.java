package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The analysis chains and the product-name similarity the index is built with, for other {@link
 * CapabilityIndex} backends: the OpenSearch module registers exactly these on the cluster, so
 * server-side tokens equal the library's. Applications need not use this class.
 *
 * <p>All three analyzers fold full-width forms to half-width before tokenising and lower-case
 * after; see {@code index/EVALUATION.md} for why these three streams.
 *
 * <p>Each call returns a new instance; analyzers and the similarity are thread-safe.
 */
public final class AnalysisChains {
  private AnalysisChains() {}

  /** smartcn HMM words, with letter-digit runs it splits (N95 → n, 95) rejoined. */
  public static Analyzer words() {
    return TextAnalyzers.words();
  }

  /** Overlapping CJK bigrams (a lone ideograph stays a unigram); letter-digit runs whole. */
  public static Analyzer bigrams() {
    return TextAnalyzers.bigrams();
  }

  /** Single ideographs; letter-digit runs whole. */
  public static Analyzer unigrams() {
    return TextAnalyzers.unigrams();
  }

  /**
   * The token-set cosine product names are scored with: each matching term adds {@code boost /
   * sqrt(terms in the name)}; frequencies and collection statistics are ignored. Fields scored
   * with it must keep norms.
   */
  public static Similarity tokenSetSimilarity() {
    return new TokenSetSimilarity();
  }

  /** The terms {@code analyzer} makes of {@code text}, in order, repeats kept. */
  public static List<String> terms(Analyzer analyzer, String text) {
    checkNotNull(analyzer, "analyzer");
    checkNotNull(text, "text");
    return TextAnalyzers.terms(analyzer, text);
  }
}
