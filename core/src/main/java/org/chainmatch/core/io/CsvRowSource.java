package org.chainmatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an RFC 4180 CSV file (commons-csv), read in one encoding with undecodable bytes
 * turned into U+FFFD (so that the row, not the file, is rejected), each record bounded in size.
 */
final class CsvRowSource implements RowSource {
  private final String file;
  private final Path path;
  private final Charset charset;
  private final BoundedReader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final long lineBase;
  private long line;
  private long lastEndLine;
  private long recordCount;

  CsvRowSource(InputStream in, String file, Charset charset, LoadOptions options) throws IOException {
    this(in, file, null, charset, options.maxRecordChars(), 0);
  }

  /**
   * @param path the file {@code in} reads, or null for a stream (see {@link #path()})
   * @param recordBudget the most characters read for one record
   * @param lineBase the lines before the first byte of {@code in}: its first line is {@code
   *     lineBase + 1}
   */
  CsvRowSource(
      InputStream in, String file, Path path, Charset charset, long recordBudget, long lineBase)
      throws IOException {
    this.file = file;
    this.path = path;
    this.charset = charset;
    this.lineBase = lineBase;
    this.lastEndLine = lineBase;
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.reader = new BoundedReader(new InputStreamReader(in, decoder), recordBudget);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();
    this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    this.records = parser.iterator();
  }

  /**
   * Opens {@code file} in the options' encoding, or in the detected one (UTF-8 or GB18030; see
   * {@link TextEncoding}).
   */
  static RowSource open(Path file, LoadOptions options) throws IOException, InputRejectedException {
    Charset charset = options.encoding().isPresent()
        ? options.encoding().get()
        : TextEncoding.detect(file, file.toString(), options.threads());
    InputStream in = Files.newInputStream(file);
    try {
      return new CsvRowSource(in, file.toString(), file, charset, options.maxRecordChars(), 0);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Opens a stream in the options' encoding, UTF-8 when none is set (a stream is not sniffed). */
  static RowSource open(InputStream in, String file, LoadOptions options) throws IOException {
    return new CsvRowSource(in, file, options.encoding().orElse(StandardCharsets.UTF_8), options);
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> next() throws IOException {
    reader.resetBudget();
    long start = lastEndLine + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord r = records.next();
      line = start;
      recordCount++;
      lastEndLine = Math.max(start, lineBase + parser.getCurrentLineNumber());
      return Arrays.asList(r.values());
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String reason = cause instanceof BoundedReader.RecordTooLargeException
          ? cause.getMessage() + "; the file is not read further"
          : "malformed CSV (" + cause.getMessage() + "); the file is not read further";
      throw new Malformed(start, reason);
    }
  }

  @Override
  public long line() {
    return line;
  }

  /** The line on which the last record read ends (or {@code lineBase} before any). */
  long lastLine() {
    return lastEndLine;
  }

  /** The records returned so far, the header and blank lines included. */
  long records() {
    return recordCount;
  }

  /** The file this source reads when it was opened by path, else null. */
  Path path() {
    return path;
  }

  /** The encoding this source decodes. */
  Charset charset() {
    return charset;
  }

  @Override
  public String undecodableReason() {
    return InputProblem.UNDECODABLE + "valid " + (charset.equals(TextEncoding.GB18030) ? "GB18030" : charset.name());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
