package org.chainmatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.chainmatch.core.io.TableWriter;

/**
 * Writes the jobs' tables as the CSV contract's files, streamed through the driver with the
 * library's {@link TableWriter} (a temporary file moved into place on success; cells that a
 * spreadsheet would run as formulas neutralised), or as Parquet folders written by the executors.
 */
public final class Tables {
  private Tables() {}

  /**
   * The columns of matches.csv as the CLI writes them: contract v1, then v1.1's {@code understood}
   * and {@code matched_product}.
   */
  public static final List<String> MATCHES_COLUMNS = List.of(
      "demand_id", "rank", "supplier", "supplier_name", "supplier_region", "in_city", "score", "status", "reasons",
      "understood", "matched_product");

  /**
   * {@code matches} ({@link SparkMatching#MATCH}) with exactly the columns of matches.csv ({@link
   * #MATCHES_COLUMNS}, typed: {@code rank} int, {@code in_city} boolean, {@code score} double
   * rounded to four places as the CLI prints it), sorted in demand input order then rank.
   */
  public static Dataset<Row> contractMatches(Dataset<Row> matches) {
    UDF1<Double, Double> fourPlaces = score -> Double.valueOf(fourPlaces(score));
    Column[] columns = new Column[MATCHES_COLUMNS.size()];
    for (int i = 0; i < columns.length; i++) {
      String name = MATCHES_COLUMNS.get(i);
      columns[i] = name.equals("score")
          ? udf(fourPlaces, DataTypes.DoubleType).apply(col(name)).as(name)
          : col(name);
    }
    return matches.orderBy("demand_ord", "rank").select(columns);
  }

  /**
   * Writes {@code matches} ({@link SparkMatching#MATCH}) as matches.csv, in demand input order then
   * rank, with the CLI's columns and cells (score to four places).
   *
   * @return the number of rows written
   */
  public static long writeMatchesCsv(Dataset<Row> matches, Path file) throws IOException {
    boolean mine = notKept(matches);
    Dataset<Row> kept = mine ? keep(matches) : matches;
    try (TableWriter table = TableWriter.create(file, MATCHES_COLUMNS)) {
      Iterator<Row> it = kept.orderBy("demand_ord", "rank").toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        table.row(List.of(
            r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getBoolean(6),
            fourPlaces(r.getDouble(7)), r.getString(8), r.getString(9), r.getString(10), r.getString(11)));
      }
      table.commit();
      return table.rows();
    } finally {
      if (mine) {
        kept.unpersist();
      }
    }
  }

  /**
   * Writes {@code matches} ({@link SparkMatching#MATCH}) as a Parquet folder with the columns of
   * {@link #contractMatches}, replacing it. The rows are in demand input order then rank across the
   * part files taken in name order ({@code part-00000-…}, {@code part-00001-…}); a reader that
   * needs that order reads the files in name order (Spark's own reader does not promise it).
   */
  public static void writeMatchesParquet(Dataset<Row> matches, String dir) {
    boolean mine = notKept(matches);
    Dataset<Row> kept = mine ? keep(matches) : matches;
    try {
      contractMatches(kept).write().mode("overwrite").parquet(dir);
    } finally {
      if (mine) {
        kept.unpersist();
      }
    }
  }

  /**
   * The matches kept (memory, else local disk) while they are sorted: a global sort first samples
   * its input to find range bounds, which would otherwise run the whole matching job twice.
   */
  private static Dataset<Row> keep(Dataset<Row> matches) {
    return matches.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Whether the caller has not persisted {@code matches} (then it is ours to keep and drop). */
  private static boolean notKept(Dataset<Row> matches) {
    return matches.storageLevel().equals(StorageLevel.NONE());
  }

  /** Writes any of the jobs' tables as CSV with its own columns; list cells joined with ';'. */
  public static long writeCsv(Dataset<Row> table, Path file) throws IOException {
    List<String> header = List.of(table.columns());
    try (TableWriter out = TableWriter.create(file, header)) {
      Iterator<Row> it = table.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        List<Object> cells = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
          Object v = r.get(i);
          if (v instanceof scala.collection.Seq<?> seq) {
            cells.add(String.join(";", r.<String>getList(i)));
          } else {
            cells.add(v == null ? "" : v);
          }
        }
        out.row(cells);
      }
      out.commit();
      return out.rows();
    }
  }

  /** Writes a table as a Parquet folder, replacing it. */
  public static void writeParquet(Dataset<Row> table, String dir) {
    table.write().mode("overwrite").parquet(dir);
  }

  /** The score as the CLI's matches.csv prints it. */
  private static String fourPlaces(double score) {
    return String.format(Locale.ROOT, "%.4f", score);
  }
}
