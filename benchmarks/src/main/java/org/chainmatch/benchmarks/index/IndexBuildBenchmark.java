package org.chainmatch.benchmarks.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainmatch.benchmarks.CityFixture;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.io.InputRejectedException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk build of the {@link CityFixture} city's enterprises into a capability index on disk,
 * committed: time per build of {@code size} enterprises (enterprises per second = size / time).
 * The enterprises are loaded once per fork, outside the measurement. Prints the index size after
 * each build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class IndexBuildBenchmark {
  @Param({"10000", "100000", "1000000"})
  int size;

  @Param({"2"})
  int threads;

  /**
   * With the bundled product vocabulary (the default) or without. It is applied at query time
   * only, so this measures that building never pays for it (loading it is once per JVM).
   */
  @Param({"true", "false"})
  boolean vocabulary;

  private List<Enterprise> enterprises;
  private Path dir;

  @Setup(Level.Trial)
  public void city() throws IOException, InputRejectedException {
    enterprises = CityFixture.of(size).loadEnterprisesAndDemands().enterprises();
  }

  @Setup(Level.Iteration)
  public void directory() throws IOException {
    dir = Files.createTempDirectory("capability-build");
  }

  @Benchmark
  public int build() throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.open(
        dir, options().withIndexingThreads(threads).withRamBufferMb(256))) {
      index.addAll(enterprises);
      index.commit();
      return index.size();
    }
  }

  private IndexOptions options() {
    return vocabulary ? IndexOptions.defaults() : IndexOptions.defaults().withoutVocabulary();
  }

  @TearDown(Level.Iteration)
  public void report() throws IOException {
    System.out.printf("%nindex size on disk: %.1f MB%n", IndexFiles.bytes(dir) / 1e6);
    IndexFiles.delete(dir);
  }
}
