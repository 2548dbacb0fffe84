package org.chainmatch.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chainmatch.core.Internal;

/**
 * Writes one CSV table safely: RFC 4180 quoting, every cell that a spreadsheet would take for a
 * formula neutralised, and the file published atomically.
 *
 * <p>Rows go to a temporary file beside the target; {@link #commit()} syncs it and moves it into
 * place in one step, so readers see either the old file or the whole new one. Closing without
 * committing deletes the temporary file. Not thread-safe.
 */
@Internal
public final class TableWriter implements Closeable {
  private final AtomicFiles.Pending pending;
  private final FileChannel channel;
  private final BufferedWriter out;
  private final CSVPrinter printer;
  private long rows;

  private TableWriter(AtomicFiles.Pending pending, List<String> header) throws IOException {
    this.pending = pending;
    this.channel = FileChannel.open(pending.temp(), StandardOpenOption.WRITE);
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
            1 << 16);
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    printer.printRecord(header);
  }

  /** Starts a table at {@code target} (created or replaced on commit) with this header row. */
  public static TableWriter create(Path target, List<String> header) throws IOException {
    return new TableWriter(AtomicFiles.begin(target), header);
  }

  /** Writes one row; each cell is written as {@code String.valueOf}, neutralised. */
  public void row(List<?> cells) throws IOException {
    for (Object cell : cells) {
      printer.print(neutralise(String.valueOf(cell)));
    }
    printer.println();
    rows++;
  }

  /** Rows written so far, the header not counted. */
  public long rows() {
    return rows;
  }

  /** Flushes, syncs and moves the table into place. */
  public void commit() throws IOException {
    printer.flush();
    out.flush();
    channel.force(true);
    channel.close();
    pending.commit();
  }

  /** Discards the table unless it was committed. */
  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      pending.close();
    }
  }

  /**
   * Makes a cell safe to open in a spreadsheet: one that starts with {@code = + - @}, a tab or a
   * carriage return is prefixed with an apostrophe, which spreadsheets show as text. Cells are
   * never otherwise changed.
   */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        || c == '＝' || c == '＋' || c == '－' || c == '＠') {
      return "'" + cell;
    }
    return cell;
  }
}
