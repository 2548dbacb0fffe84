package org.chainmatch.outreach;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;

/** Small factories for outreach tests. Home city: 苏州 320500. */
final class Fixtures {
  static final RegionTable REGIONS = RegionTable.bundled();
  static final RegionCode SUZHOU = region("320500");
  static final LocalDate TODAY = LocalDate.of(2024, 2, 1);

  private Fixtures() {}

  static RegionCode region(String code) {
    return REGIONS.resolve(code);
  }

  /** A valid USCC registered in {@code regionCode}, distinct per serial. */
  static Uscc uscc(String regionCode, int serial) {
    return Uscc.withComputedCheck("91" + regionCode + String.format("MA%07d", serial));
  }

  static Enterprise enterprise(
      int serial, String name, String regionCode, OperatingState state, int capacity) {
    return Enterprise.builder(uscc(regionCode, serial), name, region(regionCode))
        .product("零部件")
        .status(OperatingStatus.of(state, capacity))
        .build();
  }

  /** A supplier that works at full capacity. */
  static Enterprise working(int serial, String name, String regionCode) {
    return enterprise(serial, name, regionCode, OperatingState.RESUMED, 100);
  }

  /** A requester in 吴中区, 苏州. */
  static Enterprise requester(int serial, String name, boolean key) {
    return Enterprise.builder(uscc("320506", serial), name, region("320506"))
        .product("整车")
        .status(OperatingStatus.of(OperatingState.RESUMED))
        .key(key)
        .build();
  }

  static Demand demand(String id, Enterprise requester, String product) {
    return Demand.of(id, requester.uscc(), product);
  }

  static Match match(int rank, Enterprise supplier, double score) {
    return new Match(rank, supplier, score, List.of());
  }

  /** A result whose matches are ranked in the given order, each scoring {@code 0.8}. */
  static MatchResult result(Demand demand, Enterprise... suppliers) {
    Match[] matches = new Match[suppliers.length];
    for (int i = 0; i < suppliers.length; i++) {
      matches[i] = match(i + 1, suppliers[i], 0.8);
    }
    return new MatchResult(demand, demand.product(), Arrays.asList(matches));
  }

  /**
   * A request to {@code targetCode}'s authority asking each supplier for 芯片 for one plain
   * requester, with MEDIUM priority.
   */
  static OutreachRequest request(String targetCode, Enterprise... suppliers) {
    Enterprise requester = requester(1, "苏州甲汽车有限公司", false);
    List<OutreachItem> items = new java.util.ArrayList<>();
    int n = 0;
    for (Enterprise s : suppliers) {
      Demand d = demand("D" + (++n), requester, "芯片");
      items.add(new OutreachItem(
          s, "芯片", OutreachReason.SHIP, List.of(new Need(d, requester)), 0.5, Priority.MEDIUM));
    }
    return new OutreachRequest(
        "OR-" + targetCode + "-20240201", region(targetCode),
        AuthorityNames.defaults().nameOf(region(targetCode)), TODAY, items);
  }
}
