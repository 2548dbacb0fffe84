package org.chainmatch.benchmarks.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionLevel;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.outreach.LetterTemplate;
import org.chainmatch.outreach.OutreachLetter;
import org.chainmatch.outreach.OutreachPlan;
import org.chainmatch.outreach.OutreachPlanner;
import org.chainmatch.outreach.OutreachRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning outreach for a city's demands, and rendering the letters.
 *
 * <p>Synthetic, seeded data: {@code demands} demands of 500 requesters in 苏州, each with 10 ranked
 * matches drawn from 2,000 suppliers; a fifth of the suppliers are in 苏州, the rest spread over
 * every 5th county-level unit of the bundled region table, with mixed operating states.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main OutreachPlannerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OutreachPlannerBenchmark {

  @Param({"1000", "10000"})
  int demands;

  private static final LocalDate TODAY = LocalDate.of(2024, 2, 1);

  private OutreachPlanner planner;
  private LetterTemplate template;
  private List<MatchResult> results;
  private Map<Uscc, Enterprise> requesters;
  private List<OutreachRequest> requests;

  @Setup
  public void setUp() {
    RegionTable regions = RegionTable.bundled();
    RegionCode suzhou = regions.resolve("320500");
    RegionCode wuzhong = regions.resolve("320506");
    List<RegionCode> elsewhere = new ArrayList<>();
    int n = 0;
    for (RegionCode r : regions.all()) {
      if (r.level() == RegionLevel.COUNTY && !r.city().equals(suzhou) && n++ % 5 == 0) {
        elsewhere.add(r);
      }
    }
    Random random = new Random(42);
    OperatingState[] states = {
      OperatingState.RESUMED, OperatingState.PARTIAL, OperatingState.SUSPENDED
    };
    List<Enterprise> suppliers = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      RegionCode region = i % 5 == 0 ? wuzhong : elsewhere.get(random.nextInt(elsewhere.size()));
      OperatingState state = states[random.nextInt(states.length)];
      int capacity = state == OperatingState.SUSPENDED ? 0 : 10 + random.nextInt(91);
      suppliers.add(enterprise(region, i, "供应商" + i + "有限公司", state, capacity, false));
    }
    requesters = new HashMap<>();
    List<Enterprise> requesterList = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Enterprise e = enterprise(
          wuzhong, 10_000 + i, "需求企业" + i + "有限公司", OperatingState.RESUMED, 100, i % 10 == 0);
      requesters.put(e.uscc(), e);
      requesterList.add(e);
    }
    String[] products = {"芯片", "轴承", "电容", "钢材", "塑料粒子", "无纺布", "电机", "玻璃"};
    results = new ArrayList<>();
    for (int d = 0; d < demands; d++) {
      Enterprise requester = requesterList.get(random.nextInt(requesterList.size()));
      Demand demand = Demand.of(
              (d % 4 == 0 ? "BP-" : "D-") + d, requester.uscc(), products[random.nextInt(products.length)])
          .withQuantity(1 + random.nextInt(1000), "件")
          .withNeededBy(TODAY.plusDays(random.nextInt(40)));
      List<Match> matches = new ArrayList<>();
      for (int rank = 1; rank <= 10; rank++) {
        matches.add(new Match(rank, suppliers.get(random.nextInt(suppliers.size())),
            1.0 - rank * 0.05, List.of()));
      }
      results.add(new MatchResult(demand, demand.product(), matches));
    }
    planner = OutreachPlanner.create(suzhou, regions);
    template = LetterTemplate.builder(suzhou).build();
    requests = planner.plan(results, requesters, TODAY).requests();
  }

  private static Enterprise enterprise(
      RegionCode region, int serial, String name, OperatingState state, int capacity, boolean key) {
    Uscc uscc = Uscc.withComputedCheck("91" + region.code() + String.format("MA%07d", serial));
    return Enterprise.builder(uscc, name, region)
        .product("产品")
        .status(OperatingStatus.of(state, capacity))
        .key(key)
        .build();
  }

  /** Deciding, grouping, deduplicating and prioritising every demand. */
  @Benchmark
  public OutreachPlan plan() {
    return planner.plan(results, requesters, TODAY);
  }

  /** Rendering every letter of the plan. */
  @Benchmark
  public int renderLetters() {
    int chars = 0;
    for (OutreachRequest r : requests) {
      OutreachLetter letter = template.render(r);
      chars += letter.markdown().length();
    }
    return chars;
  }
}
