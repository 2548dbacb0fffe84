package org.chainmatch.core;

/**
 * How close two regions are administratively, ordered closest first so that {@link
 * Enum#compareTo} sorts nearer regions first.
 *
 * @see RegionCode#proximityTo(RegionCode)
 */
public enum Proximity {
  /** The same unit. */
  SAME_COUNTY,
  /** Different units within the same prefecture-level city (or the same municipality). */
  SAME_CITY,
  /** Different cities within the same province-level unit. */
  SAME_PROVINCE,
  /** Different province-level units. */
  OTHER_PROVINCE
}
