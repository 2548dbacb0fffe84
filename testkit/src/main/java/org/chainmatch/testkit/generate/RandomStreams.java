package org.chainmatch.testkit.generate;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams for the parts of a synthetic city: the stream for
 * (seed, purpose, index) is always the same, and changing how much one part draws (say, the demand
 * count) leaves every other part's draws as they were.
 */
enum RandomStreams {
  REGIONS,
  PLAN,
  KEYS,
  NAMES,
  RELATIONS,
  DEMANDS;

  /** The stream of this purpose for {@code index} (an enterprise, a demand) under {@code seed}. */
  SplittableRandom of(long seed, long index) {
    // Two rounds of a 64-bit finaliser so that neighbouring seeds and indexes give unrelated
    // streams; SplittableRandom then mixes its own state the same way.
    long h = mix64(seed ^ (0x9E3779B97F4A7C15L * (ordinal() + 1)));
    return new SplittableRandom(mix64(h + 0xBF58476D1CE4E5B9L * index));
  }

  /** The stream of this purpose under {@code seed}, for draws not tied to one index. */
  SplittableRandom of(long seed) {
    return of(seed, -1);
  }

  // Stafford's variant 13 of the MurmurHash3 finaliser, the mixer SplittableRandom uses.
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
