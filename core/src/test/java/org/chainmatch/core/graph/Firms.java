package org.chainmatch.core.graph;

import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;

/** Small factories for test enterprises and relations; public for the analysis tests. */
public final class Firms {
  /** 福州市鼓楼区, the home city's district used by default. */
  public static final RegionCode GULOU = region("350102");
  /** 福州市台江区, another district of the same city. */
  public static final RegionCode TAIJIANG = region("350103");
  /** 福州市. */
  public static final RegionCode FUZHOU = region("350100");
  /** 苏州市吴中区, out of the home city and province. */
  public static final RegionCode WUZHONG = region("320506");

  private Firms() {}

  public static RegionCode region(String code) {
    return RegionTable.bundled().resolve(code);
  }

  /** A distinct valid code for each number, registered in 福州. */
  public static Uscc uscc(int n) {
    return Uscc.withComputedCheck(String.format("91350100M%08d", n));
  }

  /** A resumed enterprise numbered {@code n} in {@code region} making {@code products}. */
  public static Enterprise firm(int n, RegionCode region, String... products) {
    return firm(n, region, OperatingStatus.of(OperatingState.RESUMED), products);
  }

  public static Enterprise firm(
      int n, RegionCode region, OperatingStatus status, String... products) {
    return Enterprise.builder(uscc(n), "企业" + n, region)
        .products(List.of(products))
        .scope(products.length == 0 ? "经营范围" + n : "")
        .status(status)
        .build();
  }

  public static Enterprise suspended(int n, RegionCode region, String... products) {
    return firm(n, region, OperatingStatus.of(OperatingState.SUSPENDED), products);
  }

  /** A relation of unknown share. */
  public static SupplyRelation supplies(int supplier, int customer, String product) {
    return SupplyRelation.of(uscc(supplier), uscc(customer), product);
  }

  public static SupplyRelation supplies(int supplier, int customer, String product, double share) {
    return new SupplyRelation(uscc(supplier), uscc(customer), product, share);
  }
}
