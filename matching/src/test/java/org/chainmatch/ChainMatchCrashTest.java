package org.chainmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine killed with SIGKILL while it updates and commits statuses leaves an index that holds
 * exactly one committed batch, whole: at least the last one it reported, every enterprise with
 * the status that batch left, none half-applied; Lucene's CheckIndex finds nothing wrong, and a
 * new engine over the same folder and enterprises reuses the index instead of rebuilding it.
 *
 * <p>Each kill lands at a random point: after a random number of reported commits and a random
 * further delay of up to 25 ms, so it may fall between commits or in the middle of one. The run
 * prints one {@code crash:} line per kill, recorded in RELIABILITY.md.
 */
class ChainMatchCrashTest {

  @Test
  void killedEngineKeepsEveryCommittedStatus(@TempDir Path dir) throws Exception {
    killRepeatedly(dir, 3, 21);
  }

  @Test
  @Tag("long")
  void killedEngineKeepsEveryCommittedStatusAtThirtyRandomPoints(@TempDir Path dir) throws Exception {
    killRepeatedly(dir, 30, 22);
  }

  private static void killRepeatedly(Path dir, int kills, long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < kills; k++) {
      Path index = dir.resolve("index-" + k);
      int reported = killAfter(index, 1 + random.nextInt(30), random.nextInt(26));

      Map<Uscc, OperatingStatus> found = committedStatuses(index);
      int held = batchHeld(found, reported);
      boolean clean = checkIndex(index).clean;
      boolean reused;
      try (ChainMatch reopened = ChainMatch.builder().homeCity("320500")
          .enterprises(CommittingEngine.enterprises()).indexDirectory(index).build()) {
        reused = reopened.reusedIndex();
      }
      System.out.printf("crash: kill %d after commit %d was reported; index holds batch %d of %d"
          + " enterprises; CheckIndex clean: %s; reused on reopen: %s%n",
          k + 1, reported, held, found.size(), clean, reused);

      assertThat(held).as("batch the index holds (last reported: %d)", reported)
          .isGreaterThanOrEqualTo(reported);
      assertThat(clean).as("CheckIndex clean").isTrue();
      assertThat(reused).as("index reused by a new engine").isTrue();
    }
  }

  /**
   * Starts the child, waits until it reports commit {@code target}, waits {@code delayMs} more and
   * kills it; returns the last commit it reported.
   */
  private static int killAfter(Path index, int target, int delayMs) throws Exception {
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CommittingEngine.class.getName(), index.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int reported = -1;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        reported = Integer.parseInt(line.substring("committed ".length()));
        if (reported >= target) {
          Thread.sleep(delayMs);
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(reported).as("commits the child reported before it was killed").isGreaterThanOrEqualTo(target);
    return reported;
  }

  /** Every enterprise's status as the reopened index returns it. */
  private static Map<Uscc, OperatingStatus> committedStatuses(Path index) throws IOException {
    Map<Uscc, OperatingStatus> out = new HashMap<>();
    try (LuceneCapabilityIndex reopened = LuceneCapabilityIndex.open(index, IndexOptions.defaults())) {
      List<Candidate> all = reopened.search(
          CapabilityQuery.of(CommittingEngine.PRODUCT, 2 * CommittingEngine.ENTERPRISES));
      for (Candidate c : all) {
        assertThat(out.put(c.uscc(), c.status())).as("%s returned twice", c.uscc()).isNull();
      }
    }
    assertThat(out).hasSize(CommittingEngine.ENTERPRISES);
    return out;
  }

  /**
   * The batch whose statuses the index holds, exactly and for every enterprise; fails if it holds
   * no batch from {@code from} on (a lost commit or a half-applied batch).
   */
  private static int batchHeld(Map<Uscc, OperatingStatus> found, int from) {
    // Every batch stamps its statuses with its number, so the newest stamp names the candidate.
    int newest = found.values().stream().mapToInt(s -> (int) s.reportedAt().getEpochSecond()).max()
        .orElseThrow();
    assertThat(found).as("statuses after batch %d (last reported %d)", newest, from)
        .isEqualTo(CommittingEngine.statusesAfter(newest));
    return newest;
  }

  private static CheckIndex.Status checkIndex(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return check.checkIndex();
    }
  }
}
