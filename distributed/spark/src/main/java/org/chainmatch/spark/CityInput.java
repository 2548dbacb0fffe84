package org.chainmatch.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.io.DemandCsv;
import org.chainmatch.core.io.EnterpriseCsv;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.core.io.RelationCsv;
import scala.Tuple2;

/**
 * A city's enterprises, relations and demands as Spark tables, read from the CSV contract or from
 * Parquet.
 *
 * <p><b>CSV.</b> Each file (a path, a folder or a glob, several separated by commas) is read by one
 * task with the library's own loaders ({@link EnterpriseCsv}, {@link RelationCsv}, {@link
 * DemandCsv}) in strict mode, so every row is checked exactly as the CLI checks it and a bad row
 * fails the job with the file, line, column and value. Two checks span files and are done with
 * joins instead: that relation ends and requesters are enterprises, and that codes and demand ids
 * are unique across files; their errors name the file set and the value, not the line. Parallelism
 * is the number of files: split a large export into parts (or convert it to Parquet once).
 *
 * <p><b>Parquet.</b> Folders written by {@link #writeParquet} (columns as in this class's
 * schemas, with an {@code ord} column giving the input order). Values are checked when tasks turn
 * rows into the library's records (codes, regions, industry codes), with messages naming the value.
 *
 * <p>Immutable; the tables are lazy Spark plans.
 */
public final class CityInput {
  private final Dataset<Row> enterprises;
  private final Dataset<Row> relations;
  private final Dataset<Row> demands;

  private CityInput(Dataset<Row> enterprises, Dataset<Row> relations, Dataset<Row> demands) {
    this.enterprises = enterprises;
    this.relations = relations;
    this.demands = demands;
  }

  /**
   * Reads contract CSV files.
   *
   * @param enterprises paths of enterprises.csv files (comma-separated, globs allowed)
   * @param relations paths of relations.csv files, or null for none
   * @param demands paths of demands.csv files, or null for none
   * @param acceptIrregular whether codes with a wrong check character are accepted (as the CLI's
   *     {@code --accept-irregular})
   * @throws IllegalArgumentException naming the path when a path matches no file
   * @throws IllegalArgumentException when a row is rejected (the message names file, line, column
   *     and value), when a relation or demand names an enterprise that no enterprises file holds,
   *     or when a code or demand id repeats across files
   */
  public static CityInput csv(
      SparkSession spark, String enterprises, String relations, String demands, boolean acceptIrregular)
      throws IOException {
    checkNotNull(spark, "spark");
    checkNotNull(enterprises, "enterprises");
    UsccPolicy policy = acceptIrregular ? UsccPolicy.ACCEPT_IRREGULAR_CHECK : UsccPolicy.STRICT;
    Dataset<Row> e = load(spark, enterprises, Kind.ENTERPRISES, policy);
    Dataset<Row> r = relations == null ? empty(spark, CityRows.RELATION) : load(spark, relations, Kind.RELATIONS, policy);
    Dataset<Row> d = demands == null ? empty(spark, CityRows.DEMAND) : load(spark, demands, Kind.DEMANDS, policy);
    CityInput input = new CityInput(e.cache(), r.cache(), d.cache());
    try {
      input.checkAcrossFiles(enterprises, relations, demands);
    } catch (Exception failure) { // Spark rethrows task failures as SparkException, unchecked in Java
      throw rejected(failure);
    }
    return input;
  }

  /** Reads folders written by {@link #writeParquet}; {@code relations} and {@code demands} may be null. */
  public static CityInput parquet(SparkSession spark, String enterprises, String relations, String demands) {
    checkNotNull(spark, "spark");
    checkNotNull(enterprises, "enterprises");
    return new CityInput(
        read(spark, enterprises, CityRows.ENTERPRISE),
        relations == null ? empty(spark, CityRows.RELATION) : read(spark, relations, CityRows.RELATION),
        demands == null ? empty(spark, CityRows.DEMAND) : read(spark, demands, CityRows.DEMAND));
  }

  /** Writes the three tables as Parquet folders {@code enterprises}, {@code relations}, {@code demands} under {@code dir}. */
  public void writeParquet(String dir) {
    checkNotNull(dir, "dir");
    enterprises.write().mode("overwrite").parquet(dir + "/enterprises");
    relations.write().mode("overwrite").parquet(dir + "/relations");
    demands.write().mode("overwrite").parquet(dir + "/demands");
  }

  /** One row per enterprise (schema: ord, uscc, irregular, name, region, industries, products, scope, state, capacity, key). */
  public Dataset<Row> enterprises() {
    return enterprises;
  }

  /** One row per relation (ord, supplier, customer, product, share; share NaN when not given). */
  public Dataset<Row> relations() {
    return relations;
  }

  /** One row per demand (ord, id, requester, product, quantity, unit, needed_by, note). */
  public Dataset<Row> demands() {
    return demands;
  }

