package org.chainmatch.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rows of one contract table from a {@link RowSource}: header matched by name
 * case-insensitively (Chinese aliases mapped to the contract's names), values trimmed (full-width
 * space too), blank lines skipped, every row located by its first line (or sheet row).
 *
 * <p>Structural faults that make the rest of the file untrustworthy (malformed quoting, a record
 * over the size bound, a bad header) end reading with {@link InputRejectedException} in either mode.
 * Undecodable bytes are decoded to U+FFFD and reported per cell by {@link #get}'s callers through
 * {@link #undecodableColumn()}, so the problem names its line and column.
 */
final class CsvRows implements Closeable {
  static final char REPLACEMENT = '\uFFFD';

  private final RowSource source;
  private final String file;
  private final ProblemLog log;
  private final Map<String, Integer> columns = new HashMap<>();
  private final Map<String, String> headerText = new HashMap<>();
  private final List<String> headerNames = new ArrayList<>();
  private List<String> current;
  private long line;

  /**
   * Opens the rows of a CSV stream, checking the header against the required and known columns.
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
    this(CsvRowSource.open(in, file, options), options, required, known, Map.of(), log);
  }

  /**
   * Reads the rows of {@code source}, checking the header against the required and known columns.
   *
   * @param aliases header names (lower case) that stand for a contract column, e.g. 企业名称 → name
   */
  CsvRows(
      RowSource source,
      LoadOptions options,
      Set<String> required,
      Set<String> known,
      Map<String, String> aliases,
      ProblemLog log)
      throws IOException, InputRejectedException {
    this.source = source;
    this.file = source.file();
    this.log = log;
    try {
      readHeader(options, required, known, aliases);
    } catch (IOException | InputRejectedException | RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /**
   * Reads the data rows of {@code source}, a part of a file after its header, with the header of
   * {@code header}: the source holds no header row.
   *
   * @param log receives a structural fault of the source
   */
  CsvRows(RowSource source, CsvRows header, ProblemLog log) {
    this.source = source;
    this.file = source.file();
    this.log = log;
    columns.putAll(header.columns);
    headerText.putAll(header.headerText);
    headerNames.addAll(header.headerNames);
  }

  /** The source read. */
  RowSource source() {
    return source;
  }

  private void readHeader(
      LoadOptions options, Set<String> required, Set<String> known, Map<String, String> aliases)
      throws IOException, InputRejectedException {
    List<String> header = nextRecord();
    if (header == null) {
      throw log.fatal(new InputProblem(file, 1, "", "", "the file is empty: no header row"));
    }
    long headerLine = line;
    if (header.size() > options.maxColumns()) {
      throw log.fatal(
          new InputProblem(
              file,
              headerLine,
              "",
              String.valueOf(header.size()),
              "the header has more than " + options.maxColumns() + " columns"));
    }
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i);
      String written = clean(i == 0 ? stripBom(raw) : raw);
      String lower = written.toLowerCase(Locale.ROOT);
      if (lower.isEmpty()) {
        continue;
      }
      String name = aliases.getOrDefault(lower, lower);
      if (columns.putIfAbsent(name, i) != null) {
        String both = headerText.get(name).equals(written) ? "" : " (as " + headerText.get(name) + ")";
        throw log.fatal(new InputProblem(file, headerLine, written, raw,
            "duplicate column in the header" + both));
      }
      headerText.put(name, written);
      headerNames.add(name);
      if (!known.contains(name)) {
        log.warn(new InputProblem(file, headerLine, written, "", "unknown column, ignored"));
      }
    }
    for (String r : required) {
      if (!columns.containsKey(r)) {
        throw log.fatal(
            new InputProblem(file, headerLine, r, "", "required column is missing from the header"
                + aliasNote(r, aliases)));
      }
    }
  }

  private static String aliasNote(String column, Map<String, String> aliases) {
    List<String> names = new ArrayList<>();
    aliases.forEach((alias, name) -> {
      if (name.equals(column)) {
        names.add(alias);
      }
    });
    names.sort(null);
    return names.isEmpty() ? "" : " (also accepted as " + String.join(", ", names) + ")";
  }

  /** Advances to the next non-blank row; false at the end of the file. */
  boolean next() throws IOException, InputRejectedException {
    while (true) {
      List<String> r = nextRecord();
      if (r == null) {
        current = null;
        return false;
      }
      if (r.isEmpty() || r.size() == 1 && clean(r.get(0)).isEmpty()) {
        continue;
      }
      current = r;
      return true;
    }
  }

  private List<String> nextRecord() throws IOException, InputRejectedException {
    try {
      List<String> r = source.next();
      line = source.line();
      return r;
    } catch (RowSource.Malformed e) {
      throw log.fatal(new InputProblem(file, e.line(), "", "", e.getMessage()));
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

  /**
   * The header's own text for a contract column (e.g. 企业名称 for {@code name}) when the header used
   * an alias, else the contract name: problems name columns as the file does.
   */
  String displayName(String column) {
    String written = headerText.get(column);
    return written == null || written.equalsIgnoreCase(column) ? column : written;
  }

  /** Why an undecodable cell is rejected, in the source's terms. */
  String undecodableReason() {
    return source.undecodableReason();
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
   * The first header column whose value in the current row holds bytes that could not be decoded,
   * or null when the row is clean.
   */
  String undecodableColumn() {
    for (int i = 0; i < current.size(); i++) {
      if (current.get(i).indexOf(REPLACEMENT) >= 0) {
        for (Map.Entry<String, Integer> e : columns.entrySet()) {
          if (e.getValue() == i) {
            return displayName(e.getKey());
          }
        }
        return "#" + (i + 1);
      }
    }
    return null;
  }

  /**
   * The first cell of the current row holding a {@linkplain ControlCharacters forbidden control
   * character}, or null.
   */
  ForbiddenCell forbiddenCharacter() {
    for (int i = 0; i < current.size(); i++) {
      String cell = current.get(i);
      int at = ControlCharacters.indexOfForbidden(cell);
      if (at >= 0) {
        String column = "#" + (i + 1);
        for (Map.Entry<String, Integer> e : columns.entrySet()) {
          if (e.getValue() == i) {
            column = displayName(e.getKey());
          }
        }
        return new ForbiddenCell(column, cell, at);
      }
    }
    return null;
  }

  /** A cell holding a forbidden character: its column as written, its text, the 0-based index. */
  record ForbiddenCell(String column, String value, int index) {}

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
    source.close();
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /**
   * Trims ASCII and Unicode white space (the full-width space U+3000 included) and stray byte-order
   * marks, which some exports leave in the middle of files, and folds each run of tabs and line
   * breaks inside a cell into one space: a value is one line of text in every output.
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
    String trimmed = b == 0 && e == s.length() ? s : s.substring(b, e);
    return hasBreak(trimmed) ? trimmed.replaceAll("[\\t\\r\\n]+", " ") : trimmed;
  }

  private static boolean hasBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
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
