package org.chainmatch.testkit.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The vocabularies' tab-separated files, read with commons-csv: no quoting (no value holds a tab),
 * {@code #} comment lines and blank lines skipped, a byte-order mark dropped. Each row keeps its
 * line number for error messages.
 */
final class TsvRows {
  private static final CSVFormat TSV =
      CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#').setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(false).setTrim(false).get();

  /** A row: its 1-based line in the file and its fields as written. */
  record Row(int line, List<String> fields) {}

  private TsvRows() {}

  /** Every non-blank, non-comment row of {@code tsv} (UTF-8), header included; {@code what} names it in errors. */
  static List<Row> read(InputStream tsv, String what) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.parse(new InputStreamReader(tsv, StandardCharsets.UTF_8), TSV)) {
      for (CSVRecord record : parser) {
        List<String> fields = new ArrayList<>(record.toList());
        if (rows.isEmpty()) {
          fields.set(0, fields.get(0).replace("\uFEFF", ""));
        }
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        // After a record the parser has read through its line, so this is the record's line.
        rows.add(new Row((int) parser.getCurrentLineNumber(), List.copyOf(fields)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what, e);
    } catch (UncheckedIOException e) {
      // commons-csv's record iterator wraps read failures itself; name the file as above.
      throw new UncheckedIOException("cannot read " + what, e.getCause());
    }
    return rows;
  }
}
