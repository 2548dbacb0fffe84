package org.chainmatch.testkit.index;

import java.io.IOException;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;

/** The contract, on the Lucene index in memory with the default analysis. */
class LuceneCapabilityIndexContractTest extends CapabilityIndexContractTest {
  @Override
  protected CapabilityIndex newIndex() throws IOException {
    return LuceneCapabilityIndex.inMemory(IndexOptions.defaults());
  }
}