  private static Dataset<Row> read(SparkSession spark, String path, StructType schema) {
    Dataset<Row> table = spark.read().parquet(path);
    List<String> missing = new ArrayList<>(Arrays.asList(schema.fieldNames()));
    missing.removeAll(Arrays.asList(table.columns()));
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(path + ": Parquet input lacks the columns " + missing);
    }
    return table.select(Arrays.stream(schema.fieldNames()).map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));
  }

  private static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(new ArrayList<Row>(), schema);
  }

  private enum Kind { ENTERPRISES, RELATIONS, DEMANDS }

  /** Files matching comma-separated paths, folders or globs, in path order. */
  static List<String> files(SparkSession spark, String paths) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> out = new ArrayList<>();
    for (String p : paths.split(",")) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p.strip());
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] found = fs.globStatus(path);
      if (found == null || found.length == 0) {
        throw new IllegalArgumentException(p.strip() + ": no such file");
      }
      for (FileStatus s : found) {
        if (s.isDirectory()) {
          for (FileStatus child : fs.listStatus(s.getPath())) {
            String name = child.getPath().getName();
            if (child.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
              out.add(child.getPath().toString());
            }
          }
        } else {
          out.add(s.getPath().toString());
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static Dataset<Row> load(SparkSession spark, String paths, Kind kind, UsccPolicy policy)
      throws IOException {
    List<String> files = files(spark, paths);
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      order.put(files.get(i), i);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", files), files.size())
        .flatMap(new FileLoader(kind, policy, order));
    StructType schema = switch (kind) {
      case ENTERPRISES -> CityRows.ENTERPRISE;
      case RELATIONS -> CityRows.RELATION;
      case DEMANDS -> CityRows.DEMAND;
    };
    return spark.createDataFrame(rows, schema);
  }

  /** Loads one file in a task with the library's loader; rows carry (file rank, row) as ord. */
  private record FileLoader(Kind kind, UsccPolicy policy, Map<String, Integer> order)
      implements org.apache.spark.api.java.function.FlatMapFunction<Tuple2<String, PortableDataStream>, Row>,
          Serializable {
    @Override
    public java.util.Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws Exception {
      Integer rank = order.get(file._1());
      if (rank == null) {
        // binaryFiles may qualify paths differently from globStatus; fall back to the name.
        rank = order.entrySet().stream()
            .filter(en -> file._1().endsWith(new org.apache.hadoop.fs.Path(en.getKey()).toUri().getPath()))
            .map(Map.Entry::getValue).findFirst()
            .orElseThrow(() -> new IllegalStateException("unlisted file " + file._1()));
      }
      long base = (long) rank << 40;
      LoadOptions options = LoadOptions.strict().withUsccPolicy(policy);
      Function<String, Uscc> anyCode = text -> {
        try {
          return Uscc.parse(text, policy);
        } catch (IllegalArgumentException e) {
          return null;
        }
      };
      List<Row> out = new ArrayList<>();
      long[] next = {base};
      String name = file._1();
      try (InputStream in = file._2().open()) {
        switch (kind) {
          case ENTERPRISES -> EnterpriseCsv.read(in, name, options, e -> out.add(CityRows.row(next[0]++, e)));
          case RELATIONS -> RelationCsv.read(in, name, options, anyCode, r -> out.add(CityRows.row(next[0]++, r)));
          case DEMANDS -> DemandCsv.read(in, name, options, anyCode, d -> out.add(CityRows.row(next[0]++, d)));
        }
      } catch (InputRejectedException e) {
        // The message names file, line, column and value; Spark wraps it, the job's error shows it.
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      return out.iterator();
    }
  }

  /**
   * The loader's own rejection (naming file, line, column and value) when a task failed with one,
   * instead of Spark's wrapper around it.
   */
  private static RuntimeException rejected(Exception failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && t.getCause() instanceof InputRejectedException) {
        return new IllegalArgumentException(t.getMessage(), t.getCause());
      }
    }
    // A task's exception reaches the driver as text inside Spark's message, not as a cause.
    String message = String.valueOf(failure.getMessage());
    String marker = IllegalArgumentException.class.getName() + ": ";
    int at = message.indexOf(marker);
    if (at >= 0) {
      int end = message.indexOf("\n\tat ", at);
      return new IllegalArgumentException(
          message.substring(at + marker.length(), end < 0 ? message.length() : end), failure);
    }
    return failure instanceof RuntimeException r ? r : new IllegalStateException(message, failure);
  }

  private void checkAcrossFiles(String enterpriseFiles, String relationFiles, String demandFiles) {
    List<String> problems = new ArrayList<>();
    for (Row r : enterprises.groupBy("uscc").count().filter(col("count").gt(1)).limit(10).collectAsList()) {
      problems.add(enterpriseFiles + ": uscc " + r.getString(0) + " appears " + r.getLong(1) + " times across the files");
    }
    Dataset<Row> codes = enterprises.select(col("uscc").as("code"));
    for (String end : List.of("supplier", "customer")) {
      for (Row r : relations.join(codes, relations.col(end).equalTo(codes.col("code")), "left_anti")
          .select(end).limit(10).collectAsList()) {
        problems.add(relationFiles + ": " + end + " " + r.getString(0) + ": no enterprise with this USCC in the enterprises files");
      }
    }
    for (Row r : demands.join(codes, demands.col("requester").equalTo(codes.col("code")), "left_anti")
        .select("id", "requester").limit(10).collectAsList()) {
      problems.add(demandFiles + ": demand " + r.getString(0) + ": requester " + r.getString(1)
          + ": no enterprise with this USCC in the enterprises files");
    }
    for (Row r : demands.groupBy("id").count().filter(col("count").gt(1)).limit(10).collectAsList()) {
      problems.add(demandFiles + ": demand id " + r.getString(0) + " appears " + r.getLong(1) + " times across the files");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
  }
}
