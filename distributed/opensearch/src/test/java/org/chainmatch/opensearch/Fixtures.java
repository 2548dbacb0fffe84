package org.chainmatch.opensearch;

import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;

/** Small enterprises for tests. */
final class Fixtures {
  static final RegionTable REGIONS = RegionTable.bundled();
  /** 杭州市上城区. */
  static final RegionCode SHANGCHENG = REGIONS.resolve("330102");
  /** 苏州市虎丘区. */
  static final RegionCode HUQIU = REGIONS.resolve("320505");

  private Fixtures() {}

  /** The code of test enterprise number {@code n}. */
  static Uscc uscc(int n) {
    return Uscc.withComputedCheck(String.format("91330102%09d", n));
  }

  /** A working enterprise in 上城区 making {@code products}, with a neutral name and no scope. */
  static Enterprise maker(int n, String... products) {
    return builder(n).products(List.of(products)).build();
  }

  /** A builder for a working enterprise in 上城区 with a neutral name. */
  static Enterprise.Builder builder(int n) {
    return Enterprise.builder(uscc(n), "第" + n + "号有限公司", SHANGCHENG)
        .status(OperatingStatus.of(OperatingState.RESUMED));
  }
}
