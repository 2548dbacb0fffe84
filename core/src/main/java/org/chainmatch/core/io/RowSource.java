package org.chainmatch.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The records of one table file as text cells, whatever its format: the contract loaders read
 * every format through this, so header aliases, trimming, row checks and problem locations are the
 * same for CSV ({@link CsvRowSource}) and for spreadsheets (the office module reads {@code .xlsx}).
 *
 * <p>A source is read once, by one thread, and closed by its reader.
 */
public interface RowSource extends Closeable {

  /** The file name problems name. */
  String file();

  /**
   * The next record, the header being the first; cells as the file holds them, untrimmed; null at
   * the end. A record with no cells at all (an empty spreadsheet row) may be skipped by the source.
   *
   * @throws Malformed when the structure is broken and nothing after it can be trusted
   * @throws IOException when the file cannot be read
   */
  List<String> next() throws IOException;

  /** Where the record last returned starts: its line in a text file, its row number in a sheet. */
  long line();

  /**
   * Why a cell holding U+FFFD is rejected: the source's text could not be decoded there, e.g.
   * {@code bytes that are not valid UTF-8}.
   */
  default String undecodableReason() {
    return "bytes that are not valid UTF-8";
  }

  /** A structural fault at a position, after which the file is not read further. */
  final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    /**
     * @param line where the fault is (line or row number, 1-based)
     * @param reason what is wrong, for the person who fixes the file
     */
    public Malformed(long line, String reason) {
      super(reason);
      this.line = line;
    }

    /** Where the fault is. */
    public long line() {
      return line;
    }
  }
}
