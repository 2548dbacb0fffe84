package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkNotNull;

import org.chainmatch.core.RegionCode;

/**
 * Which government a coordination request goes to for a supplier in a given region.
 *
 * <p>Prefecture-level industry authorities (市工信局) usually act on such letters, so {@link #CITY}
 * is the default; some provinces ask that cross-province requests go through the provincial
 * department, which is what {@link #PROVINCE} is for.
 */
public enum AuthorityLevel {
  /**
   * The prefecture-level unit, {@link RegionCode#city()}: the municipality itself for its
   * districts (110105 → 110000 北京市), the county-level unit itself where the province
   * administers it directly (429004 仙桃市), the city itself for cities without counties (441900
   * 东莞市).
   */
  CITY,
  /** The province-level unit, {@link RegionCode#province()} (a municipality for its districts). */
  PROVINCE;

  /** Returns the region whose authority handles suppliers located in {@code region}. */
  public RegionCode authorityOf(RegionCode region) {
    checkNotNull(region, "region");
    return this == CITY ? region.city() : region.province();
  }
}
