package org.chainmatch.index;

import static org.chainmatch.index.TestEnterprises.maker;

import java.nio.file.Path;

/**
 * Child process for {@link CrashRecoveryTest}: indexes enterprise 1 and commits, then indexes
 * enterprise 2 and refreshes (so its segment reaches the disk) without committing, prints
 * {@code READY} and waits to be killed.
 */
public final class CrashingIndexer {
  private CrashingIndexer() {}

  public static void main(String[] args) throws Exception {
    LuceneCapabilityIndex index = LuceneCapabilityIndex.open(Path.of(args[0]), IndexOptions.defaults());
    index.upsert(maker(1, "轮胎"));
    index.commit();
    index.upsert(maker(2, "轮胎"));
    index.updateStatus(TestEnterprises.uscc(1), org.chainmatch.core.OperatingStatus.of(
        org.chainmatch.core.OperatingState.SUSPENDED));
    index.refresh();
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(120_000);
  }
}
