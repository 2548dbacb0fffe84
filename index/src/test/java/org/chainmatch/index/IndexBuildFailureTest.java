package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.index.TestEnterprises.maker;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.chainmatch.core.Enterprise;
import org.junit.jupiter.api.Test;

/** What {@link LuceneCapabilityIndex#addAll} reports when the directory fails under it. */
class IndexBuildFailureTest {

  /** A directory whose disk is "full" once {@link #full} is set. */
  private static final class FillingDirectory extends FilterDirectory {
    final AtomicBoolean full = new AtomicBoolean();

    FillingDirectory() {
      super(new ByteBuffersDirectory());
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device: " + name);
      }
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      if (full.get()) {
        throw new IOException("No space left on device: " + prefix);
      }
      return super.createTempOutput(prefix, suffix, context);
    }
  }

  @Test
  void aWriteFailureInAnIndexingThreadIsThrownAsTheDeclaredIOException() throws IOException {
    FillingDirectory directory = new FillingDirectory();
    // 16 MB of buffer fills long before 200,000 documents, so indexing threads must flush.
    IndexOptions options = IndexOptions.defaults().withIndexingThreads(2).withRamBufferMb(16);
    List<Enterprise> many =
        IntStream.rangeClosed(1, 200_000).mapToObj(i -> maker(i, "产品" + i)).toList();
    LuceneCapabilityIndex index = LuceneCapabilityIndex.over(directory, options);
    directory.full.set(true);
    try {
      assertThatThrownBy(() -> index.addAll(many))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("No space left on device");
    } finally {
      try {
        index.close();
      } catch (IOException | RuntimeException expected) {
        // The writer hit a tragic failure; closing may report it again.
      }
    }
  }
}
