package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * An enterprise's operating status as last reported: its state, the share of normal capacity
 * available now, when it was reported and by which source.
 *
 * <p>Statuses change daily and come from surveys, so the report time and source travel with the
 * value. {@code capacity} is a percentage in 0..100, or {@link #UNKNOWN_CAPACITY} (-1) when the
 * report did not say; {@link #effectiveCapacity()} supplies the documented default in that case.
 *
 * @param state the reported state, never null
 * @param capacity available capacity in percent of normal (0..100), or -1 when unknown
 * @param reportedAt when the status was reported; {@link Instant#EPOCH} when unknown
 * @param source where the report came from (survey name, file); empty when unknown
 */
public record OperatingStatus(OperatingState state, int capacity, Instant reportedAt, String source) {

  /** Marker for a capacity the report did not give. */
  public static final int UNKNOWN_CAPACITY = -1;

  /** Validates the components; see the class documentation for their ranges. */
  public OperatingStatus {
    checkNotNull(state, "state");
    checkNotNull(reportedAt, "reportedAt");
    checkNotNull(source, "source");
    checkArgument(
        capacity == UNKNOWN_CAPACITY || (capacity >= 0 && capacity <= 100),
        "capacity must be 0..100 (or -1 for unknown) but was %s",
        capacity);
  }

  /**
   * A status with the capacity the data contract implies for the state: 100 when RESUMED, 0 when
   * SUSPENDED, unknown otherwise.
   */
  public static OperatingStatus of(OperatingState state) {
    return new OperatingStatus(state, defaultCapacity(state), Instant.EPOCH, "");
  }

  /** A status with an explicit capacity (0..100, or -1 for unknown). */
  public static OperatingStatus of(OperatingState state, int capacity) {
    return new OperatingStatus(state, capacity, Instant.EPOCH, "");
  }

  /** The status of an enterprise nobody has reported on. */
  public static OperatingStatus unknown() {
    return of(OperatingState.UNKNOWN);
  }

  /** The capacity the data contract implies when none is given. */
  public static int defaultCapacity(OperatingState state) {
    return switch (state) {
      case RESUMED -> 100;
      case SUSPENDED -> 0;
      default -> UNKNOWN_CAPACITY;
    };
  }

  /** True when the capacity was reported. */
  public boolean hasKnownCapacity() {
    return capacity != UNKNOWN_CAPACITY;
  }

  /**
   * The capacity to plan with, in percent: 0 when SUSPENDED (whatever capacity was reported: real
   * surveys give a suspended plant's normal capacity too, and it is not available now); else the
   * reported one, else 100 (RESUMED), 50 (PARTIAL) or 50 (UNKNOWN: neither counted on nor written
   * off).
   */
  public int effectiveCapacity() {
    if (state == OperatingState.SUSPENDED) {
      return 0;
    }
    if (hasKnownCapacity()) {
      return capacity;
    }
    return switch (state) {
      case RESUMED -> 100;
      case SUSPENDED -> 0;
      case PARTIAL, UNKNOWN -> 50;
    };
  }

  /** True when the enterprise produces today (RESUMED or PARTIAL with capacity above zero). */
  public boolean isWorking() {
    return state.isWorking() && effectiveCapacity() > 0;
  }

  /** This status with another report time and source. */
  public OperatingStatus reportedAt(Instant when, String from) {
    return new OperatingStatus(state, capacity, when, from);
  }
}
