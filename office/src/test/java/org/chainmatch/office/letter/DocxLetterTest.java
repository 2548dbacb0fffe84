package org.chainmatch.office.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.chainmatch.outreach.LetterContent;
import org.chainmatch.outreach.LetterContent.Attachment;
import org.chainmatch.outreach.LetterContent.Kind;
import org.chainmatch.outreach.LetterContent.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;

/** A letter written as .docx and read back with POI: every element of a 函 where GB/T 9704 puts it. */
class DocxLetterTest {
  static final LetterContent LETTER = new LetterContent(
      "OR-330100-20200217",
      "苏州市工业和信息化局",
      "苏工信函〔2020〕7号",
      "关于商请协助保障熔喷布供应的函",
      "杭州市经济和信息化局",
      List.of(
          new Paragraph(Kind.TEXT, "受新冠肺炎疫情影响，我市1家企业生产所需的部分原材料供应受阻。"),
          new Paragraph(Kind.HEADING, "一、原供应企业"),
          new Paragraph(Kind.TEXT, "杭州甲无纺布有限公司已复工复产。商请贵局为上述企业产品运输提供物流保障。"),
          new Paragraph(Kind.TEXT, "特此函商，盼复。")),
      List.of(
          new Attachment("商请协助保障事项清单", List.of("序号", "供应企业", "产品", "数量"),
              List.of(List.of("1", "杭州甲无纺布有限公司", "熔喷布", "20吨"))),
          new Attachment("物流保障车辆通行信息表", List.of("序号", "品名", "车牌号", "驾驶员"),
              List.of(List.of("1", "熔喷布", "", "")))),
      "苏州市工业和信息化局",
      LocalDate.of(2020, 2, 17),
      "联系人：张三，联系电话：0512-68610000",
      List.of("浙江省经济和信息化厅"));

