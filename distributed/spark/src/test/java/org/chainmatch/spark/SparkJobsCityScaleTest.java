package org.chainmatch.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.testkit.generate.CityFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The equality of {@link SparkJobsTest} on a generated city of 100,000 enterprises (about 500,000
 * relations; seed 20200210, the benchmarks' city) and its first 1,000 demands: {@code
 * CHAINMATCH_CACHE=/path/to/cities mvn -Plong test -pl distributed/spark -am
 * -Dtest=SparkJobsCityScaleTest -Dsurefire.failIfNoSpecifiedTests=false} (the cache is optional,
 * see {@link ScaleCity}). Prints the times.
 */
@Tag("long")
class SparkJobsCityScaleTest {
  static final RegionCode HOME = RegionTable.bundled().resolveCity("320500");
  static SparkSession spark;
  static SingleMachineEquality run;

  @BeforeAll
  static void run(@TempDir Path dir) throws Exception {
    spark = LocalSpark.start();
    CityFiles city = ScaleCity.of(HOME, 100_000, 20200210L, 1_000, dir);
    run = new SingleMachineEquality(spark, city, HOME,
        SparkMatching.builder(HOME).blockEnterprises(20_000).build(), 8, dir);
    System.out.println("100k city: " + run.timings());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void matchesCsvEqualsTheClis() {
    run.assertCsvMatchesEqual();
  }

  @Test
  void matchesParquetHasTheClisColumnsAndRows() {
    run.assertParquetMatchesEqual();
  }

  @Test
  void understoodAndMatchedProductAreFilledIn() {
    run.assertTrailingColumnsFilled();
  }

  @Test
  void blockedInputsEqualTheSingleMachineEngines() {
    run.assertBlockedEqual();
  }

  @Test
  void breakpointsEqualTheSingleMachineEngines() {
    run.assertBreakpointsEqual();
  }

  @Test
  void stalledSuppliersEqualTheSingleMachineEngines() {
    run.assertStalledEqual();
  }

  @Test
  void cascadeEqualsTheSingleMachineEngines() {
    run.assertCascadeEqual();
  }
}
