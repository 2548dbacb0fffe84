package org.chainmatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The loading loop shared by the three contract files: structural checks, per-row mapping, strict
 * and lenient handling.
 *
 * <p>Loading is two halves: {@link #mapRow} checks and maps one row on its own (it may run on any
 * thread), and {@link Ordered} takes the mapped rows in file order (duplicates, the strict/lenient
 * decision, the problem log, the sink). The sequential loop and {@link ParallelCsv} both go through
 * them, so a parallel read gives what a sequential one does.
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

  /**
   * Reads {@code file} with the options' {@link TableReader} (CSV unless set otherwise); a large CSV
   * file with several threads when the mapper allows it (see {@link ParallelCsv}).
   */
  static <T> LoadReport read(
      Path file, LoadOptions options, RowMapper<T> mapper, Consumer<? super T> sink)
      throws IOException, InputRejectedException {
    RowSource source = options.tableReader().open(file, options);
    if (ParallelCsv.applies(source, options, mapper)) {
      CsvRowSource csv = (CsvRowSource) source;
      source.close();
      return ParallelCsv.read(
          csv.path(), csv.file(), csv.charset(), options, mapper, sink, ParallelCsv.CHUNK_BYTES);
    }
    return read(source, options, mapper, sink);
  }

  /** Reads every row of {@code source} (closed at the end) as {@link #read(InputStream, String,
   * LoadOptions, RowMapper, Consumer)} does. */
  static <T> LoadReport read(
      RowSource source, LoadOptions options, RowMapper<T> mapper, Consumer<? super T> sink)
      throws IOException, InputRejectedException {
    ProblemLog log = new ProblemLog(options.maxProblems());
    Ordered<T> out;
    try (CsvRows rows = new CsvRows(
        source, options, mapper.required(), mapper.known(), mapper.aliases(), log)) {
      out = new Ordered<>(rows, options, mapper, log, sink);
      readRows(rows, mapper, out);
    }
    return out.finish();
  }

  /** Maps every remaining row of {@code rows} into {@code out}. */
  static <T> void readRows(CsvRows rows, RowMapper<T> mapper, Ordered<T> out)
      throws IOException, InputRejectedException {
    RowErrors errors = new RowErrors(rows);
    while (rows.next()) {
      errors.clear();
      T value = mapRow(rows, errors, mapper);
      out.take(value, errors.claimed(), rows.line(), errors.problems(), errors.warnings());
    }
  }

  /**
   * Checks the current row's cells and maps it; problems and warnings go to {@code errors}.
   *
   * @return the value, or null when the row is rejected
   */
  static <T> T mapRow(CsvRows rows, RowErrors errors, RowMapper<T> mapper) {
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
      return mapper.map(rows, errors);
    }
    return null;
  }

  /**
   * The half of loading that needs the rows in file order: the unique column, the problem log,
   * strict or lenient acceptance, the sink, the counts. Used by one thread.
   */
  static final class Ordered<T> {
    private final String file;
    private final LoadOptions options;
    private final ProblemLog log;
    private final Consumer<? super T> sink;
    private final Set<String> seen = new HashSet<>();
    private final String uniqueColumn;
    private final String uniqueReason;
    private long read;
    private long accepted;
    private long rejectedRows;

    /** @param header the file's rows, for its name and the header's own column names */
    Ordered(
        CsvRows header,
        LoadOptions options,
        RowMapper<T> mapper,
        ProblemLog log,
        Consumer<? super T> sink) {
      this.file = header.file();
      this.options = options;
      this.log = log;
      this.sink = sink;
      RowMapper.UniqueColumn unique = mapper.uniqueColumn();
      this.uniqueColumn = unique == null ? null : header.displayName(unique.column());
      this.uniqueReason = unique == null ? null : unique.reason();
    }

    /**
     * Takes the next row of the file.
     *
     * @param value the mapped value, or null when the row has problems
     * @param claimed the row's value of the unique column, or null
     * @param line where the row starts
     * @param problems why the row is rejected; empty when it is not
     * @param warnings what is accepted but worth telling
     */
    void take(
        T value,
        String claimed,
        long line,
        List<InputProblem> problems,
        List<InputProblem> warnings) {
      read++;
      for (int i = 0; i < warnings.size(); i++) {
        log.warn(warnings.get(i));
      }
      if (claimed != null && !seen.add(claimed)) {
        // As its first problem: the row's other checks come after its code's.
        List<InputProblem> all = new ArrayList<>(problems.size() + 1);
        all.add(new InputProblem(file, line, uniqueColumn, claimed, uniqueReason));
        all.addAll(problems);
        problems = all;
        value = null;
      }
      if (value == null || !problems.isEmpty()) {
        // A row with several problems is one rejected row.
        rejectedRows += problems.isEmpty() ? 0 : 1;
        for (int i = 0; i < problems.size(); i++) {
          log.reject(problems.get(i));
        }
        return;
      }
      if (options.lenient() || log.rejectionCount() == 0) {
        sink.accept(value);
        accepted++;
      }
    }

    /**
     * The report of the rows taken.
     *
     * @throws InputRejectedException in strict mode when any row was rejected
     */
    LoadReport finish() throws InputRejectedException {
      if (!options.lenient() && log.rejectionCount() > 0) {
        throw log.rejected();
      }
      return new LoadReport(file, read, accepted, log.rejections(), rejectedRows, log.warnings());
    }
  }
}
