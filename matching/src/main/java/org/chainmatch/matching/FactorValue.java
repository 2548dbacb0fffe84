package org.chainmatch.matching;

import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Proximity;

/**
 * A factor's raw value for one enterprise, in [0, 1], with the short note a reader sees.
 *
 * <p>The static factories hold the value scales shared by upstream and downstream matching; they
 * are the single place those scales are defined.
 */
record FactorValue(double value, String detail) {

  static final FactorValue NONE = new FactorValue(0, "");

  /**
   * Whether an enterprise produces today: RESUMED counts its effective capacity (100% → 1.0),
   * PARTIAL 0.8 of it (a partial restart is fragile), UNKNOWN 0.3 (neither counted on nor written
   * off, below a typical partial restart) and SUSPENDED 0, since it is no supplier today.
   */
  private static final FactorValue SAME_COUNTY = new FactorValue(1.0, "同区县");
  private static final FactorValue SAME_CITY = new FactorValue(0.8, "同市");
  private static final FactorValue SAME_PROVINCE = new FactorValue(0.4, "同省");
  private static final FactorValue OTHER_PROVINCE = new FactorValue(0, "外省");
  private static final FactorValue KEY = new FactorValue(1.0, "重点企业");

  static FactorValue readiness(OperatingStatus status) {
    String capacityNote = status.hasKnownCapacity() ? " 产能" + status.effectiveCapacity() + "%" : "";
    double value = readinessValue(status);
    return switch (status.state()) {
      case RESUMED -> new FactorValue(value, "已复工" + capacityNote);
      case PARTIAL -> new FactorValue(value, "部分复工" + capacityNote);
      case UNKNOWN -> new FactorValue(value, "复工情况未知");
      case SUSPENDED -> new FactorValue(value, "未复工");
    };
  }

  /** The value of {@link #readiness(OperatingStatus)} without its note (nothing allocated). */
  static double readinessValue(OperatingStatus status) {
    return switch (status.state()) {
      case RESUMED -> status.effectiveCapacity() / 100.0;
      case PARTIAL -> 0.8 * status.effectiveCapacity() / 100.0;
      case UNKNOWN -> 0.3;
      case SUSPENDED -> 0;
    };
  }

  /**
   * How near: the same county 1.0, the same city 0.8 (a day's delivery, the same authority), the
   * same province 0.4, another province 0.
   */
  static FactorValue proximity(Proximity proximity) {
    return switch (proximity) {
      case SAME_COUNTY -> SAME_COUNTY;
      case SAME_CITY -> SAME_CITY;
      case SAME_PROVINCE -> SAME_PROVINCE;
      case OTHER_PROVINCE -> OTHER_PROVINCE;
    };
  }

  /** A key enterprise 1.0, else 0. */
  static FactorValue keyEnterprise(boolean key) {
    return key ? KEY : NONE;
  }

  /**
   * The contribution of this value, gated (multiplied) by {@code gate} in [0, 1], under {@code
   * weight} out of {@code totalWeight}.
   */
  Contribution contribution(Factor factor, double weight, double totalWeight, double gate) {
    return Contribution.of(factor, Math.min(1, value * gate), weight, totalWeight, detail);
  }
}
