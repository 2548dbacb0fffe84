package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;

/**
 * Draws indexes with probability proportional to non-negative weights, in O(log n) per draw by
 * binary search over the running sums. Immutable once built; the array is not copied, so callers
 * hand it over.
 */
final class CumulativeWeights {
  private final double[] sums;
  private final int from;
  private final int to;

  private CumulativeWeights(double[] sums, int from, int to) {
    this.sums = sums;
    this.from = from;
    this.to = to;
  }

  /**
   * Replaces {@code weights[from..to)} by their running sums and returns the draw over that range.
   *
   * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
   */
  static CumulativeWeights overRange(double[] weights, int from, int to) {
    checkArgument(from < to, "no weights in [%s, %s)", from, to);
    double sum = 0;
    for (int i = from; i < to; i++) {
      if (!(weights[i] >= 0 && Double.isFinite(weights[i]))) {
        throw new IllegalArgumentException(
            "weight " + weights[i] + " at " + i + " is negative or not finite");
      }
      sum += weights[i];
      weights[i] = sum;
    }
    checkArgument(sum > 0, "weights in [%s, %s) are all zero", from, to);
    return new CumulativeWeights(weights, from, to);
  }

  /** Equivalent to {@code overRange(weights, 0, weights.length)}. */
  static CumulativeWeights of(double[] weights) {
    return overRange(weights, 0, weights.length);
  }

  /** Draws an index in {@code [0, size())}, each with probability weight / total. */
  int draw(SplittableRandom random) {
    double u = random.nextDouble() * sums[to - 1];
    // The first position whose running sum exceeds u; zero weights are never chosen.
    int lo = from;
    int hi = to - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sums[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - from;
  }

  /** The number of weights. */
  int size() {
    return to - from;
  }
}
