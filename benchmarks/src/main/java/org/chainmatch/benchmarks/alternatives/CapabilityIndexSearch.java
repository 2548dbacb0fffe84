package org.chainmatch.benchmarks.alternatives;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;

/**
 * chainmatch's capability index on its own: {@link LuceneCapabilityIndex} in memory with default
 * options, queried with the demand's product text as written and no filter. It is what the
 * matcher's candidate pool comes from, without the demand understanding and re-ranking the
 * matcher adds.
 *
 * <p>Thread-safe, like the index; close it.
 */
final class CapabilityIndexSearch implements SupplierSearch {
  private final LuceneCapabilityIndex index;

  private CapabilityIndexSearch(LuceneCapabilityIndex index) {
    this.index = index;
  }

  /** Indexes the data's enterprises. */
  static CapabilityIndexSearch over(Dataset data) throws IOException {
    LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(IndexOptions.defaults());
    try {
      index.addAll(data.enterprises());
      index.refresh();
      return new CapabilityIndexSearch(index);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  @Override
  public List<Uscc> top(Demand demand, int k) throws IOException {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    return index.search(CapabilityQuery.of(demand.product(), k)).stream()
        .map(Candidate::uscc)
        .toList();
  }

  @Override
  public String name() {
    return "chainmatch-index";
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
