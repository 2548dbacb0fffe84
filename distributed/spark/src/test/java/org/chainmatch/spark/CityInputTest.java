package org.chainmatch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityInputTest {
  static SparkSession spark;
  static final String A = Uscc.withComputedChecks("91320505MA1MXX01").value();
  static final String B = Uscc.withComputedChecks("91320505MA1MXX02").value();

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aBadRowFailsTheLoadNamingFileLineColumnAndValue(@TempDir Path dir) throws Exception {
    Path e = Files.writeString(dir.resolve("enterprises.csv"),
        "uscc,name,region,products\n" + A + ",甲公司,320505,熔喷布\n" + B + ",乙公司,999999,口罩\n");

    assertThatThrownBy(() -> CityInput.csv(spark, e.toString(), null, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enterprises.csv")
        .hasMessageContaining("enterprises.csv:3")
        .hasMessageContaining("region")
        .hasMessageContaining("999999");
  }

  @Test
  void aRelationToAnEnterpriseInNoFileIsRejected(@TempDir Path dir) throws Exception {
    Path e = Files.writeString(dir.resolve("enterprises.csv"), "uscc,name,region,products\n" + A + ",甲公司,320505,熔喷布\n");
    Path r = Files.writeString(dir.resolve("relations.csv"), "supplier,customer,product\n" + A + "," + B + ",熔喷布\n");

    assertThatThrownBy(() -> CityInput.csv(spark, e.toString(), r.toString(), null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer " + B)
        .hasMessageContaining("no enterprise with this USCC");
  }

  @Test
  void filesOfAFolderAreReadInNameOrderAndKeepTheirRowOrder(@TempDir Path dir) throws Exception {
    Path parts = Files.createDirectories(dir.resolve("enterprises"));
    Files.writeString(parts.resolve("part-2.csv"), "uscc,name,region,products\n" + A + ",甲公司,320505,熔喷布\n");
    Files.writeString(parts.resolve("part-1.csv"), "uscc,name,region,products\n" + B + ",乙公司,320505,口罩\n");

    List<Row> rows = CityInput.csv(spark, parts.toString(), null, null, false)
        .enterprises().orderBy("ord").collectAsList();

    assertThat(rows).extracting(row -> row.getString(1)).containsExactly(B, A);
  }

  @Test
  void saveInputWritesParquetThatReadsBackAsTheSameTables(@TempDir Path dir) throws Exception {
    Path e = Files.writeString(dir.resolve("enterprises.csv"),
        "uscc,name,region,products\n" + A + ",甲公司,320505,熔喷布\n" + B + ",乙公司,320505,口罩\n");
    Path r = Files.writeString(dir.resolve("relations.csv"), "supplier,customer,product\n" + A + "," + B + ",熔喷布\n");
    String saved = dir.resolve("parquet").toString();

    SparkBatch.run(spark, SparkBatch.Options.parse(new String[] {
        "--city", "320500", "--enterprises", e.toString(), "--relations", r.toString(),
        "--out", dir.resolve("out").toString(), "--save-input", saved, "--skip-matching", "--skip-analysis"}));

    CityInput csv = CityInput.csv(spark, e.toString(), r.toString(), null, false);
    CityInput parquet = CityInput.parquet(spark, saved + "/enterprises", saved + "/relations", null);
    assertThat(parquet.enterprises().orderBy("ord").collectAsList())
        .containsExactlyElementsOf(csv.enterprises().orderBy("ord").collectAsList());
    assertThat(parquet.relations().orderBy("ord").collectAsList())
        .containsExactlyElementsOf(csv.relations().orderBy("ord").collectAsList());
    assertThat(parquet.enterprises().count()).isEqualTo(2);
  }
}
