package org.chainmatch.office.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.DemandCsv;
import org.chainmatch.core.io.EnterpriseCsv;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.core.io.LoadReport;
import org.chainmatch.office.OfficeTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as people fill them in, read through the contract loaders. */
class XlsxRowSourceTest {
  static final String A = Uscc.withComputedChecks("91320505MA1X0000").value();
  static final String B = Uscc.withComputedChecks("91320506MA1X0000").value();
  static final LoadOptions OPTIONS = LoadOptions.strict().withTableReader(OfficeTables.reader());

  @TempDir Path dir;

  @Test
  void aWorkbookWithChineseHeadersNumbersAndBooleansLoadsAsTheCsvWould() throws Exception {
    Path f = workbook("企业.xlsx", wb -> {
      Sheet s = wb.createSheet("企业名录");
      row(s, 0, "统一社会信用代码", "企业名称", "所在地区", "主要产品", "复工状态", "产能", "重点企业");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(A);
      r.createCell(1).setCellValue("苏州恒力新材料有限公司");
      r.createCell(2).setCellValue(320505); // typed as a number, as Excel does
      r.createCell(3).setCellValue("熔喷布；无纺布");
      r.createCell(4).setCellValue("部分复工");
      r.createCell(5).setCellValue(0.1 * 3 * 100); // 30.000000000000004 in binary
      r.createCell(6).setCellValue(true);
    });
    List<Enterprise> loaded = new ArrayList<>();

    EnterpriseCsv.read(f, OPTIONS, loaded::add);

    assertThat(loaded).singleElement().satisfies(e -> {
      assertThat(e.uscc().value()).isEqualTo(A);
      assertThat(e.region().code()).isEqualTo("320505");
      assertThat(e.products()).containsExactly("熔喷布", "无纺布");
      assertThat(e.status().state()).isEqualTo(OperatingState.PARTIAL);
      assertThat(e.status().capacity()).isEqualTo(30);
      assertThat(e.key()).isTrue();
    });
  }

  @Test
  void dateCellsBecomeIsoDatesAndGapsEmptyCells() throws Exception {
    Path f = workbook("需求.xlsx", wb -> {
      Sheet s = wb.createSheet();
      row(s, 0, "需求编号", "需求企业", "需求内容", "数量", "单位", "需求日期");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("D1");
      r.createCell(1).setCellValue(B);
      r.createCell(2).setCellValue("急购熔喷布");
      // column 3 (数量) left out entirely, as an empty cell is in the file
      r.createCell(4).setCellValue("吨");
      var c = r.createCell(5);
      c.setCellValue(LocalDate.of(2020, 2, 20));
      c.setCellStyle(date);
    });
    List<Demand> loaded = new ArrayList<>();

    DemandCsv.read(f, OPTIONS, code -> code.equals(B) ? Uscc.parse(B) : null, loaded::add);

    assertThat(loaded).singleElement().satisfies(d -> {
      assertThat(d.neededBy()).hasValue(LocalDate.of(2020, 2, 20));
      assertThat(d.quantity()).isEmpty();
      assertThat(d.unit()).isEqualTo("吨");
    });
  }

  @Test
  void aBadCellIsLocatedToItsSheetRowAndHeader() throws Exception {
    Path f = workbook("e.xlsx", wb -> {
      Sheet s = wb.createSheet();
      row(s, 0, "统一社会信用代码", "企业名称", "所在地区", "主要产品");
      row(s, 1, A, "甲", "320505", "熔喷布");
      // row 3 left empty: skipped, and the next row keeps its own number
      row(s, 3, B, "乙", "999999", "口罩");
    });

    LoadReport report = EnterpriseCsv.read(f, OPTIONS.withLenient(true), e -> {});

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith("e.xlsx");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo("所在地区");
      assertThat(p.value()).isEqualTo("999999");
    });
  }

  @Test
  void aFileThatIsNotAWorkbookIsRejectedNotCrashedOn() throws Exception {
    Path f = dir.resolve("fake.xlsx");
    Files.writeString(f, "uscc,name\n");

    assertThatThrownBy(() -> EnterpriseCsv.read(f, OPTIONS, e -> {}))
        .isInstanceOfSatisfying(InputRejectedException.class, e ->
            assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.reason()).contains(".xlsx")));
  }

  @Test
  void otherExtensionsAreReadAsCsv() throws Exception {
    Path f = dir.resolve("e.txt");
    Files.writeString(f, "uscc,name,region,products\n" + A + ",甲,320505,熔喷布\n");
    List<Enterprise> loaded = new ArrayList<>();

    EnterpriseCsv.read(f, OPTIONS, loaded::add);

    assertThat(loaded).hasSize(1);
  }

  @Test
  void columnLettersCountAsExcelDoes() {
    assertThat(XlsxRowSource.columnIndex("A1")).isZero();
    assertThat(XlsxRowSource.columnIndex("Z9")).isEqualTo(25);
    assertThat(XlsxRowSource.columnIndex("AA10")).isEqualTo(26);
    assertThat(XlsxRowSource.columnIndex("XFD1")).isEqualTo(16383);
  }

  interface Filler {
    void fill(XSSFWorkbook wb);
  }

  Path workbook(String name, Filler filler) throws Exception {
    Path f = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      filler.fill(wb);
      wb.write(out);
    }
    return f;
  }

  static void row(Sheet s, int index, String... values) {
    Row r = s.createRow(index);
    for (int i = 0; i < values.length; i++) {
      r.createCell(i).setCellValue(values[i]);
    }
  }
}
