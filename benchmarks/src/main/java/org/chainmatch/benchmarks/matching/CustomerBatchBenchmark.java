package org.chainmatch.benchmarks.matching;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.chainmatch.core.Offer;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.matching.BatchMatcher;
import org.chainmatch.matching.CustomerBatchMatcher;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A batch of offers matched to buyers by {@link CustomerBatchMatcher} with {@code threads} threads
 * and the default options; one batch per measurement (single shot). Time per 100,000 offers is the
 * batch time × 100,000 / {@code offers} (the results table scales it so); {@code -p offers=100000}
 * runs a real one. Target: 100,000 offers ≤ 60 s on both cores. The default batch of 1,000 keeps
 * a shot within seconds at 1M.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CustomerBatchBenchmark {

  @Param({"100000", "1000000"})
  int size;

  @Param({"1000"})
  int offers;

  @Param({"2"})
  int threads;

  private MatchingCity city;
  private List<Offer> batch;

  @Setup(Level.Trial)
  public void open() throws IOException, InputRejectedException {
    city = MatchingCity.open(size);
    batch = city.offers(offers);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    city.close();
  }

  @Benchmark
  public long findBuyersForManyOffers() throws IOException {
    LongAdder buyers = new LongAdder();
    CustomerBatchMatcher.of(city.customers()).withThreads(threads)
        .run(batch.iterator(), r -> buyers.add(r.matches().size()), BatchMatcher.Progress.none());
    return buyers.sum();
  }
}
