package org.chainmatch.benchmarks;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
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
 * Time to write a synthetic city's three contract files: one shot per iteration, since a city of a
 * million enterprises takes tens of seconds.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CityGeneratorBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseParallelGC"})
public class CityGeneratorBenchmark {
  /** Enterprises; relations are five times as many. */
  @Param({"100000", "1000000"})
  public int enterprises;

  private Path directory;
  private CityGenerator generator;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("city-benchmark");
    generator = CityGenerator.builder().enterprises(enterprises).seed(1).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    MoreFiles.deleteRecursively(directory, RecursiveDeleteOption.ALLOW_INSECURE);
  }

  @Benchmark
  public CityFiles writeCity() throws IOException {
    return generator.writeTo(directory);
  }
}
