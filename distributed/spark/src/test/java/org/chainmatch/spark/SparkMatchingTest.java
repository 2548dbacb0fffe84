package org.chainmatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.generate.CityFiles;
import org.chainmatch.core.generate.CityGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkMatchingTest {
  static SparkSession spark;
  static final RegionCode HOME = RegionTable.bundled().resolveCity("320500");

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static List<SingleMachine.Row> sparkMatches(SparkMatching job, CityInput input) {
    return job.match(input).orderBy("demand_ord", "rank").collectAsList().stream()
        .map(r -> new SingleMachine.Row(r.getString(1), r.getInt(2), r.getString(3),
            String.format(Locale.ROOT, "%.4f", r.getDouble(7)), r.getString(9)))
        .toList();
  }

  @Test
  void matchesEqualTheSingleMachineEnginesOnAGeneratedCity(@TempDir Path dir) throws Exception {
    CityFiles city = CityGenerator.builder().homeCity(HOME).enterprises(5_000).demands(300).seed(20)
        .build().writeTo(dir);
    List<SingleMachine.Row> expected;
    try (ChainMatch engine = SingleMachine.engine(city, HOME)) {
      expected = SingleMachine.matches(engine, city);
    }
    CityInput input = CityInput.csv(spark, city.enterprises().toString(), city.relations().toString(),
        city.demands().toString(), false);
    // Small blocks and salts, so that the city is cut into many tasks.
    SparkMatching job = SparkMatching.builder(HOME).blockEnterprises(500).demandsPerBlock(3).build();

    List<SingleMachine.Row> actual = sparkMatches(job, input);

    assertThat(expected).hasSizeGreaterThan(1_000);
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
