package org.chainmatch.benchmarks.matching;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmatch.core.Demand;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.matching.MatchResult;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One demand matched with the default options (top 20 of a pool of 100, every factor, demand
 * understanding on), the city's demands taken in turn. Sample time, so p50 and p99 are reported.
 * Targets: p50 ≤ 2 ms, p99 ≤ 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
public class MatchLatencyBenchmark {

  @Param({"100000", "1000000"})
  int size;

  /** With the bundled product vocabulary (the default) or without; compare side by side. */
  @Param({"true", "false"})
  boolean vocabulary;

  private MatchingCity city;
  private List<Demand> demands;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException, InputRejectedException {
    city = MatchingCity.open(size, vocabulary);
    demands = city.demands();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    city.close();
  }

  @Benchmark
  public MatchResult matchOneDemand() throws IOException {
    next = next + 1 == demands.size() ? 0 : next + 1;
    return city.matcher().match(demands.get(next));
  }
}
