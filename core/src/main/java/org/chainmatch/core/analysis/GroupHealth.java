package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The resumption state of a group of enterprises (an industry chain, a district): statuses and the
 * analysis' findings that concern its members. Counts add up over a partition of the graph to the
 * report's totals ({@link ResumptionReport#blockedCount()}, {@link
 * ResumptionReport#breakpointCount()}, {@code stalled().size()}, {@link
 * ResumptionReport#atRiskCount()}).
 *
 * @param code the group's code, e.g. an industry division {@code C39} or a region code
 * @param enterprises members
 * @param resumed members RESUMED
 * @param partial members PARTIAL
 * @param suspended members SUSPENDED
 * @param unknown members UNKNOWN
 * @param working members that work (RESUMED, or PARTIAL with capacity above 0)
 * @param blocked blocked inputs ({@link Blocked}) of members
 * @param breakpoints breakpoints ({@link Breakpoint}) of members
 * @param stalled stalled outputs ({@link Stalled}, one per supplier and product) of members
 * @param atRisk members at risk in the cascade ({@link AtRisk})
 */
public record GroupHealth(
    String code,
    int enterprises,
    int resumed,
    int partial,
    int suspended,
    int unknown,
    int working,
    int blocked,
    int breakpoints,
    int stalled,
    int atRisk) {

  /** Validates the components. */
  public GroupHealth {
    checkNotNull(code, "code");
    checkArgument(resumed + partial + suspended + unknown == enterprises,
        "group %s: statuses (%s + %s + %s + %s) do not add up to %s enterprises",
        code, resumed, partial, suspended, unknown, enterprises);
    checkArgument(working >= 0 && working <= enterprises,
        "group %s: working must be 0..%s but was %s", code, enterprises, working);
  }

  /** The part of the members that works, 0..1; 1 for an empty group. */
  public double workingShare() {
    return enterprises == 0 ? 1.0 : (double) working / enterprises;
  }
}
