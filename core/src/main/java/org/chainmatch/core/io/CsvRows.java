package org.chainmatch.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of one contract CSV file: header matched by name case-insensitively, values
 * trimmed (full-width space too), blank lines skipped, every row located by its first line.
 *
 * <p>Structural faults that make the rest of the file untrustworthy (malformed quoting, a record
 * over the size bound, a bad header) end reading with {@link InputRejectedException} in either mode.
 * Invalid UTF-8 is decoded to U+FFFD and reported per cell by {@link #get}'s callers through {@link
 * #invalidUtf8Column()}, so the problem names its line and column.
 */
final class CsvRows implements Closeable {
  static final char REPLACEMENT = '\uFFFD';

  private final String file;
  private final BoundedReader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ProblemLog log;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> headerNames = new ArrayList<>();
  private CSVRecord current;
  private long line;
  private long lastEndLine;

  /**
   * Opens the rows of {@code in}, checking the header against the required and known columns.
   *
   * @param file the file name used in problems
   */
  CsvRows(
      InputStream in,
      String file,
      LoadOptions options,
      Set<String> required,
      Set<String> known,
      ProblemLog log)
      throws IOException, InputRejectedException {
    this.file = file;
    this.log = log;
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.reader = new BoundedReader(new InputStreamReader(in, decoder), options.maxRecordChars());
    CSVFormat format =
        CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();
    this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    this.records = parser.iterator();
    readHeader(options, required, known);
  }

  private void readHeader(LoadOptions options, Set<String> required, Set<String> known)
      throws InputRejectedException {
    CSVRecord header = nextRecord();
    if (header == null) {
      throw log.fatal(new InputProblem(file, 1, "", "", "the file is empty: no header row"));
    }
    if (header.size() > options.maxColumns()) {
      throw log.fatal(
          new InputProblem(
              file,
              1,
              "",
              String.valueOf(header.size()),
              "the header has more than " + options.maxColumns() + " columns"));
    }
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i);
      String name = clean(i == 0 ? stripBom(raw) : raw).toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (columns.putIfAbsent(name, i) != null) {
        throw log.fatal(new InputProblem(file, 1, name, raw, "duplicate column in the header"));
      }
      headerNames.add(name);
      if (!known.contains(name)) {
        log.warn(new InputProblem(file, 1, name, "", "unknown column, ignored"));
      }
    }
    for (String r : required) {
      if (!columns.containsKey(r)) {
        throw log.fatal(
            new InputProblem(file, 1, r, "", "required column is missing from the header"));
      }
    }
  }

  /** Advances to the next non-blank row; false at the end of the file. */
  boolean next() throws InputRejectedException {
    while (true) {
      CSVRecord r = nextRecord();
      if (r == null) {
        current = null;
        return false;
      }
      if (r.size() == 1 && clean(r.get(0)).isEmpty()) {
        continue;
      }
      current = r;
      return true;
    }
  }

  private CSVRecord nextRecord() throws InputRejectedException {
    reader.resetBudget();
    long start = lastEndLine + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord r = records.next();
      line = start;
      lastEndLine = Math.max(start, parser.getCurrentLineNumber());
      return r;
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String reason =
          cause instanceof BoundedReader.RecordTooLargeException
              ? cause.getMessage() + "; the file is not read further"
              : "malformed CSV (" + cause.getMessage() + "); the file is not read further";
      throw log.fatal(new InputProblem(file, start, "", "", reason));
    }
  }

  /** 1-based line on which the current row starts. */
  long line() {
    return line;
  }

  /** The file name. */
  String file() {
    return file;
  }

  /** Number of cells in the current row. */
  int size() {
    return current.size();
  }

  /** Number of named columns in the header. */
  int headerSize() {
    return headerNames.size();
  }

  /** The trimmed value of {@code column} in the current row; empty if absent or missing. */
  String get(String column) {
    Integer i = columns.get(column);
    if (i == null || i >= current.size()) {
      return "";
    }
    return clean(current.get(i));
  }

  /**
   * The first header column whose value in the current row holds bytes that were not valid UTF-8,
   * or null when the row is clean.
   */
  String invalidUtf8Column() {
    for (int i = 0; i < current.size(); i++) {
      if (current.get(i).indexOf(REPLACEMENT) >= 0) {
        for (Map.Entry<String, Integer> e : columns.entrySet()) {
          if (e.getValue() == i) {
            return e.getKey();
          }
        }
        return "#" + (i + 1);
      }
    }
    return null;
  }

  /** The values the current row has beyond the header, or 0. */
  int extraCells() {
    int named = 0;
    for (int i : columns.values()) {
      named = Math.max(named, i + 1);
    }
    int extra = 0;
    for (int i = named; i < current.size(); i++) {
      if (!clean(current.get(i)).isEmpty()) {
        extra++;
      }
    }
    return extra;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /**
   * Trims ASCII and Unicode white space (the full-width space U+3000 included) and stray byte-order
   * marks, which some exports leave in the middle of files.
   */
  static String clean(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return b == 0 && e == s.length() ? s : s.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Splits a multi-valued cell on ';', '；' and '、', dropping empty parts. */
  static List<String> splitMulti(String cell) {
    List<String> out = new ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i == cell.length() || cell.charAt(i) == ';' || cell.charAt(i) == '；' || cell.charAt(i) == '、') {
        String part = clean(cell.substring(start, i));
        if (!part.isEmpty()) {
          out.add(part);
        }
        start = i + 1;
      }
    }
    return out;
  }
}
