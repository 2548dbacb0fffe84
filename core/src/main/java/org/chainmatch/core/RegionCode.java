package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * One administrative division of a {@link RegionTable} edition of GB/T 2260, e.g. {@code 320506
 * 吴中区}.
 *
 * <p>Besides the plain province &gt; city &gt; county tree, three real structures shape the
 * answers of {@link #city()} and {@link #province()}:
 *
 * <ul>
 *   <li><b>Municipalities</b> (北京 11, 天津 12, 上海 31, 重庆 50) are province-level units that are
 *       a single city: their districts and counties hang directly beneath them and {@code city()}
 *       of any of them, and of the municipality itself, is the municipality ({@code 110000}).
 *   <li><b>Province-administered county-level units</b> (省直辖县级行政区划, e.g. 429004 仙桃市,
 *       469001 五指山市, 659001 石河子市, 419001 济源市) belong to no prefecture: their parent is the
 *       province and {@code city()} returns the unit itself.
 *   <li><b>Prefecture cities without counties</b> (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关
 *       620200) are {@link RegionLevel#CITY} units with no children that also serve as the
 *       county-level region of the enterprises registered there.
 * </ul>
 *
 * <p>Equality and hashing are by {@link #code()} alone, so units of different editions with the
 * same code are equal. Natural ordering is by code. Instances are created only by {@link
 * RegionTable}, are immutable and thread-safe. Methods throw {@link NullPointerException} on
 * {@code null} arguments.
 */
public final class RegionCode implements Comparable<RegionCode> {

  // Fixed by GB/T 2260 since Chongqing became a municipality in 1997.
  private static final ImmutableSet<String> MUNICIPALITY_PREFIXES =
      ImmutableSet.of("11", "12", "31", "50");

  private final String code;
  private final String name;
  private final RegionLevel level;
  private final RegionCode parent; // null only for PROVINCE
  private final RegionCode city;
  private final RegionCode province;
  private final String fullName;

  /**
   * Creates a unit under {@code parent}; {@link RegionTable} has already checked codes and levels,
   * the checks here only guard the invariants the derived fields rely on.
   */
  RegionCode(String code, String name, RegionLevel level, RegionCode parent) {
    this.code = checkNotNull(code, "code");
    this.name = checkNotNull(name, "name");
    this.level = checkNotNull(level, "level");
    checkArgument(
        (level == RegionLevel.PROVINCE) == (parent == null),
        "region %s %s: a %s must %s a parent",
        code,
        name,
        level,
        level == RegionLevel.PROVINCE ? "not have" : "have");
    this.parent = parent;
    switch (level) {
      case PROVINCE:
        this.province = this;
        this.city = this;
        this.fullName = name;
        break;
      case CITY:
        checkArgument(
            parent.level == RegionLevel.PROVINCE, "city %s needs a province parent", code);
        this.province = parent;
        this.city = this;
        this.fullName = parent.fullName + name;
        break;
      case COUNTY:
        checkArgument(parent.level != RegionLevel.COUNTY, "county %s needs a higher parent", code);
        this.province = parent.province;
        // A county directly under a non-municipal province is administered by the province and
        // so is its own city-level unit.
        this.city = parent.level == RegionLevel.CITY || parent.isMunicipality() ? parent : this;
        this.fullName = parent.fullName + name;
        break;
      default:
        throw new AssertionError(level);
    }
  }

  /** Returns the six-digit code, e.g. {@code "320506"}. */
  public String code() {
    return code;
  }

  /** Returns the unit's own name, e.g. {@code "吴中区"}. */
  public String name() {
    return name;
  }

  /**
   * Returns the names from the province down to this unit, concatenated without separators, e.g.
   * {@code "江苏省苏州市吴中区"}, {@code "北京市东城区"} (a municipality is named once) or {@code
   * "湖北省仙桃市"}.
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the unit's administrative level. A municipality is {@link RegionLevel#PROVINCE};
   * province-administered county-level units are {@link RegionLevel#COUNTY}.
   */
  public RegionLevel level() {
    return level;
  }

  /**
   * Returns the unit directly above this one, or empty for a province-level unit. Counties of a
   * municipality and province-administered county-level units have the province-level unit as
   * parent.
   */
  public Optional<RegionCode> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the prefecture-level unit this unit belongs to, which is:
   *
   * <ul>
   *   <li>the unit itself for a city, a municipality or a province-administered county-level unit;
   *   <li>the municipality for its districts and counties;
   *   <li>the parent city for any other county;
   *   <li>the unit itself for a province that is not a municipality, since no single city contains
   *       it; callers that need a true city should check {@link #level()} first.
   * </ul>
   */
  public RegionCode city() {
    return city;
  }

  /** Returns the province-level unit containing this unit (itself for a province-level unit). */
  public RegionCode province() {
    return province;
  }

  /** Returns whether this is one of the four municipalities (北京, 天津, 上海, 重庆) itself. */
  public boolean isMunicipality() {
    return level == RegionLevel.PROVINCE && MUNICIPALITY_PREFIXES.contains(code.substring(0, 2));
  }

  /**
   * Returns how close {@code other} is: {@link Proximity#SAME_COUNTY} for the same unit, {@link
   * Proximity#SAME_CITY} for different units with the same {@link #city()}, {@link
   * Proximity#SAME_PROVINCE} for the same {@link #province()}, else {@link
   * Proximity#OTHER_PROVINCE}. Symmetric.
   *
   * <p>So a city-level code such as an enterprise's 320500 is {@code SAME_CITY} with 320506, and a
   * province-level code such as 320000 is {@code SAME_PROVINCE} with any other unit in 江苏.
   */
  public Proximity proximityTo(RegionCode other) {
    checkNotNull(other, "other");
    if (equals(other)) {
      return Proximity.SAME_COUNTY;
    }
    if (city.equals(other.city)) {
      return Proximity.SAME_CITY;
    }
    if (province.equals(other.province)) {
      return Proximity.SAME_PROVINCE;
    }
    return Proximity.OTHER_PROVINCE;
  }

  /**
   * Returns whether this unit is {@code area} or lies beneath it at any depth; {@code area} may be
   * of any level.
   */
  public boolean isWithin(RegionCode area) {
    checkNotNull(area, "area");
    for (RegionCode r = this; r != null; r = r.parent) {
      if (r.equals(area)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int compareTo(RegionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode && ((RegionCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code and name separated by a space, e.g. {@code "320506 吴中区"}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
