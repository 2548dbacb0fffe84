package org.chainmatch.core;

/** The three levels of a GB/T 2260 administrative division code, broadest first. */
public enum RegionLevel {
  /** Province-level unit: province, autonomous region or municipality (e.g. 江苏省, 北京市). */
  PROVINCE,
  /** Prefecture-level unit (e.g. 苏州市, 东莞市). */
  CITY,
  /** County-level unit: district, county, county-level city, banner (e.g. 吴中区, 仙桃市). */
  COUNTY
}
