package org.chainmatch.benchmarks.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmatch.benchmarks.CityFixture;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
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
 * Single-threaded top-20 filtered queries and status-update visibility on the {@link CityFixture}
 * city of {@code size} enterprises. The query texts are the city's demands' product texts, taken
 * in turn; the filter keeps suppliers inside the home city that are resumed or partly resumed
 * with at least {@value #MIN_CAPACITY}% capacity. The index is built once per fork in a temporary
 * directory (reported: build rate, size on disk, heap used after the build), because {@link
 * #statusUpdateVisible} changes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
public class IndexQueryBenchmark {
  static final int MIN_CAPACITY = 30;

  // Enough distinct texts that the query cache cannot answer the same one repeatedly.
  private static final int QUERIES = 1_000;

  @Param({"10000", "100000", "1000000"})
  int size;

  private Path dir;
  private LuceneCapabilityIndex index;
  private CapabilityQuery[] queries;
  private Uscc[] usccs;
  private int nextQuery;
  private int nextUpdate;

  @Setup(Level.Trial)
  public void build() throws IOException, InputRejectedException {
    Dataset city = CityFixture.of(size).loadEnterprisesAndDemands();
    usccs = city.enterprises().stream().map(Enterprise::uscc).toArray(Uscc[]::new);
    dir = Files.createTempDirectory("capability-query");
    index = LuceneCapabilityIndex.open(dir, IndexOptions.defaults().withRamBufferMb(256));
    long start = System.nanoTime();
    index.addAll(city.enterprises());
    index.commit();
    index.refresh();
    double seconds = (System.nanoTime() - start) / 1e9;
    CandidateFilter filter = CandidateFilter.none()
        .inside(RegionTable.bundled().resolve(CityFixture.HOME_CITY))
        .withStates(EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL))
        .withMinCapacity(MIN_CAPACITY);
    queries = city.demands().stream()
        .limit(QUERIES)
        .map(d -> new CapabilityQuery(d.product(), 20, filter, false))
        .toArray(CapabilityQuery[]::new);
    city = null;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf("%nbuilt %d in %.1f s (%.0f/s), %.1f MB on disk, heap used %.0f MB%n",
        index.size(), seconds, size / seconds, IndexFiles.bytes(dir) / 1e6,
        (rt.totalMemory() - rt.freeMemory()) / 1e6);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    index.close();
    IndexFiles.delete(dir);
  }

  @Benchmark
  public List<Candidate> filteredTop20() throws IOException {
    nextQuery = nextQuery + 1 == queries.length ? 0 : nextQuery + 1;
    return index.search(queries[nextQuery]);
  }

  /** Time from a status change to its visibility in searches (update + refresh). */
  @Benchmark
  public void statusUpdateVisible() throws IOException {
    nextUpdate = nextUpdate + 1 == usccs.length ? 0 : nextUpdate + 1;
    OperatingState state = OperatingState.values()[nextUpdate % 3];
    index.updateStatus(usccs[nextUpdate], state == OperatingState.PARTIAL
        ? OperatingStatus.of(state, 40)
        : OperatingStatus.of(state));
    index.refresh();
  }
}
