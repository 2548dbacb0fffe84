package org.chainmatch.core.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.Internal;

/**
 * The tab-separated tables that chainmatch bundles or accepts beside the CSV contract (the region
 * table, the product vocabulary, the generator's vocabularies, the industry names of the report),
 * read with commons-csv in one format: no quoting (no value holds a tab), {@code #} comment lines
 * and blank lines skipped, a leading byte-order mark dropped. Each row keeps its 1-based line, so
 * that the callers' errors name file, line, column and value.
 */
@Internal
public final class TsvRows {
  private static final CSVFormat TSV =
      CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#').setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(false).setTrim(false).get();

  /**
   * A row as written.
   *
   * @param line the 1-based line of the file it is on
   * @param fields its tab-separated values, untrimmed
   * @param comment the comment lines just before it, without their {@code #}, trimmed and joined by
   *     {@code \n}; empty when there are none
   */
  public record Row(int line, List<String> fields, String comment) {
    /** Copies the fields. */
    public Row {
      fields = List.copyOf(fields);
      checkNotNull(comment, "comment");
    }

    /** The field in column {@code index} (0-based), or "" past the end of the row. */
    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }

    /** The row as its line read, fields joined by tabs (for error messages). */
    public String text() {
      return String.join("\t", fields);
    }
  }

  private TsvRows() {}

  /**
   * Every row of {@code text} that is neither a comment nor blank (only tabs and spaces), header
   * included, in file order.
   *
   * @throws IOException if the text cannot be read: the reader's own exception, unchanged
   */
  public static List<Row> read(Reader text) throws IOException {
    checkNotNull(text, "text");
    BufferedReader in = text instanceof BufferedReader b ? b : new BufferedReader(text);
    // A byte-order mark would hide a first comment line from the parser.
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(in, TSV)) {
      for (CSVRecord record : parser) {
        List<String> fields = record.toList();
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        // After a record the parser has read through its line, so this is the record's line.
        String comment = record.getComment() == null ? "" : record.getComment();
        rows.add(new Row((int) parser.getCurrentLineNumber(), fields, comment));
      }
    } catch (UncheckedIOException e) {
      // commons-csv's record iterator wraps read failures; the caller gets the reader's own
      // exception (a CharacterCodingException stays one, so a caller can say "not UTF-8").
      throw e.getCause();
    }
    return rows;
  }

  /**
   * As {@link #read(Reader)} for UTF-8 bytes such as a bundled resource, whose read
   * failure is not the caller's to handle.
   *
   * @throws UncheckedIOException if the bytes cannot be read; the message names {@code origin}
   */
  public static List<Row> readUtf8(InputStream bytes, String origin) {
    checkNotNull(bytes, "bytes");
    checkNotNull(origin, "origin");
    try {
      return read(new InputStreamReader(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin, e);
    }
  }
}
