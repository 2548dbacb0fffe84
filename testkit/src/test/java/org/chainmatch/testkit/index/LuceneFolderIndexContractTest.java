package org.chainmatch.testkit.index;

import java.io.IOException;
import java.nio.file.Path;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract, on the Lucene index in a folder (what {@code run --index} and a persisted {@code
 * ChainMatch} use): memory-mapped segments and commits must not change what searches see after a
 * refresh.
 */
class LuceneFolderIndexContractTest extends CapabilityIndexContractTest {
  @TempDir Path folder;

  @Override
  protected CapabilityIndex newIndex() throws IOException {
    return LuceneCapabilityIndex.open(folder.resolve("index"), IndexOptions.defaults());
  }
}
