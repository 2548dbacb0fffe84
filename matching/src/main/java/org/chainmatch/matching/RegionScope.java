package org.chainmatch.matching;

/** Where suppliers may be, relative to the home city of a matching run. */
public enum RegionScope {
  /** Only enterprises inside the home city. */
  IN_CITY_ONLY,
  /**
   * Enterprises inside the home city first; enterprises outside fill the list only when fewer
   * than the requested number of in-city candidates reach the in-city relevance threshold.
   */
  IN_CITY_FIRST,
  /** Anywhere; nearness counts only through {@link Factor#PROXIMITY}. */
  ANYWHERE
}
