package org.chainmatch.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmatch.benchmarks.alternatives.Alternative;
import org.chainmatch.benchmarks.alternatives.SupplierSearch;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One supplier query (top {@value #K}) with each {@link Alternative}, on the city's own demand
 * demands taken in turn, so that the cost of different products and of sentences averages out. In
 * {@link Mode#SampleTime} so that the results carry p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AlternativeQueryBenchmark {
  /** Candidates asked for, as in chainmatch's top-20 query target. */
  static final int K = 20;

  // Enough distinct texts that no alternative can profit from answering the same one repeatedly.
  private static final int DEMANDS = 1_000;

  @Param({"10000", "100000", "1000000"})
  public int size;

  @Param({"SCAN", "H2", "LUCENE", "CHAINMATCH_INDEX", "CHAINMATCH"})
  public Alternative alternative;

  private SupplierSearch search;
  private Demand[] demands;
  private int next;

  @Setup(Level.Trial)
  public void build() throws IOException, InputRejectedException {
    CityFixture fixture = CityFixture.of(size);
    Dataset city = alternative.readsRelations()
        ? fixture.load()
        : fixture.loadEnterprisesAndDemands();
    demands = city.demands().stream().limit(DEMANDS).toArray(Demand[]::new);
    search = alternative.open(city);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    search.close();
  }

  @Benchmark
  public List<Uscc> query() throws IOException {
    Demand demand = demands[next];
    next = next + 1 == demands.length ? 0 : next + 1;
    return search.top(demand, K);
  }
}
