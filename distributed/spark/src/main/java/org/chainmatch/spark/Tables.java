package org.chainmatch.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.chainmatch.core.io.TableWriter;

/**
 * Writes the jobs' tables as the CSV contract's files, streamed through the driver with the
 * library's {@link TableWriter} (a temporary file moved into place on success; cells that a
 * spreadsheet would run as formulas neutralised), or as Parquet folders written by the executors.
 */
public final class Tables {
  private Tables() {}

  /** The columns of matches.csv (contract v1). */
  public static final List<String> MATCHES_COLUMNS = List.of(
      "demand_id", "rank", "supplier", "supplier_name", "supplier_region", "in_city", "score", "status", "reasons");

  /**
   * Writes {@code matches} ({@link SparkMatching#MATCH}) as matches.csv, in demand input order then
   * rank, score to four places as the CLI writes it.
   *
   * @return the number of rows written
   */
  public static long writeMatchesCsv(Dataset<Row> matches, Path file) throws IOException {
    try (TableWriter table = TableWriter.create(file, MATCHES_COLUMNS)) {
      Iterator<Row> it = matches.orderBy("demand_ord", "rank").toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        table.row(List.of(
            r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getBoolean(6),
            String.format(Locale.ROOT, "%.4f", r.getDouble(7)), r.getString(8), r.getString(9)));
      }
      table.commit();
      return table.rows();
    }
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
}
