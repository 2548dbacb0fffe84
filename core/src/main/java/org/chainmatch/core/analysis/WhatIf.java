package org.chainmatch.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * The effect of a change of statuses: the report after it and the differences from the report
 * before. Records in the {@code no longer} lists describe the state before the change; the others
 * the state after. Lists are in the same canonical orders as {@link ResumptionReport}'s.
 *
 * @param after the report for the changed statuses
 * @param newlyBlocked inputs blocked after but not before
 * @param noLongerBlocked inputs blocked before but not after
 * @param newBreakpoints breakpoints after but not before
 * @param resolvedBreakpoints breakpoints before but not after
 * @param newlyAtRisk enterprises at risk after but not before
 * @param noLongerAtRisk enterprises at risk before but not after
 */
public record WhatIf(
    ResumptionReport after,
    List<Blocked> newlyBlocked,
    List<Blocked> noLongerBlocked,
    List<Breakpoint> newBreakpoints,
    List<Breakpoint> resolvedBreakpoints,
    List<AtRisk> newlyAtRisk,
    List<AtRisk> noLongerAtRisk) {

  /** Validates and copies the components. */
  public WhatIf {
    Objects.requireNonNull(after, "after");
    newlyBlocked = ImmutableList.copyOf(newlyBlocked);
    noLongerBlocked = ImmutableList.copyOf(noLongerBlocked);
    newBreakpoints = ImmutableList.copyOf(newBreakpoints);
    resolvedBreakpoints = ImmutableList.copyOf(resolvedBreakpoints);
    newlyAtRisk = ImmutableList.copyOf(newlyAtRisk);
    noLongerAtRisk = ImmutableList.copyOf(noLongerAtRisk);
  }

  /** Change in the number of blocked inputs (negative when the change helps). */
  public int blockedDelta() {
    return newlyBlocked.size() - noLongerBlocked.size();
  }

  /** Change in the number of breakpoints. */
  public int breakpointDelta() {
    return newBreakpoints.size() - resolvedBreakpoints.size();
  }

  /** Change in the number of enterprises at risk. */
  public int atRiskDelta() {
    return newlyAtRisk.size() - noLongerAtRisk.size();
  }

  // Only the input groups and cascade region the change could touch are compared.
  static WhatIf between(
      ResumptionReport before, ResumptionReport after, IntHashSet groups, BitSet region) {
    List<Blocked> newlyBlocked = new ArrayList<>();
    List<Blocked> noLongerBlocked = new ArrayList<>();
    List<Breakpoint> newBreakpoints = new ArrayList<>();
    List<Breakpoint> resolved = new ArrayList<>();
    groups.forEach(
        g -> {
          boolean wasBlocked = before.blockedAt(g);
          boolean isBlocked = after.blockedAt(g);
          if (isBlocked && !wasBlocked) {
            newlyBlocked.add(after.blockedRecord(g));
          } else if (wasBlocked && !isBlocked) {
            noLongerBlocked.add(before.blockedRecord(g));
          }
          boolean wasBreakpoint = before.breakpointAt(g);
          boolean isBreakpoint = after.breakpointAt(g);
          if (isBreakpoint && !wasBreakpoint) {
            newBreakpoints.add(after.breakpointRecord(g));
          } else if (wasBreakpoint && !isBreakpoint) {
            resolved.add(before.breakpointRecord(g));
          }
        });
    List<AtRisk> newlyAtRisk = new ArrayList<>();
    List<AtRisk> noLongerAtRisk = new ArrayList<>();
    for (int v = region.nextSetBit(0); v >= 0; v = region.nextSetBit(v + 1)) {
      boolean was = before.atRiskAt(v);
      boolean is = after.atRiskAt(v);
      if (is && !was) {
        newlyAtRisk.add(after.atRiskRecord(v));
      } else if (was && !is) {
        noLongerAtRisk.add(before.atRiskRecord(v));
      }
    }
    newlyBlocked.sort(ResumptionReport.BLOCKED_ORDER);
    noLongerBlocked.sort(ResumptionReport.BLOCKED_ORDER);
    newBreakpoints.sort(ResumptionReport.BREAKPOINT_ORDER);
    resolved.sort(ResumptionReport.BREAKPOINT_ORDER);
    newlyAtRisk.sort(ResumptionReport.AT_RISK_ORDER);
    noLongerAtRisk.sort(ResumptionReport.AT_RISK_ORDER);
    return new WhatIf(
        after, newlyBlocked, noLongerBlocked, newBreakpoints, resolved, newlyAtRisk, noLongerAtRisk);
  }
}
