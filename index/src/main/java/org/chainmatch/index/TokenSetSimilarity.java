package org.chainmatch.index;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Scores a product name as a set of tokens against the query's set: each matching token adds
 * {@code boost / sqrt(|name|)}. With every query clause boosted by {@code 1 / sqrt(|query|)} the
 * sum is the Ochiai (cosine) coefficient {@code |q ∩ p| / sqrt(|q| · |p|)}: 1 exactly when the
 * token sets are equal, lower for longer names that merely contain the query (熔喷布设备 for
 * 熔喷布), and always in [0, 1], which is what makes candidate relevance absolute.
 *
 * <p>Frequencies and collection statistics are ignored on purpose: product names are short,
 * repetition within them means nothing, and a rare token is not a better match than a common one
 * when both are in the query.
 */
final class TokenSetSimilarity extends Similarity {

  @Override
  public long computeNorm(FieldInvertState state) {
    return SmallFloat.intToByte4(Math.max(1, state.getLength()));
  }

  @Override
  public SimScorer scorer(
      float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    return new SimScorer() {
      @Override
      public float score(float freq, long norm) {
        return (float) (boost / Math.sqrt(SmallFloat.byte4ToInt((byte) norm)));
      }
    };
  }
}
