package org.chainmatch.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local[2] for tests: no UI, loopback driver, few shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .appName("chainmatch-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.warehouse.dir", "target/spark-warehouse")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }
}
