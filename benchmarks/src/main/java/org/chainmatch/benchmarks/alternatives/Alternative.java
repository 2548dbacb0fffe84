package org.chainmatch.benchmarks.alternatives;

import java.io.IOException;
import java.util.List;
import org.chainmatch.core.Enterprise;

/**
 * The ways of finding suppliers that the benchmarks compare, each able to build its {@link
 * SupplierSearch} over a list of enterprises. Names are JMH parameter values.
 */
public enum Alternative {
  /** {@link LinearScanSearch}: substring tests over every enterprise. */
  SCAN {
    @Override
    public SupplierSearch open(List<Enterprise> enterprises) {
      return LinearScanSearch.over(enterprises);
    }
  },
  /** {@link SqlLikeSearch}: H2 in memory, {@code LIKE '%text%'}. */
  H2 {
    @Override
    public SupplierSearch open(List<Enterprise> enterprises) throws IOException {
      return SqlLikeSearch.over(enterprises);
    }
  },
  /** {@link PlainLuceneSearch}: Lucene with {@code StandardAnalyzer} and BM25. */
  LUCENE {
    @Override
    public SupplierSearch open(List<Enterprise> enterprises) throws IOException {
      return PlainLuceneSearch.over(enterprises);
    }
  };

  /**
   * Builds this alternative over {@code enterprises}; the caller closes it.
   *
   * @throws IOException if its storage fails
   */
  public abstract SupplierSearch open(List<Enterprise> enterprises) throws IOException;
}
