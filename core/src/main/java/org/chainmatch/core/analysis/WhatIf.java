package org.chainmatch.core.analysis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The effect of a change of statuses: the report after it and the differences from the report
 * before. Records in the {@code noLonger} and {@code resolved} lists describe the state before the
 * change; the others the state after. Lists are in the same canonical orders as {@link
 * ResumptionReport}'s.
 *
 * <p>The counts are computed with the what-if; each list is ordered on its first request and
 * its records are built as they are read, as a district's lockdown in a city of a million
 * enterprises flips several hundred thousand states and a caller often needs only the counts or
 * one page (building every record there costs more than the rest of the what-if). Until a list is built it keeps the report the what-if was computed from
 * reachable, since the {@code noLonger} and {@code resolved} records describe that report's
 * state. Immutable and thread-safe.
 */
public final class WhatIf {

  private final ResumptionReport after;
  private final int[] counts; // newly blocked, no longer blocked, new bp, resolved bp, risk +, -
  private final Supplier<List<Blocked>> newlyBlocked;
  private final Supplier<List<Blocked>> noLongerBlocked;
  private final Supplier<List<Breakpoint>> newBreakpoints;
  private final Supplier<List<Breakpoint>> resolvedBreakpoints;
  private final Supplier<List<AtRisk>> newlyAtRisk;
  private final Supplier<List<AtRisk>> noLongerAtRisk;

  private WhatIf(
      ResumptionReport before,
      ResumptionReport after,
      IntArrayList newlyBlocked,
      IntArrayList noLongerBlocked,
      IntArrayList newBreakpoints,
      IntArrayList resolvedBreakpoints,
      IntArrayList newlyAtRisk,
      IntArrayList noLongerAtRisk) {
    this.after = after;
    this.counts =
        new int[] {
          newlyBlocked.size(), noLongerBlocked.size(), newBreakpoints.size(),
          resolvedBreakpoints.size(), newlyAtRisk.size(), noLongerAtRisk.size()
        };
    ResumptionAnalysis analysis = before.analysis();
    // Ids are sorted before records are built, as comparing records by code is what dominated
    // at 1M.
    this.newlyBlocked =
        list(() -> analysis.inCustomerThenProductOrder(newlyBlocked), after::blockedRecord);
    this.noLongerBlocked =
        list(() -> analysis.inCustomerThenProductOrder(noLongerBlocked), before::blockedRecord);
    this.newBreakpoints =
        list(() -> analysis.inCustomerThenProductOrder(newBreakpoints), after::breakpointRecord);
    this.resolvedBreakpoints =
        list(
            () -> analysis.inCustomerThenProductOrder(resolvedBreakpoints),
            before::breakpointRecord);
    this.newlyAtRisk = list(() -> after.inTierThenCodeOrder(newlyAtRisk), after::atRiskRecord);
    this.noLongerAtRisk =
        list(() -> before.inTierThenCodeOrder(noLongerAtRisk), before::atRiskRecord);
  }

  /** The report for the changed statuses. */
  public ResumptionReport after() {
    return after;
  }

  /** Inputs blocked after but not before, as they are after. */
  public List<Blocked> newlyBlocked() {
    return newlyBlocked.get();
  }

  /** Inputs blocked before but not after, as they were before. */
  public List<Blocked> noLongerBlocked() {
    return noLongerBlocked.get();
  }

  /** Breakpoints after but not before. */
  public List<Breakpoint> newBreakpoints() {
    return newBreakpoints.get();
  }

  /** Breakpoints before but not after, as they were before. */
  public List<Breakpoint> resolvedBreakpoints() {
    return resolvedBreakpoints.get();
  }

  /** Enterprises at risk after but not before. */
  public List<AtRisk> newlyAtRisk() {
    return newlyAtRisk.get();
  }

  /** Enterprises at risk before but not after, as they were before. */
  public List<AtRisk> noLongerAtRisk() {
    return noLongerAtRisk.get();
  }

  /** Number of newly blocked inputs, without building the list. */
  public int newlyBlockedCount() {
    return counts[0];
  }

  /** Number of inputs no longer blocked, without building the list. */
  public int noLongerBlockedCount() {
    return counts[1];
  }

  /** Number of new breakpoints, without building the list. */
  public int newBreakpointCount() {
    return counts[2];
  }

  /** Number of resolved breakpoints, without building the list. */
  public int resolvedBreakpointCount() {
    return counts[3];
  }

  /** Number of enterprises newly at risk, without building the list. */
  public int newlyAtRiskCount() {
    return counts[4];
  }

  /** Number of enterprises no longer at risk, without building the list. */
  public int noLongerAtRiskCount() {
    return counts[5];
  }

  /** Change in the number of blocked inputs (negative when the change helps). */
  public int blockedDelta() {
    return counts[0] - counts[1];
  }

  /** Change in the number of breakpoints. */
  public int breakpointDelta() {
    return counts[2] - counts[3];
  }

  /** Change in the number of enterprises at risk. */
  public int atRiskDelta() {
    return counts[4] - counts[5];
  }

  @Override
  public String toString() {
    return String.format(
        "WhatIf[blocked +%d -%d, breakpoints +%d -%d, at risk +%d -%d]",
        counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  // Only the input groups and cascade region the change could touch are compared.
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
    return new WhatIf(
        before, after, newlyBlocked, noLongerBlocked, newBreakpoints, resolved, newlyAtRisk,
        noLongerAtRisk);
  }

  // The order is decided on first request (sorting ids); records are built as they are read.
  private static <T> Supplier<List<T>> list(
      java.util.function.Supplier<int[]> ordered, IntFunction<T> record) {
    return Suppliers.memoize(() -> RecordList.of(ordered.get(), record));
  }
}
