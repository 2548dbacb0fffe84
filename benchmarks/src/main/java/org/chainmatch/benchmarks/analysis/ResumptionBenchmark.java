package org.chainmatch.benchmarks.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chainmatch.benchmarks.CityFixture;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.WhatIf;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resumption analysis over the {@link CityFixture} city of 10k, 100k and 1M enterprises (about
 * five relations each): the whole analysis (state plus every list), and two what-ifs of one
 * district ({@value #DISTRICT} 吴中区): resuming every non-working enterprise there (1,328 of the
 * 100k city, 13,173 of the 1M one) and a lockdown suspending every working one (74,390 at 1M),
 * each measured with every delta list built and with the counts alone (the lists are built on
 * request). The city is loaded and its graph built once per fork, outside the measurement; so are
 * the analysis's per-topology tables, including the code and product ranks the lists are sorted
 * by, which it computes on first use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
public class ResumptionBenchmark {
  static final String DISTRICT = "320506";

  @Param({"10000", "100000", "1000000"})
  public int enterprises;

  private ResumptionAnalysis analysis;
  private ResumptionReport report;
  private Map<Uscc, OperatingStatus> resumeDistrict;
  private Map<Uscc, OperatingStatus> lockDistrictDown;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InputRejectedException {
    Dataset city = CityFixture.of(enterprises).load();
    SupplyGraph graph = SupplyGraph.of(city.enterprises(), city.relations());
    analysis = ResumptionAnalysis.of(graph, RegionTable.bundled().resolve(CityFixture.HOME_CITY));
    report = analysis.analyze();
    RegionCode district = RegionTable.bundled().resolve(DISTRICT);
    resumeDistrict = new HashMap<>();
    lockDistrictDown = new HashMap<>();
    OperatingStatus resumed = OperatingStatus.of(OperatingState.RESUMED);
    OperatingStatus suspended = OperatingStatus.of(OperatingState.SUSPENDED);
    for (Enterprise e : graph.enterprisesIn(district)) {
      if (e.status().isWorking()) {
        lockDistrictDown.put(e.uscc(), suspended);
      } else {
        resumeDistrict.put(e.uscc(), resumed);
      }
    }
  }

  /** Statuses to all lists, as a batch run writes them (topology tables prepared once). */
  @Benchmark
  public int wholeAnalysis() {
    ResumptionReport fresh = analysis.analyze();
    return fresh.blocked().size()
        + fresh.breakpoints().size()
        + fresh.stalled().size()
        + fresh.cascade().size()
        + fresh.priorities().size();
  }

  /**
   * The same as {@link #wholeAnalysis()}, then reading every record of every list, as writing them
   * all to files would: records are built as they are read.
   */
  @Benchmark
  public long wholeAnalysisEveryRecord() {
    ResumptionReport fresh = analysis.analyze();
    long sum = 0;
    for (List<?> list : List.of(fresh.blocked(), fresh.breakpoints(), fresh.stalled(),
        fresh.cascade(), fresh.priorities())) {
      for (Object record : list) {
        sum += record.hashCode();
      }
    }
    return sum;
  }

  /** Statuses to per-enterprise state and counts, without building record lists. */
  @Benchmark
  public int analysisState() {
    ResumptionReport fresh = analysis.analyze();
    return fresh.blockedCount() + fresh.breakpointCount() + fresh.atRiskCount();
  }

  /** Preparing the per-topology tables (input groups, effective shares). */
  @Benchmark
  public Object prepare() {
    return ResumptionAnalysis.of(analysis.graph(), analysis.homeCity());
  }

  /** Resuming every non-working enterprise of one district, with every delta list built. */
  @Benchmark
  public int whatIfResumeDistrict() {
    return lists(report.whatIf(resumeDistrict));
  }

  /** The same, counts only. */
  @Benchmark
  public int whatIfResumeDistrictCounts() {
    return counts(report.whatIf(resumeDistrict));
  }

  /** Suspending every working enterprise of one district, with every delta list built. */
  @Benchmark
  public int whatIfLockdownDistrict() {
    return lists(report.whatIf(lockDistrictDown));
  }

  /** The same, counts only. */
  @Benchmark
  public int whatIfLockdownDistrictCounts() {
    return counts(report.whatIf(lockDistrictDown));
  }

  /** The lockdown what-if, then reading every record of every delta list. */
  @Benchmark
  public long whatIfLockdownDistrictEveryRecord() {
    WhatIf effect = report.whatIf(lockDistrictDown);
    long sum = 0;
    for (List<?> list : List.of(effect.newlyBlocked(), effect.noLongerBlocked(),
        effect.newBreakpoints(), effect.resolvedBreakpoints(), effect.newlyAtRisk(),
        effect.noLongerAtRisk())) {
      for (Object record : list) {
        sum += record.hashCode();
      }
    }
    return sum;
  }

  private static int lists(WhatIf effect) {
    return effect.newlyBlocked().size() + effect.noLongerBlocked().size()
        + effect.newBreakpoints().size() + effect.resolvedBreakpoints().size()
        + effect.newlyAtRisk().size() + effect.noLongerAtRisk().size();
  }

  private static int counts(WhatIf effect) {
    return effect.blockedDelta() + effect.breakpointDelta() + effect.atRiskDelta();
  }
}
