package org.chainmatch.matching;

import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;

/** Small factories for test data. Regions: 苏州 吴中区 and 虎丘区, 南京 玄武区, 杭州 上城区. */
final class Fixtures {

  static final RegionTable REGIONS = RegionTable.bundled();
  static final RegionCode WUZHONG = REGIONS.resolve("320506");
  static final RegionCode HUQIU = REGIONS.resolve("320505");
  static final RegionCode SUZHOU = REGIONS.resolve("320500");
  static final RegionCode XUANWU = REGIONS.resolve("320102");
  static final RegionCode HANGZHOU_SHANGCHENG = REGIONS.resolve("330102");

  private Fixtures() {}

  /** The code of enterprise number {@code n} registered in {@code region}. */
  static Uscc uscc(RegionCode region, int n) {
    return Uscc.withComputedCheck("91" + region.code() + String.format("%09d", n));
  }

  /** A resumed, non-key enterprise at full capacity making {@code products}. */
  static Enterprise.Builder maker(int n, RegionCode region, String... products) {
    return Enterprise.builder(uscc(region, n), "企业" + n, region)
        .products(java.util.List.of(products))
        .status(OperatingStatus.of(OperatingState.RESUMED));
  }

  static OperatingStatus status(OperatingState state, int capacity) {
    return OperatingStatus.of(state, capacity);
  }

  static IndustryCode industry(String code) {
    return IndustryCode.parse(code);
  }
}
