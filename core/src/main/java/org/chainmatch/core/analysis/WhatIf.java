package org.chainmatch.core.analysis;

import com.google.common.collect.ImmutableList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

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

  // Only the input groups and cascade region the change could touch are compared. Ids are sorted
  // before records are built, as comparing records by code is what dominated at 1M.
  static WhatIf between(
      ResumptionReport before, ResumptionReport after, BitSet groups, BitSet region) {
    IntArrayList newlyBlocked = new IntArrayList();
    IntArrayList noLongerBlocked = new IntArrayList();
    IntArrayList newBreakpoints = new IntArrayList();
    IntArrayList resolved = new IntArrayList();
    for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
      boolean wasBlocked = before.blockedAt(g);
      boolean isBlocked = after.blockedAt(g);
      if (isBlocked && !wasBlocked) {
        newlyBlocked.add(g);
      } else if (wasBlocked && !isBlocked) {
        noLongerBlocked.add(g);
      }
      boolean wasBreakpoint = before.breakpointAt(g);
      boolean isBreakpoint = after.breakpointAt(g);
      if (isBreakpoint && !wasBreakpoint) {
        newBreakpoints.add(g);
      } else if (wasBreakpoint && !isBreakpoint) {
        resolved.add(g);
      }
    }
    IntArrayList newlyAtRisk = new IntArrayList();
    IntArrayList noLongerAtRisk = new IntArrayList();
    for (int v = region.nextSetBit(0); v >= 0; v = region.nextSetBit(v + 1)) {
      boolean was = before.atRiskAt(v);
      boolean is = after.atRiskAt(v);
      if (is && !was) {
        newlyAtRisk.add(v);
      } else if (was && !is) {
        noLongerAtRisk.add(v);
      }
    }
    ResumptionAnalysis analysis = before.analysis();
    return new WhatIf(
        after,
        records(analysis.inCustomerThenProductOrder(newlyBlocked), after::blockedRecord),
        records(analysis.inCustomerThenProductOrder(noLongerBlocked), before::blockedRecord),
        records(analysis.inCustomerThenProductOrder(newBreakpoints), after::breakpointRecord),
        records(analysis.inCustomerThenProductOrder(resolved), before::breakpointRecord),
        records(after.inTierThenCodeOrder(newlyAtRisk), after::atRiskRecord),
        records(before.inTierThenCodeOrder(noLongerAtRisk), before::atRiskRecord));
  }

  private static <T> List<T> records(int[] ids, IntFunction<T> record) {
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(ids.length);
    for (int id : ids) {
      out.add(record.apply(id));
    }
    return out.build();
  }
}
