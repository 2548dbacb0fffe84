package org.chainmatch.benchmarks.alternatives;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.SupplierMatcher;

/**
 * chainmatch's full upstream matcher: {@link SupplierMatcher} with default {@link MatchOptions}
 * over a {@link LuceneCapabilityIndex} of the data's enterprises, with its relations. Unlike the
 * other alternatives it reads the whole demand: it takes sentences apart, and ranks by readiness,
 * proximity to the requester and existing relationships besides text relevance. Its defaults also
 * leave out suspended suppliers, which the others return.
 *
 * <p>Thread-safe, like the matcher; close it.
 */
final class MatcherSearch implements SupplierSearch {
  private final LuceneCapabilityIndex index;
  private final SupplierMatcher matcher;
  // Racy but benign: every thread computes equal options for the same k.
  private volatile MatchOptions options;

  private MatcherSearch(LuceneCapabilityIndex index, SupplierMatcher matcher) {
    this.index = index;
    this.matcher = matcher;
    this.options = matcher.options();
  }

  /** Indexes the data's enterprises and builds the matcher over them and their relations. */
  static MatcherSearch over(Dataset data) throws IOException {
    LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(IndexOptions.defaults());
    try {
      index.addAll(data.enterprises());
      index.refresh();
      SupplierMatcher matcher = SupplierMatcher.builder(index)
          .enterprises(data.enterprises())
          .relations(data.relations())
          .build();
      return new MatcherSearch(index, matcher);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  @Override
  public List<Uscc> top(Demand demand, int k) throws IOException {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    return matcher.match(demand, optionsFor(k)).matches().stream()
        .map(match -> match.enterprise().uscc())
        .toList();
  }

  // The defaults with k results; built once per k so that a timed query does not pay for it.
  private MatchOptions optionsFor(int k) {
    MatchOptions last = options;
    if (last.topK() != k) {
      MatchOptions defaults = matcher.options();
      last = defaults.withTopK(k).withPoolSize(Math.max(k, defaults.poolSize()));
      options = last;
    }
    return last;
  }

  @Override
  public String name() {
    return "chainmatch";
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
