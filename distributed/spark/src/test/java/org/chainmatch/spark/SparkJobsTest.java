package org.chainmatch.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a generated city of 3,000 enterprises, the Spark jobs find what the single-machine engine
 * finds: the same matches (suppliers, order, scores, reasons) and the same blocked inputs,
 * breakpoints, stalled suppliers and cascade. Blocks and parts are kept small so that the city is
 * cut into many tasks, and queries are salted.
 */
class SparkJobsTest {
  static final RegionCode HOME = RegionTable.bundled().resolveCity("320500");
  static SparkSession spark;
  static SingleMachineEquality run;

  @BeforeAll
  static void run(@TempDir Path dir) throws Exception {
    spark = LocalSpark.start();
    CityFiles city = CityGenerator.builder().homeCity(HOME).enterprises(3_000).demands(200).seed(20)
        .build().writeTo(dir);
    run = new SingleMachineEquality(spark, city, HOME,
        SparkMatching.builder(HOME).blockEnterprises(500).demandsPerBlock(3).build(), 7, dir);
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
