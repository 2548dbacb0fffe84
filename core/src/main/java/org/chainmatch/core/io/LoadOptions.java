package org.chainmatch.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.Charset;
import java.util.Optional;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.UsccPolicy;

/**
 * How the CSV loaders treat bad input.
 *
 * @param lenient false (strict, the default): any bad row rejects the whole file; true: bad rows
 *     are skipped and reported
 * @param usccPolicy whether codes with a failing check character (issued before 2016) are accepted
 *     as irregular; accepted ones are reported as warnings
 * @param regions the division-code table region codes are resolved against
 * @param maxRecordChars the largest record, in characters, the loader reads; a larger one rejects
 *     the file, which bounds memory whatever the input (the parser reads ahead in 8 Ki-character
 *     blocks, so the bound holds to within that much)
 * @param maxColumns the most columns a header may have
 * @param maxProblems how many problems are kept in reports and exceptions (all are counted)
 * @param encoding the text encoding of CSV files; empty (the default) to detect UTF-8 or GB18030
 *     (GBK) per file (streams are read as UTF-8 unless it is set)
 * @param tableReader opens files by path: {@link TableReader#csv()} by default; the office
 *     module's reader adds {@code .xlsx}
 * @param threads how many threads read a large CSV file of enterprises or relations opened by path
 *     (in chunks, with results, problems and line numbers as a single thread gives them; see
 *     {@link EnterpriseCsv}); 1 reads on the caller's thread only. Default: the available
 *     processors
 */
public record LoadOptions(
    boolean lenient,
    UsccPolicy usccPolicy,
    RegionTable regions,
    int maxRecordChars,
    int maxColumns,
    int maxProblems,
    Optional<Charset> encoding,
    TableReader tableReader,
    int threads) {

  /** Default bound on one record: 1 Mi characters (about 3 MB of Chinese text). */
  public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

  /** Default bound on the number of columns. */
  public static final int DEFAULT_MAX_COLUMNS = 256;

  /** Validates the components. */
  public LoadOptions {
    checkNotNull(usccPolicy, "usccPolicy");
    checkNotNull(regions, "regions");
    checkNotNull(encoding, "encoding");
    checkNotNull(tableReader, "tableReader");
    checkArgument(maxRecordChars >= 1024, "maxRecordChars must be >= 1024 but was %s", maxRecordChars);
    checkArgument(maxColumns >= 1, "maxColumns must be >= 1 but was %s", maxColumns);
    checkArgument(maxProblems >= 1, "maxProblems must be >= 1 but was %s", maxProblems);
    checkArgument(threads >= 1, "threads must be >= 1 but was %s", threads);
  }

  /** Strict loading against the bundled region table, rejecting irregular codes. */
  public static LoadOptions strict() {
    return new LoadOptions(
        false,
        UsccPolicy.STRICT,
        RegionTable.bundled(),
        DEFAULT_MAX_RECORD_CHARS,
        DEFAULT_MAX_COLUMNS,
        10_000,
        Optional.empty(),
        TableReader.csv(),
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Lenient loading: bad rows are skipped and reported. Irregular codes are still rejected; accept
   * them explicitly with {@link #withUsccPolicy}.
   */
  public static LoadOptions lenientDefaults() {
    return strict().withLenient(true);
  }

  public LoadOptions withLenient(boolean value) {
    return new LoadOptions(value, usccPolicy, regions, maxRecordChars, maxColumns, maxProblems,
        encoding, tableReader, threads);
  }

  public LoadOptions withUsccPolicy(UsccPolicy value) {
    return new LoadOptions(lenient, value, regions, maxRecordChars, maxColumns, maxProblems,
        encoding, tableReader, threads);
  }

  public LoadOptions withRegions(RegionTable value) {
    return new LoadOptions(lenient, usccPolicy, value, maxRecordChars, maxColumns, maxProblems,
        encoding, tableReader, threads);
  }

  public LoadOptions withMaxProblems(int value) {
    return new LoadOptions(lenient, usccPolicy, regions, maxRecordChars, maxColumns, value,
        encoding, tableReader, threads);
  }

  public LoadOptions withMaxRecordChars(int value) {
    return new LoadOptions(lenient, usccPolicy, regions, value, maxColumns, maxProblems,
        encoding, tableReader, threads);
  }

  /** Reads CSV in {@code value} rather than detecting the encoding. */
  public LoadOptions withEncoding(Charset value) {
    return new LoadOptions(lenient, usccPolicy, regions, maxRecordChars, maxColumns, maxProblems,
        Optional.of(value), tableReader, threads);
  }

  /** Opens files with {@code value}, e.g. one that also reads spreadsheets. */
  public LoadOptions withTableReader(TableReader value) {
    return new LoadOptions(lenient, usccPolicy, regions, maxRecordChars, maxColumns, maxProblems,
        encoding, value, threads);
  }

  /** Reads large CSV files of enterprises and relations with {@code value} threads (1: sequentially). */
  public LoadOptions withThreads(int value) {
    return new LoadOptions(lenient, usccPolicy, regions, maxRecordChars, maxColumns, maxProblems,
        encoding, tableReader, value);
  }
}
