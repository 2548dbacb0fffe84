package org.chainmatch.office.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.outreach.Need;
import org.chainmatch.outreach.OutreachItem;
import org.chainmatch.outreach.OutreachReason;
import org.chainmatch.outreach.OutreachRequest;
import org.chainmatch.outreach.Priority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.xlsx written and read back: sheets, Chinese headers and statuses, typed cells, layout. */
class ReportWorkbookTest {
  static final RegionTable REGIONS = RegionTable.bundled();
  static final RegionCode SUZHOU = REGIONS.resolveCity("320500");
  /** A stopped maker of 熔喷布 in 杭州 and its customer in 苏州, which therefore is blocked. */
  static final Enterprise STOPPED = enterprise(1, "330106", "=HYPERLINK(\"http://x\")无纺布厂",
      "熔喷布", OperatingStatus.of(OperatingState.SUSPENDED));
  static final Enterprise BUYER = enterprise(2, "320506", "苏州吴中口罩厂", "医用口罩",
      OperatingStatus.of(OperatingState.RESUMED));
  static final Enterprise OTHER = enterprise(3, "330106", "杭州西湖新材料有限公司", "熔喷布",
      OperatingStatus.of(OperatingState.PARTIAL, 60));

  @TempDir static Path dir;
  static XSSFWorkbook wb;

  static Enterprise enterprise(int n, String region, String name, String product, OperatingStatus s) {
    return Enterprise.builder(Uscc.withComputedCheck("91" + region + String.format("MA%07d", n)),
        name, REGIONS.resolve(region)).product(product).status(s).key(n == 2).build();
  }

  @BeforeAll
  static void writeAndReadBack() throws Exception {
    SupplyGraph graph = SupplyGraph.of(List.of(STOPPED, BUYER, OTHER),
        List.of(SupplyRelation.of(STOPPED.uscc(), BUYER.uscc(), "熔喷布")));
    ResumptionReport analysis = ResumptionAnalysis.of(graph, SUZHOU).analyze();
    Demand demand = Demand.of("D1", BUYER.uscc(), "急购熔喷布二十吨").withQuantity(20, "吨")
        .withNeededBy(LocalDate.of(2020, 2, 20));
    MatchResult result = new MatchResult(demand, "熔喷布",
        List.of(new Match(1, OTHER, 0.8123, List.of()), new Match(2, STOPPED, 0.5, List.of())));
    OutreachRequest request = new OutreachRequest("OR-330100-20200217", REGIONS.resolve("330100"),
        "杭州市工业和信息化局", LocalDate.of(2020, 2, 17), List.of(new OutreachItem(OTHER, "熔喷布",
            OutreachReason.EXPAND, List.of(new Need(demand, BUYER)), 0.7, Priority.HIGH)));
    Map<Uscc, Enterprise> all = Map.of(STOPPED.uscc(), STOPPED, BUYER.uscc(), BUYER, OTHER.uscc(), OTHER);
    Path file = dir.resolve("report.xlsx");

    ReportWorkbook.of(SUZHOU, u -> Optional.ofNullable(all.get(u)))
        .analysis(analysis).matches(List.of(result)).outreach(List.of(request))
        .summary("enterprises", 3).summary("demands", 1).summary("city", "320500 苏州市")
        .write(file);

    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
  }

  @Test
  void theSheetsComeInOrderWithChineseHeaders() {
    assertThat(wb.getNumberOfSheets()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(wb.getSheetName(i)).isEqualTo(ReportWorkbook.SHEETS.get(i));
    }
    assertThat(header(wb.getSheet("匹配结果"))).containsExactlyElementsOf(ReportWorkbook.MATCH_COLUMNS);
    assertThat(header(wb.getSheet("外联事项"))).containsExactlyElementsOf(ReportWorkbook.OUTREACH_COLUMNS);
  }

