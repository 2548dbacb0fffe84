package org.chainmatch.office.letter;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.chainmatch.outreach.LetterContent;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;

/**
 * Renders a {@link LetterContent} as a {@code .docx} laid out as GB/T 9704-2012 has a 函 (信函格式):
 *
 * <ul>
 *   <li>A4, margins top 37 mm, left 28 mm (版心 156 mm × 225 mm), a document grid of 22 lines ×
 *       28 characters; 正文 in 3号 (16 pt) 仿宋_GB2312, 标题 in 2号 (22 pt) 方正小标宋简体, first-level
 *       headings in 黑体, digits and Latin text in Times New Roman;
 *   <li>the letterhead (发文机关标志) centred in red 方正小标宋简体 over a red double line (thick over
 *       thin) 170 mm long, and a red double line (thin over thick) near the foot of the first page;
 *   <li>发文字号 flush right under the line; 标题 two lines below it; 主送机关 flush left with a
 *       full-width colon; paragraphs indented two characters; 附件说明 two characters in; the
 *       署名 centred over the 成文日期, which stands four characters from the right (room for the
 *       seal); 附注 in parentheses two characters in under the date;
 *   <li>each 附件 on a page of its own, labelled 附件 (or 附件1, 附件2) in 黑体 at the top left, its
 *       title centred, its table with a repeated header row;
 *   <li>抄送 in 4号 at the foot of the last page (a frame anchored to the bottom of the 版心),
 *       without the 印发 line, as 信函格式 wants;
 *   <li>page numbers "— N —" in 4号 宋体, right on odd pages and left on even ones, none on the
 *       first page.
 * </ul>
 *
 * <p>Fonts are named in each run (East-Asian slot) and listed in the font table with the common
 * font a reader substitutes when the official one is not installed (仿宋, 宋体, SimHei). Stateless and
 * thread-safe.
 */
public final class DocxLetter {
  /** Twentieths of a point per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  static final int PAGE_WIDTH = twips(210);
  static final int PAGE_HEIGHT = twips(297);
  static final int MARGIN_TOP = twips(37);
  static final int MARGIN_BOTTOM = twips(297 - 37 - 225);
  static final int MARGIN_LEFT = twips(28);
  static final int MARGIN_RIGHT = twips(210 - 28 - 156);
  static final int TEXT_WIDTH = twips(156);
  /**
   * GB/T 9704-2012 5.2.2.3: "一般每面排22行" in the 225 mm 版心, so a line is 225 mm / 22 = 10.23 mm
   * = 579.8 twips. Rounded down (579; 22 × 579 = 12,738 ≤ 12,756) so that 22 whole lines fit in
   * Word, WPS and LibreOffice, which all count the lines of a page as ⌊版心 height / pitch⌋. Each
   * body line is set at exactly this height.
   */
  static final int LINE_PITCH = twips(225) / 22;
  /** One character of the 28 in a line, in twips (the 156 mm 版心 / 28, rounded down: 315). */
  static final int CHAR_WIDTH = TEXT_WIDTH / 28;
  /**
   * The document grid's character spacing, in 1/4096 pt: how much the pitch of a grid character
   * differs from the Normal style's 3号 (16 pt). GB/T 9704-2012 5.2.2.3 wants "每行排28个字" in the 156
   * mm 版心: 8,844 twips / 28 = 15.793 pt a character, i.e. 16 pt − 0.207 pt = −848.3 / 4096.
   * Rounded DOWN (−849): −848 would make 28 characters
   * 442.203 pt, 0.003 pt wider than the 442.2 pt line, and the readers would set 27.
   */
  static final int CHAR_SPACE = (int) Math.floor((TEXT_WIDTH / 28.0 / 20.0 - 16) * 4096);
  /**
   * The width of the body's glyphs, in percent of their 3号 size (w:w). 28 characters of 16 pt
   * are 448 pt, wider than the 442.2 pt line: Word and WPS squeeze each character to the grid's
   * 15.79 pt pitch themselves, but LibreOffice gives a glyph wider than the grid's cell two cells
   * (about 17 characters a line). At 98 % a glyph is 15.68 pt, within one cell in every reader,
   * while the size stays 三号 (16 pt high) as GB/T 9704-2012 5.2.2.2 and 7.3.3 have it.
   */
  static final int BODY_SCALE_PERCENT = 98;

  static final double BODY_PT = 16;
  static final double TITLE_PT = 22;
  static final double LETTERHEAD_MAX_PT = 36;
  static final double SMALL_PT = 14;
  static final double TABLE_PT = 10.5;
  static final String RED = "FF0000";

  private DocxLetter() {}

