package org.chainmatch.benchmarks.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
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
 * Single-threaded top-20 filtered queries and status-update visibility on a city of {@code size}
 * enterprises. The index is built once per fork in a temporary directory (reported: build rate,
 * size on disk, heap used after the build).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
public class IndexQueryBenchmark {
  @Param({"1000000"})
  int size;

  private Path dir;
  private LuceneCapabilityIndex index;
  private List<CapabilityQuery> queries;
  private SyntheticCity city;
  private int next;

  @Setup(Level.Trial)
  public void build() throws IOException {
    city = new SyntheticCity(size, 42);
    dir = Files.createTempDirectory("capability-query");
    index = LuceneCapabilityIndex.open(dir, IndexOptions.defaults().withRamBufferMb(256));
    long start = System.nanoTime();
    index.addAll(city);
    index.commit();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf("%nbuilt %d in %.1f s (%.0f/s), %.1f MB on disk, heap used %.0f MB%n",
        index.size(), seconds, size / seconds, IndexFiles.bytes(dir) / 1e6,
        (rt.totalMemory() - rt.freeMemory()) / 1e6);
    CandidateFilter filter = CandidateFilter.none()
        .inside(RegionTable.bundled().resolve(SyntheticCity.homeCity()))
        .withStates(EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL))
        .withMinCapacity(30);
    SplittableRandom random = new SplittableRandom(7);
    queries = new ArrayList<>();
    List<String> products = city.products();
    for (int i = 0; i < 1000; i++) {
      String text = products.get(random.nextInt(products.size()));
      if (i % 5 == 0 && text.length() > 3) {
        // A part of a name, as people type it.
        text = text.substring(text.length() - 3);
      }
      queries.add(new CapabilityQuery(text, 20, filter, false));
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    index.close();
    IndexFiles.delete(dir);
  }

  @Benchmark
  public List<Candidate> filteredTop20() throws IOException {
    next = (next + 1) % queries.size();
    return index.search(queries.get(next));
  }

  /** Time from a status change to its visibility in searches (update + refresh). */
  @Benchmark
  public void statusUpdateVisible() throws IOException {
    next = (next + 1) % size;
    Uscc uscc = city.enterprise(next).uscc();
    OperatingState state = OperatingState.values()[next % 3];
    index.updateStatus(uscc, state == OperatingState.PARTIAL
        ? OperatingStatus.of(state, 40)
        : OperatingStatus.of(state));
    index.refresh();
  }
}
