package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionLevel;

/**
 * Names the industry authority of a region, as letters address it.
 *
 * <p>A name is looked up in this order:
 *
 * <ol>
 *   <li>the override for the region's code, if any; by default the four municipalities, whose
 *       authorities have names of their own: 北京市经济和信息化局, 天津市工业和信息化局,
 *       上海市经济和信息化委员会, 重庆市经济和信息化委员会;
 *   <li>for a province that is not a municipality, the province pattern, by default {@value
 *       #DEFAULT_PROVINCE_PATTERN} (江苏省工业和信息化厅);
 *   <li>for anything else (prefecture-level cities, municipalities without an override,
 *       province-administered county-level units), the city pattern, by default {@value
 *       #DEFAULT_CITY_PATTERN} (无锡市工业和信息化局, 仙桃市工业和信息化局).
 * </ol>
 *
 * <p>In a pattern, {@code {name}} stands for {@link RegionCode#name()}. Immutable and thread-safe.
 */
public final class AuthorityNames {

  /** Default pattern for prefecture-level and county-level authorities. */
  public static final String DEFAULT_CITY_PATTERN = "{name}工业和信息化局";

  /** Default pattern for provincial departments. */
  public static final String DEFAULT_PROVINCE_PATTERN = "{name}工业和信息化厅";

  private static final String PLACEHOLDER = "{name}";

  private static final ImmutableMap<String, String> MUNICIPALITY_AUTHORITIES =
      ImmutableMap.of(
          "110000", "北京市经济和信息化局",
          "120000", "天津市工业和信息化局",
          "310000", "上海市经济和信息化委员会",
          "500000", "重庆市经济和信息化委员会");

  private static final AuthorityNames DEFAULTS = builder().build();

  private final String cityPattern;
  private final String provincePattern;
  private final ImmutableMap<String, String> overrides;

  private AuthorityNames(Builder b) {
    this.cityPattern = b.cityPattern;
    this.provincePattern = b.provincePattern;
    this.overrides = ImmutableMap.copyOf(b.overrides);
  }

  /** The default naming described above. */
  public static AuthorityNames defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults, municipality overrides included. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the name of {@code authority}'s industry authority. */
  public String nameOf(RegionCode authority) {
    checkNotNull(authority, "authority");
    String override = overrides.get(authority.code());
    if (override != null) {
      return override;
    }
    boolean province = authority.level() == RegionLevel.PROVINCE && !authority.isMunicipality();
    return (province ? provincePattern : cityPattern).replace(PLACEHOLDER, authority.name());
  }

  @Override
  public String toString() {
    return "AuthorityNames[city=" + cityPattern + ", province=" + provincePattern
        + ", overrides=" + overrides + "]";
  }

  /** Builds {@link AuthorityNames}; not thread-safe. */
  public static final class Builder {
    private String cityPattern = DEFAULT_CITY_PATTERN;
    private String provincePattern = DEFAULT_PROVINCE_PATTERN;
    private final Map<String, String> overrides = new LinkedHashMap<>(MUNICIPALITY_AUTHORITIES);

    private Builder() {}

    /** Pattern for cities and county-level units; must contain {@code {name}}. */
    public Builder cityPattern(String pattern) {
      this.cityPattern = checkPattern(pattern);
      return this;
    }

    /** Pattern for provinces other than municipalities; must contain {@code {name}}. */
    public Builder provincePattern(String pattern) {
      this.provincePattern = checkPattern(pattern);
      return this;
    }

    /** Names the authority of the region with this six-digit code explicitly. */
    public Builder override(String regionCode, String authorityName) {
      checkNotNull(regionCode, "regionCode");
      checkNotNull(authorityName, "authorityName");
      checkArgument(
          regionCode.matches("[0-9]{6}"), "region code \"%s\" is not six digits", regionCode);
      checkArgument(!authorityName.isBlank(), "authority name for %s is blank", regionCode);
      overrides.put(regionCode, authorityName);
      return this;
    }

    /** Drops every override, the default municipality names included. */
    public Builder clearOverrides() {
      overrides.clear();
      return this;
    }

    public AuthorityNames build() {
      return new AuthorityNames(this);
    }

    private static String checkPattern(String pattern) {
      checkNotNull(pattern, "pattern");
      checkArgument(
          pattern.contains(PLACEHOLDER), "pattern \"%s\" lacks the placeholder {name}", pattern);
      return pattern;
    }
  }
}