  @Test
  void everySheetHasAFrozenHeaderAFilterAndSetWidths() {
    for (int i = 0; i < 10; i++) {
      XSSFSheet s = wb.getSheetAt(i);
      assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(s.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
      assertThat(s.getColumnWidth(0)).isGreaterThan(256 * 5);
    }
  }

  @Test
  void theKeyEnterpriseChainSheetShowsItsStoppedOutOfCitySupplier() {
    // 苏州吴中口罩厂 is the only key enterprise; its one supplier (tier 1) is stopped and in 杭州,
    // so its 熔喷布 input is its own breakpoint and tier 1 works 0%.
    XSSFSheet sheet = wb.getSheet("链主企业");
    assertThat(header(sheet)).containsExactlyElementsOf(ReportWorkbook.KEY_CHAIN_COLUMNS);
    assertThat(sheet.getLastRowNum()).isEqualTo(1);
    Row row = sheet.getRow(1);
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("苏州吴中口罩厂");
    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1); // own breakpoints
    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1); // upstream enterprises
    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.0); // working share
    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1); // stopped
    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1); // out of city
    assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(0.0); // tier 1 working share
    assertThat(row.getCell(11).getStringCellValue()).isEmpty(); // no tier 2
  }

  @Test
  void theIndustryChainSheetCountsEveryEnterpriseOnce() {
    XSSFSheet sheet = wb.getSheet("产业链");
    assertThat(header(sheet)).containsExactlyElementsOf(ReportWorkbook.INDUSTRY_CHAIN_COLUMNS);
    double enterprises = 0;
    double breakpoints = 0;
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      enterprises += sheet.getRow(r).getCell(1).getNumericCellValue();
      breakpoints += sheet.getRow(r).getCell(9).getNumericCellValue();
    }
    assertThat(enterprises).isEqualTo(3);
    assertThat(breakpoints).isEqualTo(1);
  }

  @Test
  void matchRowsHoldNumbersAsNumbersAndStatusesInChinese() {
    Row first = wb.getSheet("匹配结果").getRow(1);
    assertThat(first.getCell(0).getStringCellValue()).isEqualTo("D1");
    assertThat(first.getCell(1).getStringCellValue()).isEqualTo("苏州吴中口罩厂");
    assertThat(first.getCell(3).getStringCellValue()).isEqualTo("熔喷布");
    assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.0);
    assertThat(first.getCell(7).getStringCellValue()).isEqualTo("浙江省杭州市西湖区");
    assertThat(first.getCell(9).getStringCellValue()).isEqualTo("否");
    assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(0.8123);
    assertThat(first.getCell(11).getStringCellValue()).isEqualTo("部分复工（产能60%）");
    assertThat(first.getCell(12).getStringCellValue()).isEqualTo("熔喷布");
  }

  @Test
  void aNameThatLooksLikeAFormulaIsAStringCell() {
    Row second = wb.getSheet("匹配结果").getRow(2);
    assertThat(second.getCell(5).getCellType()).isEqualTo(CellType.STRING);
    assertThat(second.getCell(5).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")无纺布厂");
    assertThat(second.getCell(11).getStringCellValue()).isEqualTo("未复工");
  }

  @Test
  void theAnalysisSheetsListTheBlockedInputAndTheBreakpoint() {
    Row blocked = wb.getSheet("受阻企业").getRow(1);
    assertThat(blocked.getCell(0).getStringCellValue()).isEqualTo("苏州吴中口罩厂");
    assertThat(blocked.getCell(3).getStringCellValue()).isEqualTo("是");
    assertThat(blocked.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(blocked.getCell(5).getNumericCellValue()).isZero();
    Row bp = wb.getSheet("断点").getRow(1);
    assertThat(bp.getCell(5).getStringCellValue()).isEqualTo("熔喷布");
    assertThat(bp.getCell(6).getStringCellValue()).isEqualTo(STOPPED.name());
    assertThat(wb.getSheet("优先复工").getRow(1).getCell(1).getStringCellValue()).isEqualTo(STOPPED.name());
  }

  @Test
  void outreachRowsCarryQuantityAsANumberAndTheDateAsADate() {
    Row r = wb.getSheet("外联事项").getRow(1);
    assertThat(r.getCell(6).getStringCellValue()).isEqualTo("协调扩产");
    assertThat(r.getCell(7).getStringCellValue()).isEqualTo("高");
    assertThat(r.getCell(10).getNumericCellValue()).isEqualTo(20.0);
    assertThat(r.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 2, 20));
  }

  @Test
  void theSummaryLabelsCountsInChinese() {
    XSSFSheet s = wb.getSheet("汇总");
    assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("企业数（enterprises）");
    assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
    assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("320500 苏州市");
  }

  static List<String> header(XSSFSheet s) {
    List<String> out = new java.util.ArrayList<>();
    s.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }
}
