package org.chainmatch.benchmarks.alternatives;

import java.io.IOException;
import org.chainmatch.core.io.Dataset;

/**
 * The ways of finding suppliers that the benchmarks compare, each able to build its {@link
 * SupplierSearch} over a list of enterprises. Names are JMH parameter values.
 */
public enum Alternative {
  /** {@link LinearScanSearch}: substring tests over every enterprise. */
  SCAN {
    @Override
    public SupplierSearch open(Dataset data) {
      return LinearScanSearch.over(data.enterprises());
    }
  },
  /** {@link SqlLikeSearch}: H2 in memory, {@code LIKE '%text%'}. */
  H2 {
    @Override
    public SupplierSearch open(Dataset data) throws IOException {
      return SqlLikeSearch.over(data.enterprises());
    }
  },
  /** {@link PlainLuceneSearch}: Lucene with {@code StandardAnalyzer} and BM25. */
  LUCENE {
    @Override
    public SupplierSearch open(Dataset data) throws IOException {
      return PlainLuceneSearch.over(data.enterprises());
    }
  },
  /** {@link CapabilityIndexSearch}: chainmatch's capability index alone, default options. */
  CHAINMATCH_INDEX {
    @Override
    public SupplierSearch open(Dataset data) throws IOException {
      return CapabilityIndexSearch.over(data);
    }
  },
  /** {@link MatcherSearch}: chainmatch's full supplier matcher, default options. */
  CHAINMATCH {
    @Override
    public SupplierSearch open(Dataset data) throws IOException {
      return MatcherSearch.over(data);
    }

    @Override
    public boolean readsRelations() {
      return true;
    }
  };

  /**
   * Builds this alternative over the data's enterprises (and relations, if it {@linkplain
   * #readsRelations() reads them}); the caller closes it.
   *
   * @throws IOException if its storage fails
   */
  public abstract SupplierSearch open(Dataset data) throws IOException;

  /** Whether {@link #open} reads the relations; when not, callers may load without them. */
  public boolean readsRelations() {
    return false;
  }
}
