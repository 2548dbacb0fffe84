package org.chainmatch.evaluation;

/**
 * Means of the three metrics over some cases.
 *
 * @param cases number of cases averaged
 * @param ndcg10 mean nDCG@10
 * @param recall10 mean Recall@10
 * @param mrr mean reciprocal rank
 */
public record MetricMeans(int cases, double ndcg10, double recall10, double mrr) {
  /** No cases: all means 0. */
  public static MetricMeans empty() {
    return new MetricMeans(0, 0, 0, 0);
  }

  /** These means with one more case's values folded in. */
  public MetricMeans plus(double ndcg, double recall, double reciprocalRank) {
    int n = cases + 1;
    return new MetricMeans(
        n,
        ndcg10 + (ndcg - ndcg10) / n,
        recall10 + (recall - recall10) / n,
        mrr + (reciprocalRank - mrr) / n);
  }
}
