package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionLevel;
import org.chainmatch.core.RegionTable;

/**
 * The county-level units a synthetic city's enterprises are registered in, with the chance of
 * each: the home city's units take {@code 1 - outsideShare}, other units of its province part of
 * the rest and other provinces the remainder, weighted toward the provinces where Chinese
 * manufacturing concentrates. Immutable.
 */
final class RegionPool {
  // Of the enterprises outside the home city, the share in its own province; the rest are in
  // other provinces. Used only when the province has units outside the home city.
  private static final double SAME_PROVINCE_SHARE_OF_OUTSIDE = 0.45;

  // Rough relative industrial weight of provinces (by their two-digit prefix); others count 1.
  // Suppliers cluster in the coastal manufacturing provinces, so a uniform draw over the ~2,900
  // counties of China would scatter them unrealistically into the west.
  private static final ImmutableMap<String, Double> PROVINCE_WEIGHT = ImmutableMap.<String, Double>builder()
      .put("44", 8.0) // 广东
      .put("33", 7.0) // 浙江
      .put("32", 7.0) // 江苏
      .put("31", 12.0) // 上海: few units, each heavy
      .put("37", 4.0) // 山东
      .put("35", 3.0) // 福建
      .put("34", 3.0) // 安徽
      .put("42", 2.5) // 湖北
      .put("41", 2.0) // 河南
      .put("13", 2.0) // 河北
      .put("12", 6.0) // 天津
      .put("11", 6.0) // 北京
      .put("51", 2.0) // 四川
      .put("50", 3.0) // 重庆
      .put("43", 2.0) // 湖南
      .buildOrThrow();

  private final RegionCode home;
  private final ImmutableList<RegionCode> units;
  private final ImmutableList<String> namePrefixes;
  private final int homeCount;
  private final CumulativeWeights weights;

  private RegionPool(
      RegionCode home, List<RegionCode> units, int homeCount, CumulativeWeights weights) {
    this.home = home;
    this.units = ImmutableList.copyOf(units);
    this.namePrefixes = units.stream().map(RegionPool::namePrefix).collect(
        ImmutableList.toImmutableList());
    this.homeCount = homeCount;
    this.weights = weights;
  }

  /**
   * Builds the pool of {@code table}'s county-level units (and cities without counties) around
   * {@code home}.
   *
   * @param home a city-level unit of {@code table}, see {@link RegionTable#resolveCity}
   * @param outsideShare the share of enterprises registered outside {@code home}, 0..1
   * @param random draws the relative size of each unit
   */
  static RegionPool around(RegionTable table, RegionCode home, double outsideShare,
      SplittableRandom random) {
    checkArgument(outsideShare >= 0 && outsideShare <= 1,
        "outside share must be in 0..1 but was %s", outsideShare);
    List<RegionCode> inHome = new ArrayList<>();
    List<RegionCode> inProvince = new ArrayList<>();
    List<RegionCode> elsewhere = new ArrayList<>();
    for (RegionCode unit : table.all()) {
      if (!isEnterpriseUnit(table, unit)) {
        continue;
      }
      if (unit.city().equals(home)) {
        inHome.add(unit);
      } else if (unit.province().equals(home.province())) {
        inProvince.add(unit);
      } else {
        elsewhere.add(unit);
      }
    }
    checkArgument(!inHome.isEmpty(), "city %s has no county-level units in %s", home, table);
    double sameProvince = inProvince.isEmpty() ? 0 : outsideShare * SAME_PROVINCE_SHARE_OF_OUTSIDE;
    double otherProvinces = outsideShare - sameProvince;

    List<RegionCode> units = new ArrayList<>();
    double[] weights = new double[inHome.size() + inProvince.size() + elsewhere.size()];
    int next = 0;
    next = addGroup(inHome, 1 - outsideShare, false, units, weights, next, random);
    next = addGroup(inProvince, sameProvince, false, units, weights, next, random);
    addGroup(elsewhere, otherProvinces, true, units, weights, next, random);
    return new RegionPool(home, units, inHome.size(), CumulativeWeights.of(weights));
  }

  // Units of a group get random relative sizes (0.25..2.25, times the province weight) normalised
  // so that the group as a whole has probability groupShare.
  private static int addGroup(List<RegionCode> group, double groupShare, boolean byProvince,
      List<RegionCode> units, double[] weights, int from, SplittableRandom random) {
    double sum = 0;
    double[] raw = new double[group.size()];
    for (int i = 0; i < raw.length; i++) {
      double provinceWeight =
          byProvince ? PROVINCE_WEIGHT.getOrDefault(group.get(i).code().substring(0, 2), 1.0) : 1;
      raw[i] = (0.25 + 2 * random.nextDouble()) * provinceWeight;
      sum += raw[i];
    }
    for (int i = 0; i < raw.length; i++) {
      units.add(group.get(i));
      weights[from + i] = groupShare * raw[i] / sum;
    }
    return from + raw.length;
  }

  // County-level units, plus cities such as 东莞 that have none and register enterprises directly.
  private static boolean isEnterpriseUnit(RegionTable table, RegionCode unit) {
    return unit.level() == RegionLevel.COUNTY
        || (unit.level() == RegionLevel.CITY && table.childrenOf(unit).isEmpty());
  }

  /**
   * The place name an enterprise registered in {@code unit} puts first in its name: the county-level
   * city or county itself ({@code 昆山}, {@code 泗阳}, {@code 沛县}), or for a district the city it
   * belongs to ({@code 苏州}, {@code 北京}).
   */
  static String namePrefix(RegionCode unit) {
    String name = unit.name();
    if (name.endsWith("自治县") || name.endsWith("自治旗")) {
      return name.substring(0, 2);
    }
    if (name.endsWith("市")) {
      return strip(name, "市");
    }
    if (name.endsWith("县")) {
      return name.length() > 2 ? strip(name, "县") : name;
    }
    if (name.endsWith("区")) {
      RegionCode city = unit.city();
      if (!city.equals(unit) && city.name().endsWith("市")) {
        return strip(city.name(), "市");
      }
      return name.endsWith("林区") ? strip(name, "林区") : strip(name, "区");
    }
    return name;
  }

  private static String strip(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  /** Draws the index of a unit. */
  int draw(SplittableRandom random) {
    return weights.draw(random);
  }

  /** The unit with this index. */
  RegionCode unit(int index) {
    return units.get(index);
  }

  /** The name prefix of the unit with this index, see {@link #namePrefix(RegionCode)}. */
  String namePrefix(int index) {
    return namePrefixes.get(index);
  }

  /** Whether the unit with this index belongs to the home city. */
  boolean isHome(int index) {
    return index < homeCount;
  }

  /** The home city. */
  RegionCode home() {
    return home;
  }

  /** The number of units. */
  int size() {
    return units.size();
  }
}
