package org.chainmatch.core.analysis;

/**
 * Where working makers of a breakpoint's product are known, relative to the home city: tells
 * whether the fix is local matching, a request to other regions, both, or an index search.
 */
public enum Sourcing {
  /** Every working maker known in the graph is in the home city. */
  IN_CITY_ONLY,
  /** Every working maker known in the graph is outside the home city: outreach is needed. */
  OUT_OF_CITY_ONLY,
  /** Working makers are known both inside and outside the home city. */
  MIXED,
  /** No working maker of the product is known in the graph: search the capability index. */
  NONE_KNOWN
}
