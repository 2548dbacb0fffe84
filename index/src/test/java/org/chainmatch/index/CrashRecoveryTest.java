package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.index.TestEnterprises.uscc;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.chainmatch.core.OperatingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL leaves exactly its last commit behind. */
class CrashRecoveryTest {

  @Test
  void killedWriterLeavesLastCommitIntactAndNothingAfterIt(@TempDir Path dir) throws Exception {
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CrashingIndexer.class.getName(), dir.toString())
        .redirectErrorStream(true)
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals("READY"));
      assertThat(line).as("child reached the crash point").isEqualTo("READY");
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (LuceneCapabilityIndex reopened = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      assertThat(reopened.search(CapabilityQuery.of("轮胎", 5)))
          .singleElement()
          .satisfies(c -> {
            assertThat(c.uscc()).isEqualTo(uscc(1));
            // The uncommitted status change is lost too.
            assertThat(c.status().state()).isEqualTo(OperatingState.RESUMED);
          });
    }
    assertThat(checkIndex(dir).clean).isTrue();
  }

  private static CheckIndex.Status checkIndex(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return check.checkIndex();
    }
  }
}
