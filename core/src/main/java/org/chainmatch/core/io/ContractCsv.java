package org.chainmatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The loading loop shared by the three contract files: structural checks, per-row mapping, strict
 * and lenient handling.
 */
final class ContractCsv {
  private ContractCsv() {}

  /**
   * Reads every row of {@code in} and passes the good ones to {@code sink}.
   *
   * <p>In strict mode the first bad row stops values reaching the sink, but reading goes on so that
   * every bad row is reported in the exception thrown at the end.
   */
  static <T> LoadReport read(
      InputStream in,
      String file,
      LoadOptions options,
      RowMapper<T> mapper,
      Consumer<? super T> sink)
      throws IOException, InputRejectedException {
    return read(CsvRowSource.open(in, file, options), options, mapper, sink);
  }

  /** Reads {@code file} with the options' {@link TableReader} (CSV unless set otherwise). */
  static <T> LoadReport read(
      java.nio.file.Path file, LoadOptions options, RowMapper<T> mapper, Consumer<? super T> sink)
      throws IOException, InputRejectedException {
    return read(options.tableReader().open(file, options), options, mapper, sink);
  }

  /** Reads every row of {@code source} (closed at the end) as {@link #read(InputStream, String,
   * LoadOptions, RowMapper, Consumer)} does. */
  static <T> LoadReport read(
      RowSource source, LoadOptions options, RowMapper<T> mapper, Consumer<? super T> sink)
      throws IOException, InputRejectedException {
    String file = source.file();
    ProblemLog log = new ProblemLog(options.maxProblems());
    long read = 0;
    long accepted = 0;
    long rejectedRows = 0;
    try (CsvRows rows = new CsvRows(
        source, options, mapper.required(), mapper.known(), mapper.aliases(), log)) {
      RowErrors errors = new RowErrors(rows);
      while (rows.next()) {
        read++;
        errors.clear();
        T value = null;
        String undecodable = rows.undecodableColumn();
        CsvRows.ForbiddenCell control = undecodable == null ? rows.forbiddenCharacter() : null;
        int extra = rows.extraCells();
        if (undecodable != null) {
          errors.addAsWritten(undecodable, "", rows.undecodableReason());
        } else if (control != null) {
          String cell = control.value();
          int at = control.index();
          errors.addAsWritten(control.column(), cell, String.format(
              "control character U+%04X at character %d: control characters (other than tab and"
                  + " line breaks) and bidirectional overrides are not accepted in any cell",
              (int) cell.charAt(at), at + 1));
        } else if (extra > 0) {
          errors.add(
              "",
              String.valueOf(rows.size()),
              "row has " + rows.size() + " cells but the header names " + rows.headerSize());
        } else {
          value = mapper.map(rows, errors);
        }
        errors.warnings().forEach(log::warn);
        if (value == null || !errors.isEmpty()) {
          // A row with several problems is one rejected row.
          rejectedRows += errors.problems().isEmpty() ? 0 : 1;
          errors.problems().forEach(log::reject);
          continue;
        }
        if (options.lenient() || log.rejectionCount() == 0) {
          sink.accept(value);
          accepted++;
        }
      }
    }
    if (!options.lenient() && log.rejectionCount() > 0) {
      throw log.rejected();
    }
    return new LoadReport(file, read, accepted, log.rejections(), rejectedRows, log.warnings());
  }
}
