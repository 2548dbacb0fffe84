package org.chainmatch.examples.cli;

import java.time.Duration;

/** The bounded wait for the outreach store's lock ({@code --store-wait SECONDS}, 0..3600). */
final class StoreWait {
  /** The documented default of {@code --store-wait}. */
  static final int DEFAULT_SECONDS = 30;

  private StoreWait() {}

  static Duration of(int seconds) {
    if (seconds < 0 || seconds > 3600) {
      throw new ChainmatchCli.UsageException("--store-wait must be 0..3600 seconds but was " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
