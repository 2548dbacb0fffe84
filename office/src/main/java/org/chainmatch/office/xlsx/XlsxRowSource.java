package org.chainmatch.office.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.chainmatch.core.io.InputProblem;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.core.io.RowSource;
import org.xml.sax.SAXException;

/**
 * The rows of the first sheet of an {@code .xlsx} workbook, streamed: the sheet's XML is pulled
 * row by row (StAX), so memory holds one row, the shared-string table (the workbook's distinct
 * texts) and the styles, never the sheet. {@link #line()} is the sheet's row number, as Excel
 * shows it.
 *
 * <p>Cells become the text the contract expects: strings as they are; numbers in plain notation
 * with at most 15 significant digits (Excel's precision, so 0.1 stays 0.1 and a region code stays
 * 320500, never 320500.0 or 3.205E5); cells formatted as dates as ISO dates (2020-02-20); booleans
 * as true/false; a formula's cached value; error cells as Excel shows them (#N/A), which the
 * column's check then rejects. Empty rows are skipped; missing cells are empty.
 */
public final class XlsxRowSource implements RowSource {
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final String file;
  private final OPCPackage pkg;
  private final InputStream sheet;
  private final XMLStreamReader xml;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final int maxColumns;
  private long line;

  private XlsxRowSource(Path path, LoadOptions options) throws IOException, InputRejectedException {
    this.file = path.toString();
    this.maxColumns = options.maxColumns();
    OPCPackage opened = null;
    InputStream data = null;
    try {
      opened = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(opened);
      this.strings = new ReadOnlySharedStringsTable(opened, false);
      this.styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw rejected(1, "the workbook has no sheet");
      }
      data = sheets.next();
      this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
      this.pkg = opened;
      this.sheet = data;
    } catch (OpenXML4JException | SAXException | XMLStreamException
        | org.apache.poi.UnsupportedFileFormatException e) {
      closeQuietly(data, opened);
      throw rejected(1, "not a readable .xlsx workbook (" + e.getMessage() + ")");
    } catch (IOException | InputRejectedException | RuntimeException e) {
      closeQuietly(data, opened);
      throw e;
    }
  }

  /**
   * Opens the first sheet of {@code file}.
   *
   * @throws InputRejectedException when the file is not a workbook POI can read
   */
  public static RowSource open(Path file, LoadOptions options)
      throws IOException, InputRejectedException {
    return new XlsxRowSource(file, options);
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> next() throws IOException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
          long rowNumber = parseRowNumber(xml.getAttributeValue(null, "r"));
          List<String> cells = readRow();
          line = rowNumber;
          if (cells.stream().anyMatch(c -> !c.isBlank())) {
            return cells;
          }
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw new Malformed(line + 1, "the sheet's XML is broken after row " + line + " ("
          + e.getMessage() + "); the file is not read further");
    }
  }

  private long parseRowNumber(String r) {
    if (r == null) {
      return line + 1;
    }
    try {
      return Long.parseLong(r);
    } catch (NumberFormatException e) {
      return line + 1;
    }
  }

  /** Reads the current {@code <row>} to its end. */
  private List<String> readRow() throws XMLStreamException, Malformed {
    List<String> cells = new ArrayList<>();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        return cells;
      }
      if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int column = ref == null ? cells.size() : columnIndex(ref);
        if (column >= maxColumns) {
          throw new Malformed(line + 1, "a row has a cell in column " + (column + 1)
              + ", beyond the " + maxColumns + " columns a table may have");
        }
        String value = readCell(type, style);
        while (cells.size() < column) {
          cells.add("");
        }
        if (column < cells.size()) {
          cells.set(column, value);
        } else {
          cells.add(value);
        }
      }
    }
    return cells;
  }

  /** Reads the current {@code <c>} to its end and returns its text. */
  private String readCell(String type, String style) throws XMLStreamException {
    StringBuilder v = new StringBuilder();
    StringBuilder inline = new StringBuilder();
    boolean inV = false;
    boolean inT = false;
    int depthRph = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String n = xml.getLocalName();
        if ("v".equals(n)) {
          inV = true;
        } else if ("t".equals(n)) {
          inT = true;
        } else if ("rPh".equals(n)) {
          depthRph++; // phonetic runs are not part of the text
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String n = xml.getLocalName();
        if ("c".equals(n)) {
          break;
        }
        if ("v".equals(n)) {
          inV = false;
        } else if ("t".equals(n)) {
          inT = false;
        } else if ("rPh".equals(n)) {
          depthRph--;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (inV) {
          v.append(xml.getText());
        } else if (inT && depthRph == 0) {
          inline.append(xml.getText());
        }
      }
    }
    String raw = v.toString();
    if (type == null || type.equals("n")) {
      return raw.isEmpty() ? "" : number(raw, style);
    }
    return switch (type) {
      case "s" -> sharedString(raw);
      case "inlineStr" -> inline.toString();
      case "b" -> "1".equals(raw.strip()) ? "true" : "false";
      default -> raw; // "str" (a formula's text), "e" (an error such as #N/A)
    };
  }

  private String sharedString(String index) {
    try {
      return strings.getItemAt(Integer.parseInt(index.strip())).getString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private String number(String raw, String style) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      return raw;
    }
    if (style != null && styles != null) {
      try {
        XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(style));
        if (s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())
            && DateUtil.isValidExcelDate(value.doubleValue())) {
          var dateTime = DateUtil.getLocalDateTime(value.doubleValue());
          return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
              ? dateTime.toLocalDate().toString()
              : dateTime.toString();
        }
      } catch (RuntimeException e) {
        // An unknown style: the number as it is.
      }
    }
    return value.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** Column index (0-based) of a cell reference such as {@code AB12}. */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public String undecodableReason() {
    return InputProblem.UNDECODABLE + "valid text in the workbook";
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing a reader does not fail in practice; the stream below is closed regardless
    } finally {
      try {
        sheet.close();
      } finally {
        pkg.revert();
      }
    }
  }

  private InputRejectedException rejected(long row, String reason) {
    return new InputRejectedException(List.of(new InputProblem(file, row, "", "", reason)), 1);
  }

  private static void closeQuietly(InputStream data, OPCPackage pkg) {
    try {
      if (data != null) {
        data.close();
      }
    } catch (IOException e) {
      // already failing
    }
    if (pkg != null) {
      pkg.revert();
    }
  }
}
