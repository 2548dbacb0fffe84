package org.chainmatch.office;

import java.nio.file.Path;
import java.util.Locale;
import org.chainmatch.core.io.TableReader;
import org.chainmatch.office.xlsx.XlsxRowSource;

/**
 * Input tables in the formats people keep them in: a {@link TableReader} that reads {@code .xlsx}
 * workbooks (first sheet, streamed) and everything else as CSV (UTF-8 or GB18030, detected unless
 * the options name the encoding). Use it with {@code
 * LoadOptions.strict().withTableReader(OfficeTables.reader())}; the contract's checks, Chinese
 * header aliases and problem locations (the sheet's row number as the line) are the same for both.
 */
public final class OfficeTables {
  private OfficeTables() {}

  /** Chooses by file extension: {@code .xlsx} (any case) as a workbook, anything else as CSV. */
  public static TableReader reader() {
    return (file, options) -> isWorkbook(file)
        ? XlsxRowSource.open(file, options)
        : TableReader.csv().open(file, options);
  }

  /** Whether {@code file} is read as a workbook. */
  public static boolean isWorkbook(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }
}
