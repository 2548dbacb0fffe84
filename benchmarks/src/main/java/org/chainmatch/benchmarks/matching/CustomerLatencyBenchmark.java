package org.chainmatch.benchmarks.matching;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmatch.core.Offer;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.matching.OfferResult;
import org.chainmatch.matching.OpenDemands;
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
 * Buyers for one offer with the default options (top 20; the offer's other names and buyers by
 * capability through the index, relations, every factor), 10,000 offers of the city's suppliers
 * taken in turn ({@link MatchingCity#offers}). Sample time, so p50 and p99 are reported. Targets:
 * p50 ≤ 2 ms, p99 ≤ 10 ms at 1M enterprises.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
public class CustomerLatencyBenchmark {

  @Param({"100000", "1000000"})
  int size;

  private MatchingCity city;
  private List<Offer> offers;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException, InputRejectedException {
    city = MatchingCity.open(size);
    offers = city.offers(10_000);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    city.close();
  }

  @Benchmark
  public OfferResult findBuyersForOneOffer() throws IOException {
    next = next + 1 == offers.size() ? 0 : next + 1;
    return city.customers().match(offers.get(next), OpenDemands.none());
  }
}
