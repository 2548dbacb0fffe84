package org.chainmatch.spark;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.chainmatch.index.AnalysisChains;

/**
 * The bigram tokens the capability index compares business scopes and names with: overlapping CJK
 * bigrams after width folding and lower-casing, made by the index's own chain ({@link
 * AnalysisChains#bigrams()}). Blocking uses them to find every enterprise whose scope or name
 * holds at least half of a query's bigrams, the index's rule for scope and name evidence.
 * Thread-confined: one instance per task.
 */
final class BlockText {
  private final Analyzer bigrams = AnalysisChains.bigrams();

  /** The distinct bigram tokens of {@code text}, in order of first appearance. */
  Set<String> bigrams(String text) {
    return new LinkedHashSet<>(AnalysisChains.terms(bigrams, text));
  }

  /** How many of a query's {@code n} bigrams a field must hold to count: at least half. */
  static int needed(int n) {
    return (n + 1) / 2;
  }
}
