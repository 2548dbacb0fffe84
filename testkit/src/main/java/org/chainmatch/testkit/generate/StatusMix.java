package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;

/**
 * The shares of operating states among a synthetic city's enterprises, e.g. 70% RESUMED, 15%
 * PARTIAL, 10% SUSPENDED, 5% UNKNOWN.
 *
 * <p>Capacities follow the state: a RESUMED enterprise reports 100% or a little less (70-95%), a
 * PARTIAL one 10-80% or nothing, a SUSPENDED one 0%, an UNKNOWN one nothing. Immutable.
 *
 * @param resumed share of {@link OperatingState#RESUMED}, 0..1
 * @param partial share of {@link OperatingState#PARTIAL}, 0..1
 * @param suspended share of {@link OperatingState#SUSPENDED}, 0..1
 * @param unknown share of {@link OperatingState#UNKNOWN}, 0..1
 */
public record StatusMix(double resumed, double partial, double suspended, double unknown) {

  /** 70% RESUMED, 15% PARTIAL, 10% SUSPENDED, 5% UNKNOWN. */
  public static final StatusMix DEFAULT = new StatusMix(0.70, 0.15, 0.10, 0.05);

  private static final double TOLERANCE = 1e-9;

  /**
   * Validates the shares.
   *
   * @throws IllegalArgumentException if a share is outside 0..1 or they do not add up to 1
   */
  public StatusMix {
    checkShare("resumed", resumed);
    checkShare("partial", partial);
    checkShare("suspended", suspended);
    checkShare("unknown", unknown);
    double sum = resumed + partial + suspended + unknown;
    checkArgument(Math.abs(sum - 1) <= TOLERANCE,
        "status shares must add up to 1 but add up to %s (%s, %s, %s, %s)",
        sum, resumed, partial, suspended, unknown);
  }

  /** The share of {@code state}. */
  public double share(OperatingState state) {
    return switch (state) {
      case RESUMED -> resumed;
      case PARTIAL -> partial;
      case SUSPENDED -> suspended;
      case UNKNOWN -> unknown;
    };
  }

  /** Draws a state by the shares. */
  OperatingState drawState(SplittableRandom random) {
    double u = random.nextDouble();
    if (u < resumed) {
      return OperatingState.RESUMED;
    }
    if (u < resumed + partial) {
      return OperatingState.PARTIAL;
    }
    if (u < resumed + partial + suspended) {
      return OperatingState.SUSPENDED;
    }
    // Also catches rounding at the top end when unknown is 0.
    return unknown > 0 ? OperatingState.UNKNOWN : lastNonZero();
  }

  /** Draws a capacity for {@code state}: 0..100, or {@link OperatingStatus#UNKNOWN_CAPACITY}. */
  static int drawCapacity(OperatingState state, SplittableRandom random) {
    return switch (state) {
      case RESUMED -> random.nextInt(10) < 6 ? 100 : 70 + 5 * random.nextInt(6);
      case PARTIAL -> random.nextInt(10) == 0
          ? OperatingStatus.UNKNOWN_CAPACITY : 10 + 5 * random.nextInt(15);
      case SUSPENDED -> 0;
      case UNKNOWN -> OperatingStatus.UNKNOWN_CAPACITY;
    };
  }

  private OperatingState lastNonZero() {
    if (suspended > 0) {
      return OperatingState.SUSPENDED;
    }
    return partial > 0 ? OperatingState.PARTIAL : OperatingState.RESUMED;
  }

  private static void checkShare(String name, double share) {
    checkArgument(share >= 0 && share <= 1, "%s share must be in 0..1 but was %s", name, share);
  }
}
