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
  static FactorValue readiness(OperatingStatus status) {
    int capacity = status.effectiveCapacity();
    String capacityNote = status.hasKnownCapacity() ? " 产能" + capacity + "%" : "";
    return switch (status.state()) {
      case RESUMED -> new FactorValue(capacity / 100.0, "已复工" + capacityNote);
      case PARTIAL -> new FactorValue(0.8 * capacity / 100.0, "部分复工" + capacityNote);
      case UNKNOWN -> new FactorValue(0.3, "复工情况未知");
      case SUSPENDED -> new FactorValue(0, "未复工");
    };
  }

  /**
   * How near: the same county 1.0, the same city 0.8 (a day's delivery, the same authority), the
   * same province 0.4, another province 0.
   */
  static FactorValue proximity(Proximity proximity) {
    return switch (proximity) {
      case SAME_COUNTY -> new FactorValue(1.0, "同区县");
      case SAME_CITY -> new FactorValue(0.8, "同市");
      case SAME_PROVINCE -> new FactorValue(0.4, "同省");
      case OTHER_PROVINCE -> new FactorValue(0, "外省");
    };
  }

  /** A key enterprise 1.0, else 0. */
  static FactorValue keyEnterprise(boolean key) {
    return key ? new FactorValue(1.0, "重点企业") : NONE;
  }

  /** The contribution of this value, gated (multiplied) by {@code gate} in [0, 1]. */
  Contribution contribution(Factor factor, double weight, double gate) {
    return Contribution.of(factor, Math.min(1, value * gate), weight, detail);
  }
}