  static XWPFDocument doc;
  static List<XWPFParagraph> paragraphs;

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    doc = new XWPFDocument(new ByteArrayInputStream(DocxLetter.toBytes(LETTER)));
    paragraphs = doc.getParagraphs();
  }

  @Test
  void thePageIsA4WithTheStandardsMarginsAndA22By28Grid() {
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    assertThat(twips(sect.getPgSz().getW())).isEqualTo(11906);
    assertThat(twips(sect.getPgSz().getH())).isEqualTo(16838);
    assertThat(twips(sect.getPgMar().getTop())).as("37 mm").isEqualTo(2098);
    assertThat(twips(sect.getPgMar().getLeft())).as("28 mm").isEqualTo(1587);
    assertThat(11906 - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight()))
        .as("版心 156 mm wide").isBetween(8843, 8845);
    assertThat(16838 - twips(sect.getPgMar().getTop()) - twips(sect.getPgMar().getBottom()))
        .as("版心 225 mm high").isBetween(12755, 12757);
    assertThat(sect.getDocGrid().getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
    assertThat(sect.getDocGrid().getLinePitch().intValue() * 22).as("22 lines fill 225 mm")
        .isBetween(12756 - 22, 12756);
    double charPitchPt = 16 + sect.getDocGrid().getCharSpace().intValue() / 4096.0;
    assertThat(charPitchPt * 20 * 28).as("28 characters fill 156 mm").isCloseTo(8844, within(3));
    assertThat(charPitchPt * 20 * 28).as("and not one twip more, or 27 would fit")
        .isLessThanOrEqualTo(8844);
  }

  @Test
  void theGridIsMeasuredFromANormalStyleIn3hao() {
    // LibreOffice takes the grid's character pitch from the Normal style (12 pt when there is
    // none, which made the 28-character grid 17 characters a line).
    var normal = doc.getStyles().getStyle("Normal");
    assertThat(normal).isNotNull();
    assertThat(normal.getCTStyle().getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
    assertThat(normal.getCTStyle().getDefault()).as("the default paragraph style").isIn(true, "1", "true", "on");
  }

  @Test
  void bodyGlyphsAreNarrowEnoughForOneGridCellEach() {
    // 16 pt glyphs in a 15.79 pt cell take two cells in LibreOffice; at 98 % they take one.
    double cellPt = 16 + DocxLetter.CHAR_SPACE / 4096.0;
    for (Paragraph p : LETTER.body()) {
      XWPFRun r = paragraphs.get(indexOf(p.text())).getRuns().get(0);
      assertThat(16 * r.getTextScale() / 100.0).as(p.text()).isLessThanOrEqualTo(cellPt);
    }
  }

  @Test
  void theLetterheadIsTheIssuerInRedOverARedDoubleLine() {
    XWPFParagraph head = paragraphs.get(0);
    assertThat(head.getText()).isEqualTo("苏州市工业和信息化局");
    assertThat(head.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    XWPFRun r = head.getRuns().get(0);
    assertThat(r.getColor()).isEqualTo("FF0000");
    assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
    assertThat(head.getBorderBottom()).isEqualTo(Borders.THICK_THIN_SMALL_GAP);
    assertThat(head.getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue()).isEqualTo("FF0000");
  }

  @Test
  void theNumberStandsFlushRightUnderTheLine() {
    XWPFParagraph number = paragraphs.get(1);
    assertThat(number.getText()).isEqualTo("苏工信函〔2020〕7号");
    assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
  }

  @Test
  void theTitleIsCentredTwoLinesBelowIn2haoXiaobiaosong() {
    int t = indexOf("关于商请协助保障熔喷布供应的函");
    assertThat(t).isEqualTo(4);
    assertThat(paragraphs.subList(2, 4)).allSatisfy(p -> assertThat(p.getText()).isEmpty());
    XWPFParagraph title = paragraphs.get(t);
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    XWPFRun r = title.getRuns().get(0);
    assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
    assertThat(r.getFontSizeAsDouble()).isEqualTo(22.0);
  }

  @Test
  void theAddresseeFollowsFlushLeftWithAFullWidthColon() {
    XWPFParagraph to = paragraphs.get(indexOf("杭州市经济和信息化局：") );
    assertThat(to.getIndentationFirstLine()).isLessThanOrEqualTo(0);
    assertThat(indexOf("杭州市经济和信息化局：")).isEqualTo(indexOf("关于商请协助保障熔喷布供应的函") + 2);
  }

  @Test
  void theBodyIsInFangsong3haoIndentedTwoCharactersWithHeadingsInHeiti() {
    for (Paragraph p : LETTER.body()) {
      XWPFParagraph para = paragraphs.get(indexOf(p.text()));
      XWPFRun r = para.getRuns().get(0);
      assertThat(r.getFontSizeAsDouble()).isEqualTo(16.0);
      assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia))
          .isEqualTo(p.kind() == Kind.HEADING ? "黑体" : "仿宋_GB2312");
      assertThat(r.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
      assertThat(para.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
    }
  }

  @Test
  void theAttachmentNoteListsBothAttachmentsAfterTheBody() {
    int note = indexOf("附件：1. 商请协助保障事项清单");
    assertThat(note).isGreaterThan(indexOf("特此函商，盼复。"));
    assertThat(paragraphs.get(note + 1).getText()).isEqualTo("2. 物流保障车辆通行信息表");
  }

  @Test
  void theSignatureIsCentredOverTheDateWhichStandsFourCharactersFromTheRight() {
    int date = indexOf("2020年2月17日");
    XWPFParagraph signature = paragraphs.get(date - 1);
    assertThat(signature.getText()).isEqualTo("苏州市工业和信息化局");
    assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(paragraphs.get(date).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(paragraphs.get(date).getCTP().getPPr().getInd().getRightChars())
        .isEqualTo(BigInteger.valueOf(400));
    // The date is 6.5 characters wide (digits count half), the name 10: centred over the date,
    // the name stands 4 - (10 - 6.5) / 2 = 2.25 characters from the right.
    assertThat(signature.getCTP().getPPr().getInd().getRightChars()).isEqualTo(BigInteger.valueOf(225));
    assertThat(date).isGreaterThan(indexOf("2. 物流保障车辆通行信息表") + 2);
  }

  @Test
  void theContactsNoteStandsUnderTheDateInParentheses() {
    int note = indexOf("（联系人：张三，联系电话：0512-68610000）");
    assertThat(note).isEqualTo(indexOf("2020年2月17日") + 1);
    assertThat(paragraphs.get(note).getCTP().getPPr().getInd().getFirstLineChars())
        .isEqualTo(BigInteger.valueOf(200));
  }

  @Test
  void eachAttachmentStartsANewPageWithItsLabelTitleAndTable() {
    int first = indexOf("附件1");
    assertThat(paragraphs.get(first).isPageBreak()).isTrue();
    assertThat(paragraphs.get(first).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
        .isEqualTo("黑体");
    assertThat(paragraphs.get(first + 2).getText()).isEqualTo("商请协助保障事项清单");
    assertThat(paragraphs.get(first + 2).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(paragraphs.get(indexOf("附件2")).isPageBreak()).isTrue();

    List<XWPFTable> tables = doc.getTables();
    assertThat(tables).hasSize(2);
    assertThat(cells(tables.get(0), 0)).containsExactly("序号", "供应企业", "产品", "数量");
    assertThat(cells(tables.get(0), 1)).containsExactly("1", "杭州甲无纺布有限公司", "熔喷布", "20吨");
    assertThat(tables.get(0).getRow(0).isRepeatHeader()).isTrue();
    assertThat(cells(tables.get(1), 1)).containsExactly("1", "熔喷布", "", "");
  }

  @Test
  void theCopyIsAFrameAtTheFootOfTheLastPage() {
    XWPFParagraph cc = paragraphs.get(paragraphs.size() - 1);
    assertThat(cc.getText()).isEqualTo("抄送：浙江省经济和信息化厅。");
    assertThat(cc.getCTP().getPPr().getFramePr().getYAlign()).isEqualTo(STYAlign.BOTTOM);
    assertThat(cc.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
  }

  @Test
  void pagesAfterTheFirstAreNumberedAndTheFirstCarriesTheLowerRedLine() {
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    assertThat(sect.isSetTitlePg()).as("首页不显示页码").isTrue();
    assertThat(doc.getEvenAndOddHeadings()).isTrue();
    var policy = doc.getHeaderFooterPolicy();
    XWPFParagraph line = policy.getFirstPageFooter().getParagraphs().get(0);
    assertThat(line.getText()).isEmpty();
    assertThat(line.getCTP().getPPr().getPBdr().getTop().getVal()).isEqualTo(STBorder.THIN_THICK_SMALL_GAP);
    assertThat(policy.getDefaultFooter().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
    assertThat(policy.getDefaultFooter().getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(policy.getEvenPageFooter().getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
  }

  @Test
  void theFontTableNamesAFallbackForEachOfficialFont() throws Exception {
    PackagePart table = doc.getPackage().getPartsByName(
        java.util.regex.Pattern.compile("/word/fontTable.xml")).get(0);
    String xml = new String(table.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(xml).contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"",
        "w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"");
  }

  @Test
  void noTextHasAnExclamationMark() {
    StringBuilder all = new StringBuilder();
    paragraphs.forEach(p -> all.append(p.getText()));
    doc.getTables().forEach(t -> all.append(t.getText()));
    assertThat(all.toString()).doesNotContain("!", "！");
  }

  private static int indexOf(String text) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).getText().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no paragraph reads " + text);
  }

  private static List<String> cells(XWPFTable table, int row) {
    return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
  }

  private static int twips(Object value) {
    return ((BigInteger) value).intValue();
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
