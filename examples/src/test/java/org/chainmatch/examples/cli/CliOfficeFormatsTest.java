package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs as Chinese Excel exports them and letters as officials send them, end to end. */
class CliOfficeFormatsTest {
  static final Charset GBK = Charset.forName("GBK");
  static final String MAKER = uscc("320505", 1);
  static final String FAR_MAKER = uscc("330106", 2);
  static final String BUYER = uscc("320506", 3);

  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  Path write(String name, Charset charset, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    return f;
  }

  /** A GBK export with Chinese headers: the only maker of 熔喷布 is in 杭州, so a letter goes there. */
  Path gbkEnterprises() throws Exception {
    return write("企业名录.csv", GBK,
        "统一社会信用代码,企业名称,所在地区,主要产品,复工状态,产能,重点企业",
        FAR_MAKER + ",杭州西湖无纺布有限公司,330106,熔喷布,已复工,90,否",
        MAKER + ",苏州吴中纸箱厂,320505,纸箱,已复工,90,否",
        BUYER + ",苏州吴中口罩厂,320506,医用口罩,已复工,100,是");
  }

  @Test
  void aGbkExportWithChineseHeadersMatchesAndYieldsALetterAsDocx() throws Exception {
    Path demands = write("需求.csv", GBK, "需求编号,需求企业,需求内容,数量,单位,需求日期",
        "D1," + BUYER + ",急购熔喷布,20,吨,2020-02-20");
    Path letters = dir.resolve("letters.properties");
    Files.writeString(letters, String.join("\n",
        "# 苏州市工业和信息化局的函件设置",
        "number_pattern=苏工信函〔{year}〕{n}号",
        "first_number=15",
        "disruption=新冠肺炎疫情",
        "contact_name=李四",
        "contact_phone=0512-68610000",
        "copy_to=江苏省工业和信息化厅"), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Cli r = Cli.run("match", "--enterprises", gbkEnterprises(), "--demands", demands, "--city", "320500",
        "--out", out, "--today", "2020-02-17", "--letters-config", letters, "--contact-name", "王五");

    assertThat(r.exit).as(r.toString()).isZero();
    Path docx;
    try (Stream<Path> files = Files.list(out.resolve("letters"))) {
      docx = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
    }
    try (var in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(text).contains(
          "苏州市工业和信息化局",
          "苏工信函〔2020〕15号",
          "关于商请协助保障熔喷布供应的函",
          "杭州市工业和信息化局：",
          "2020年2月17日",
          "（联系人：王五，联系电话：0512-68610000）",
          "抄送：江苏省工业和信息化厅，浙江省工业和信息化厅。");
      assertThat(text).anySatisfy(p -> assertThat(p).startsWith("受新冠肺炎疫情影响，我市1家企业"));
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("杭州西湖无纺布有限公司");
      assertThat(doc.getTables().get(0).getRow(1).getCell(5).getText()).isEqualTo("20吨");
    }
    String md;
    try (Stream<Path> files = Files.list(out.resolve("letters"))) {
      md = Files.readString(files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow());
    }
    assertThat(md).contains("苏工信函〔2020〕15号", "关于商请协助保障熔喷布供应的函", "特此函商，盼复。");
  }

  @Test
  void anXlsxInputIsReadByItsExtension() throws Exception {
    Path e = dir.resolve("企业名录.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(e)) {
      Sheet s = wb.createSheet("企业");
      String[][] rows = {
        {"统一社会信用代码", "企业名称", "所在地区", "主要产品", "复工状态"},
        {FAR_MAKER, "杭州西湖无纺布有限公司", "330106", "熔喷布", "已复工"},
        {BUYER, "苏州吴中口罩厂", "320506", "医用口罩", "已复工"}};
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          row.createCell(j).setCellValue(rows[i][j]);
        }
      }
      wb.write(o);
    }
    Path demands = write("d.csv", StandardCharsets.UTF_8, "id,requester,product", "D1," + BUYER + ",熔喷布");

    Cli r = Cli.run("match", "--enterprises", e, "--demands", demands, "--city", "320500",
        "--out", dir.resolve("out"), "--today", "2020-02-17");

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(Cli.csv(dir.resolve("out/matches.csv"))).first()
        .satisfies(m -> assertThat(m.get("supplier_name")).isEqualTo("杭州西湖无纺布有限公司"));
  }

  @Test
  void aFileInNoKnownEncodingIsRejectedWithAnEncodingHintNotLenient() throws Exception {
    Path e = dir.resolve("e.csv");
    byte[] head = ("uscc,name,region,products\r\n" + MAKER + ",").getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(head, head.length + 12);
    byte[] tail = {(byte) 0xFF, (byte) 0xFF, ',', '3', '2', '0', '5', '0', '5', ',', 'x', '\n'};
    System.arraycopy(tail, 0, all, head.length, tail.length);
    Files.write(e, all);
    Path demands = write("d.csv", StandardCharsets.UTF_8, "id,requester,product", "D1," + MAKER + ",x");

    Cli r = Cli.run("match", "--enterprises", e, "--demands", demands, "--city", "320500",
        "--out", dir.resolve("out"), "--lenient");

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("e.csv:2", "UTF-8", "GB18030", "--encoding").doesNotContain("--lenient");
  }

  @Test
  void anUnknownEncodingNameIsAUsageError() throws Exception {
    Cli r = Cli.run("match", "--enterprises", gbkEnterprises(), "--demands", gbkEnterprises(),
        "--city", "320500", "--out", dir.resolve("out"), "--encoding", "no-such-charset");

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--encoding");
  }

  @Test
  void analyzeRefusesDemandsItWouldIgnore() throws Exception {
    Path e = gbkEnterprises();
    Path rel = write("r.csv", StandardCharsets.UTF_8, "supplier,customer,product", FAR_MAKER + "," + BUYER + ",熔喷布");

    Cli r = Cli.run("analyze", "--enterprises", e, "--relations", rel, "--demands", e,
        "--city", "320500", "--out", dir.resolve("out"));

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--demands", "run");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void shellCompletionIsGeneratedFromTheCommands() {
    Cli r = Cli.run("generate-completion");

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("complete", "match", "analyze", "--enterprises", "--letters-config");
  }

  @Test
  void runWritesReportXlsxUnreachableCsvAndSaysWhatItsCountsCount() throws Exception {
    Path e = gbkEnterprises();
    Path rel = write("r.csv", StandardCharsets.UTF_8, "supplier,customer,product",
        FAR_MAKER + "," + BUYER + ",熔喷布", MAKER + "," + BUYER + ",纸箱");
    Path out = dir.resolve("out");

    Cli r = Cli.run("run", "--enterprises", e, "--relations", rel, "--city", "320500", "--out", out,
        "--today", "2020-02-17");

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(out.resolve("unreachable.csv")).isRegularFile();
    assertThat(Cli.header(out.resolve("unreachable.csv")))
        .containsExactly("demand_id", "requester", "requester_name", "product", "understood", "matches");
    assertThat(r.out).contains("enterprises: 3 (2 in 苏州市, 1 elsewhere)");
    try (var in = Files.newInputStream(out.resolve("report.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("匹配结果");
      assertThat(wb.getSheet("汇总").getRow(1).getCell(0).getStringCellValue()).isEqualTo("企业数（enterprises）");
    }
  }
}