  /** The letter as the bytes of a {@code .docx} file. */
  public static byte[] toBytes(LetterContent letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      write(letter, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the letter to {@code out} as a {@code .docx}; the stream is not closed. */
  public static void write(LetterContent letter, OutputStream out) throws IOException {
    checkNotNull(letter, "letter");
    checkNotNull(out, "out");
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(letter.title());
      doc.getProperties().getCoreProperties().setCreator(letter.signature());
      defaults(doc);
      fontTable(doc);
      page(doc);
      letterhead(doc, letter.issuer());
      number(doc, letter.number());
      blank(doc);
      blank(doc);
      title(doc, letter.title());
      blank(doc);
      XWPFParagraph to = body(doc);
      text(to, letter.addressee() + "：", OfficialFonts.BODY, BODY_PT);
      for (LetterContent.Paragraph p : letter.body()) {
        XWPFParagraph para = body(doc);
        indentFirstLine(para, 2);
        boolean heading = p.kind() == LetterContent.Kind.HEADING;
        text(para, p.text(), heading ? OfficialFonts.HEADING : OfficialFonts.BODY, BODY_PT);
      }
      attachmentNotes(doc, letter.attachmentNotes());
      signature(doc, letter.signature(), letter.dateText());
      XWPFParagraph note = body(doc);
      indentFirstLine(note, 2);
      snapToGrid(note, false);
      text(note, "（" + letter.note() + "）", OfficialFonts.BODY, BODY_PT);
      for (int i = 0; i < letter.attachments().size(); i++) {
        attachment(doc, letter.attachmentLabel(i), letter.attachments().get(i));
      }
      if (!letter.copyTo().isEmpty()) {
        copyTo(doc, letter.copyTo());
      }
      footers(doc);
      doc.write(out);
    }
  }

  // ---------------------------------------------------------------- document set-up

  private static void defaults(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(OfficialFonts.LATIN);
    fonts.setHAnsi(OfficialFonts.LATIN);
    fonts.setCs(OfficialFonts.LATIN);
    fonts.setEastAsia(OfficialFonts.BODY.fontName());
    // The grid's character pitch is measured from the default font size: 3号.
    rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_PT * 2)));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(BODY_PT * 2)));
    rpr.addNewLang().setEastAsia("zh-CN");
    // An explicit Normal style with the same 3号: LibreOffice takes the grid's character pitch
    // from it (with none, from 12 pt, which made the 28-character grid some 17 characters).
    CTStyle normal = styles.addNewStyle();
    normal.setType(STStyleType.PARAGRAPH);
    normal.setStyleId("Normal");
    normal.setDefault(true);
    normal.addNewName().setVal("Normal");
    CTRPr normalRpr = normal.addNewRPr();
    CTFonts normalFonts = normalRpr.addNewRFonts();
    normalFonts.setAscii(OfficialFonts.LATIN);
    normalFonts.setHAnsi(OfficialFonts.LATIN);
    normalFonts.setEastAsia(OfficialFonts.BODY.fontName());
    normalRpr.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_PT * 2)));
    normalRpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(BODY_PT * 2)));
    doc.createStyles().setStyles(styles);
  }

  /** Adds word/fontTable.xml, which POI does not write, to carry the fallback fonts. */
  private static void fontTable(XWPFDocument doc) throws IOException {
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
      try (OutputStream out = part.getOutputStream()) {
        out.write(OfficialFonts.fontTableXml().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
    } catch (InvalidFormatException e) {
      throw new IOException("cannot add the font table", e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(twips(15)));
    // The first page's lower red line sits 20 mm above the page's edge.
    mar.setFooter(BigInteger.valueOf(twips(20)));
    mar.setGutter(BigInteger.ZERO);
    CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
    grid.setType(STDocGrid.LINES_AND_CHARS);
    grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    // 首页不显示页码: the first page has a footer of its own, with the red line only.
    sect.addNewTitlePg();
  }

  // ---------------------------------------------------------------- first page

  private static void letterhead(XWPFDocument doc, String issuer) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    double pt = Math.min(LETTERHEAD_MAX_PT, Math.floor(TEXT_WIDTH / 20.0 / Math.max(1, width(issuer))));
    XWPFRun r = text(p, issuer, OfficialFonts.TITLE, pt);
    r.setColor(RED);
    // The 170 mm line is wider than the 156 mm 版心: 7 mm out on each side.
    CTInd ind = ppr(p).addNewInd();
    ind.setLeft(BigInteger.valueOf(-twips(7)));
    ind.setRight(BigInteger.valueOf(-twips(7)));
    p.setBorderBottom(Borders.THICK_THIN_SMALL_GAP);
    CTBorder line = ppr(p).getPBdr().getBottom();
    line.setColor(RED);
    line.setSz(BigInteger.valueOf(24));
    // 4 mm below the letterhead, in points.
    line.setSpace(BigInteger.valueOf(11));
    snapToGrid(p, false);
  }

  private static void number(XWPFDocument doc, String number) {
    XWPFParagraph p = body(doc);
    p.setAlignment(ParagraphAlignment.RIGHT);
    // 7/8 of a 3号 character below the red line.
    p.setSpacingBefore((int) Math.round(BODY_PT * 7 / 8 * 20));
    text(p, number, OfficialFonts.BODY, BODY_PT);
  }

  private static void title(XWPFDocument doc, String title) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingBetween(LINE_PITCH / 20.0 * 1.2, LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
    snapToGrid(p, false);
    text(p, title, OfficialFonts.TITLE, TITLE_PT);
  }

  // ---------------------------------------------------------------- closing

  private static void attachmentNotes(XWPFDocument doc, List<String> notes) {
    blank(doc);
    for (int i = 0; i < notes.size(); i++) {
      XWPFParagraph p = body(doc);
      // 附件： stands two characters in; further lines align with the first name.
      CTInd ind = ppr(p).addNewInd();
      ind.setLeft(BigInteger.valueOf(CHAR_WIDTH * 5L));
      ind.setLeftChars(BigInteger.valueOf(500));
      if (i == 0) {
        ind.setHanging(BigInteger.valueOf(CHAR_WIDTH * 3L));
        ind.setHangingChars(BigInteger.valueOf(300));
      }
      text(p, (i == 0 ? "附件：" : "") + notes.get(i), OfficialFonts.BODY, BODY_PT);
    }
  }

  /**
   * 署名 centred over the date, the date four characters from the right; two blank lines above
   * leave room for the seal, which overlaps both.
   */
  private static void signature(XWPFDocument doc, String signature, String date) {
    blank(doc);
    blank(doc);
    double dateWidth = width(date);
    double signatureIndent = Math.max(0, 4 + (dateWidth - width(signature)) / 2);
    XWPFParagraph s = body(doc);
    s.setAlignment(ParagraphAlignment.RIGHT);
    indentRight(s, signatureIndent);
    text(s, signature, OfficialFonts.BODY, BODY_PT);
    XWPFParagraph d = body(doc);
    d.setAlignment(ParagraphAlignment.RIGHT);
    indentRight(d, 4);
    // Digits between characters: off the character grid, which pads each run of digits to whole
    // cells in LibreOffice (2024年2 月1 日); the line keeps the grid's exact height.
    snapToGrid(d, false);
    text(d, date, OfficialFonts.BODY, BODY_PT);
  }

  private static void attachment(XWPFDocument doc, String label, LetterContent.Attachment a) {
    XWPFParagraph head = body(doc);
    head.setPageBreak(true);
    text(head, label, OfficialFonts.HEADING, BODY_PT);
    blank(doc);
    title(doc, a.title());
    blank(doc);
    XWPFTable table = doc.createTable(a.rows().size() + 1, a.columns().size());
    table.setWidth(TEXT_WIDTH);
    int[] widths = columnWidths(a);
    fillRow(table.getRow(0), a.columns(), widths, true);
    table.getRow(0).setRepeatHeader(true);
    table.getRow(0).setCantSplitRow(true);
    for (int i = 0; i < a.rows().size(); i++) {
      fillRow(table.getRow(i + 1), a.rows().get(i), widths, false);
      table.getRow(i + 1).setCantSplitRow(true);
    }
  }

  /** Widths in proportion to each column's longest cell, within bounds, filling the 版心. */
  private static int[] columnWidths(LetterContent.Attachment a) {
    double[] want = new double[a.columns().size()];
    for (int c = 0; c < want.length; c++) {
      double w = width(a.columns().get(c));
      for (List<String> row : a.rows()) {
        w = Math.max(w, width(row.get(c)));
      }
      want[c] = Math.max(2, Math.min(w, 12));
    }
    double sum = 0;
    for (double w : want) {
      sum += w;
    }
    int[] out = new int[want.length];
    for (int c = 0; c < want.length; c++) {
      out[c] = (int) Math.floor(TEXT_WIDTH * want[c] / sum);
    }
    return out;
  }

  private static void fillRow(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setWidth(String.valueOf(widths[c]));
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(header || c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      p.setSpacingBetween(1.0);
      p.setSpacingAfter(0);
      snapToGrid(p, false);
      XWPFRun r = text(p, cells.get(c), header ? OfficialFonts.HEADING : OfficialFonts.BODY, TABLE_PT);
      r.setBold(false);
    }
  }

  /** 抄送 at the foot of the last page: a frame anchored to the bottom of the 版心. */
  private static void copyTo(XWPFDocument doc, List<String> authorities) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBetween(1.2);
    snapToGrid(p, false);
    CTFramePr frame = ppr(p).addNewFramePr();
    frame.setW(BigInteger.valueOf(TEXT_WIDTH));
    frame.setWrap(STWrap.AROUND);
    frame.setHAnchor(STHAnchor.MARGIN);
    frame.setXAlign(STXAlign.CENTER);
    frame.setVAnchor(STVAnchor.MARGIN);
    frame.setYAlign(STYAlign.BOTTOM);
    // 左右各空一字; continuation lines align after 抄送：.
    CTInd ind = ppr(p).addNewInd();
    int one = (int) Math.round(SMALL_PT * 20);
    ind.setLeft(BigInteger.valueOf(one * 4L));
    ind.setHanging(BigInteger.valueOf(one * 3L));
    ind.setRight(BigInteger.valueOf(one));
    text(p, "抄送：" + String.join("，", authorities) + "。", OfficialFonts.BODY, SMALL_PT);
  }

  private static void footers(XWPFDocument doc) {
    XWPFFooter first = doc.createFooter(HeaderFooterType.FIRST);
    XWPFParagraph line = first.createParagraph();
    CTInd ind = ppr(line).addNewInd();
    ind.setLeft(BigInteger.valueOf(-twips(7)));
    ind.setRight(BigInteger.valueOf(-twips(7)));
    line.setBorderTop(Borders.THIN_THICK_SMALL_GAP);
    CTBorder b = ppr(line).getPBdr().getTop();
    b.setColor(RED);
    b.setSz(BigInteger.valueOf(24));
    line.setSpacingBetween(2, LineSpacingRule.EXACT);
    snapToGrid(line, false);

    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  /** "— N —", one character in from the outer edge, 7 mm below the 版心. */
  private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(side);
    snapToGrid(p, false);
    p.setSpacingAfter(twips(3));
    int one = (int) Math.round(SMALL_PT * 20);
    if (side == ParagraphAlignment.RIGHT) {
      p.setIndentationRight(one);
    } else {
      p.setIndentationLeft(one);
    }
    text(p, "— ", OfficialFonts.PAGE_NUMBER, SMALL_PT);
    var field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    var r = field.addNewR();
    r.addNewT().setStringValue("1");
    XWPFRun after = p.createRun();
    after.setText(" —");
    font(after, OfficialFonts.PAGE_NUMBER, SMALL_PT);
  }

  // ---------------------------------------------------------------- helpers

  /** A body paragraph: exact line pitch of the grid, no space around. */
  private static XWPFParagraph body(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    return p;
  }

  private static void blank(XWPFDocument doc) {
    body(doc);
  }

  private static XWPFRun text(XWPFParagraph p, String text, OfficialFonts font, double pt) {
    XWPFRun r = p.createRun();
    r.setText(text);
    font(r, font, pt);
    return r;
  }

  private static void font(XWPFRun r, OfficialFonts font, double pt) {
    r.setFontFamily(OfficialFonts.LATIN, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(OfficialFonts.LATIN, XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(OfficialFonts.LATIN, XWPFRun.FontCharRange.cs);
    r.setFontFamily(font.fontName(), XWPFRun.FontCharRange.eastAsia);
    CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    rpr.getRFontsArray(0).setHint(STHint.EAST_ASIA);
    r.setFontSize(pt);
    if (pt == BODY_PT) {
      r.setTextScale(BODY_SCALE_PERCENT);
    }
  }

  private static void indentFirstLine(XWPFParagraph p, int chars) {
    CTInd ind = ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
    ind.setFirstLine(BigInteger.valueOf((long) CHAR_WIDTH * chars));
    ind.setFirstLineChars(BigInteger.valueOf(chars * 100L));
  }

  private static void indentRight(XWPFParagraph p, double chars) {
    CTInd ind = ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
    ind.setRight(BigInteger.valueOf(Math.round(CHAR_WIDTH * chars)));
    ind.setRightChars(BigInteger.valueOf(Math.round(chars * 100)));
  }

  private static void snapToGrid(XWPFParagraph p, boolean on) {
    ppr(p).addNewSnapToGrid().setVal(on ? "1" : "0");
  }

  private static CTPPr ppr(XWPFParagraph p) {
    return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
  }

  /** Width in grid characters: CJK and full-width forms count one, the rest half. */
  static double width(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= '\u2E80' ? 1 : 0.5;
    }
    return w;
  }

  static int twips(double mm) {
    return (int) Math.round(mm * TWIPS_PER_MM);
  }
}
