package org.chainmatch.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
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
 * Reading a city's {@code enterprises.csv} and {@code relations.csv} strictly into a {@link
 * Dataset}: parsing, validating every code and region, resolving every relation's ends. The files
 * come from the OS page cache after the first iteration, so this measures the loader, not the
 * disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LoadBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int size;

  private CityFixture city;

  @Setup(Level.Trial)
  public void writeCity() throws IOException {
    city = CityFixture.of(size).ensureWritten();
  }

  @Benchmark
  public Dataset enterprisesAndRelations() throws IOException, InputRejectedException {
    return Dataset.load(city.enterprisesFile(), city.relationsFile(), null, LoadOptions.strict());
  }
}
