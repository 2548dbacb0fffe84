package org.chainmatch.office.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden letter ({@link GoldenLetter}) as LibreOffice renders it, read back from the PDF's text
 * with its positions ({@code pdftotext -bbox-layout}) and from a picture of the first page
 * ({@code pdftoppm}): what GB/T 9704-2012 asks of the page must hold in a real reader with
 * whatever Chinese font is installed, not only in the document's XML.
 *
 * <p>Runs when {@code soffice} (LibreOffice) and {@code pdftotext}/{@code pdftoppm} (poppler-utils)
 * are on the PATH, and is skipped with a message otherwise; CI does not install LibreOffice. The
 * rendering is left in {@code office/target/golden/}; {@code office/golden/} keeps one checked by
 * hand.
 */
class DocxLetterRenderingTest {
  /** PDF points per millimetre. */
  private static final double PT_PER_MM = 72 / 25.4;
  private static final double LEFT = 28 * PT_PER_MM;
  private static final double WIDTH = 156 * PT_PER_MM;
  /** The grid's line pitch in points (579 twips). */
  private static final double PITCH = DocxLetter.LINE_PITCH / 20.0;
  private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
  private static final Pattern LINE = Pattern.compile("<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
      + "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("<word [^>]*>(.*?)</word>");
  private static final Pattern PAGE_NUMBER = Pattern.compile("— ?\\d+ ?—");

  record Line(int page, double xMin, double yMin, double xMax, String text) {}

  static Path dir;
  static List<Line> lines;
  static BufferedImage firstPage;
  static double pageHeight;

  @BeforeAll
  static void render() throws Exception {
    assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not on the PATH: the golden letter's "
        + "rendering is not checked (install libreoffice-writer-nogui and poppler-utils to run it)");
    assumeTrue(onPath("pdftotext") && onPath("pdftoppm"), "pdftotext/pdftoppm (poppler-utils) "
        + "are not on the PATH: the golden letter's rendering is not checked");
    dir = Path.of("target", "golden").toAbsolutePath();
    Files.createDirectories(dir);
    Path docx = dir.resolve("golden-letter.docx");
    Files.write(docx, DocxLetter.toBytes(GoldenLetter.LETTER));
    Path pdf = dir.resolve("golden-letter.pdf");
    Files.deleteIfExists(pdf);
    // A profile of its own, so that a LibreOffice already running (or another build) is not used.
    Path profile = Files.createTempDirectory("chainmatch-soffice-");
    try {
      run("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
          "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
    } finally {
      MoreFiles.deleteRecursively(profile, RecursiveDeleteOption.ALLOW_INSECURE);
    }
    assertThat(pdf).as("LibreOffice wrote the PDF (see %s)", dir.resolve("soffice.log")).exists();
    Path text = dir.resolve("golden-letter.html");
    run("pdftotext", "-bbox-layout", pdf.toString(), text.toString());
    lines = parse(Files.readString(text, StandardCharsets.UTF_8));
    run("pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", pdf.toString(),
        dir.resolve("page").toString());
    try (var pages = Files.list(dir)) {
      Path png = pages.filter(p -> p.getFileName().toString().matches("page-0*1\\.png"))
          .findFirst().orElseThrow();
      firstPage = ImageIO.read(png.toFile());
    }
  }

  @Test
  void everyFullLineOfTheBodyHolds28CharactersAcrossThe156mmTextBlock() {
    int full = 0;
    for (String paragraph : GoldenLetter.CHINESE_ONLY) {
      List<Line> own = linesOf(paragraph);
      Line first = own.get(0);
      assertThat(withoutHanging(first.text(), 26)).as("first line, two characters in: %s", first)
          .hasSize(26);
      assertThat(first.xMin()).as("indented two characters")
          .isCloseTo(LEFT + 2 * WIDTH / 28, org.assertj.core.data.Offset.offset(2.0));
      for (Line line : own.subList(1, own.size() - 1)) {
        assertThat(line.xMin()).as("a full line starts at the left of the 版心: %s", line)
            .isCloseTo(LEFT, org.assertj.core.data.Offset.offset(2.0));
        assertThat(withoutHanging(line.text(), 28)).as("a full line: %s", line).hasSize(28);
        if (line.text().length() == 28) {
          assertThat(line.xMax()).as("a full line reaches the right of the 版心: %s", line)
              .isCloseTo(LEFT + WIDTH, org.assertj.core.data.Offset.offset(3.0));
        }
        full++;
      }
    }
    assertThat(full).as("full lines checked").isGreaterThanOrEqualTo(6);
  }

  @Test
  void aPageOfBodyTextHolds22LinesAtTheGridsPitch() {
    List<Line> second = lines.stream()
        .filter(l -> l.page() == 2 && !PAGE_NUMBER.matcher(l.text()).matches()).toList();
    assertThat(second).as("page 2 is body text from top to bottom").hasSize(22);
    assertThat(second.get(0).yMin()).as("the first line at the top of the 版心 (37 mm)")
        .isCloseTo(37 * PT_PER_MM, org.assertj.core.data.Offset.offset(PITCH / 2));
    for (int i = 1; i < second.size(); i++) {
      assertThat(second.get(i).yMin() - second.get(i - 1).yMin())
          .as("225 mm / 22 between lines %s and %s", i, i + 1)
          .isCloseTo(PITCH, org.assertj.core.data.Offset.offset(0.5));
    }
  }

  @Test
  void theFirstPageCarriesTheLetterheadNumberTitleAndAddresseeInOrder() {
    List<String> first = texts(1);
    assertThat(first).containsSubsequence(
        GoldenLetter.LETTER.issuer(), GoldenLetter.LETTER.number(), GoldenLetter.LETTER.title(),
        GoldenLetter.LETTER.addressee() + "：");
    Line number = line(GoldenLetter.LETTER.number());
    assertThat(number.xMax()).as("发文字号 flush right")
        .isCloseTo(LEFT + WIDTH, org.assertj.core.data.Offset.offset(3.0));
  }

  @Test
  void theClosingElementsFollowTheBodyInOrderAndTheCopyStandsAtTheFootOfTheLastPage() {
    List<String> all = lines.stream().map(Line::text).toList();
    assertThat(all).containsSubsequence(
        "特此函商，盼复。",
        "附件：1.商请协助保障事项清单",
        "2.物流保障车辆通行信息表",
        GoldenLetter.LETTER.signature(),
        GoldenLetter.LETTER.dateText(),
        "（" + GoldenLetter.LETTER.note() + "）",
        "附件1", "商请协助保障事项清单", "附件2", "物流保障车辆通行信息表",
        "抄送：浙江省经济和信息化厅，江苏省工业和信息化厅。");
    Line date = line(GoldenLetter.LETTER.dateText());
    assertThat(date.xMax()).as("成文日期 four characters from the right")
        .isCloseTo(LEFT + WIDTH - 4 * WIDTH / 28, org.assertj.core.data.Offset.offset(4.0));
    Line copy = line("抄送：浙江省经济和信息化厅，江苏省工业和信息化厅。");
    int last = lines.stream().mapToInt(Line::page).max().orElseThrow();
    assertThat(copy.page()).isEqualTo(last);
    assertThat(copy.yMin()).as("抄送 at the foot of the 版心")
        .isGreaterThan(pageHeight - (297 - 37 - 225) * PT_PER_MM - 3 * PITCH);
  }

  @Test
  void redDoubleLinesOf170mmRunUnderTheLetterheadAndNearTheFootOfTheFirstPage() {
    double pxPerMm = firstPage.getWidth() / 210.0;
    List<Integer> rows = new ArrayList<>();
    for (int y = 0; y < firstPage.getHeight(); y++) {
      if (longestRedRun(y) >= 165 * pxPerMm) {
        rows.add(y);
      }
    }
    assertThat(rows).as("rows of red at least 165 mm long").isNotEmpty();
    double numberTop = line(GoldenLetter.LETTER.number()).yMin() / 72 * 25.4 * pxPerMm;
    double letterheadTop = line(GoldenLetter.LETTER.issuer()).yMin() / 72 * 25.4 * pxPerMm;
    assertThat(rows).as("a red line between the letterhead and the 发文字号")
        .anyMatch(y -> y > letterheadTop && y < numberTop);
    assertThat(rows).as("a red line in the bottom 30 mm of the first page")
        .anyMatch(y -> y > firstPage.getHeight() - 30 * pxPerMm);
  }

  // ---------------------------------------------------------------- helpers

  private static int longestRedRun(int y) {
    int best = 0;
    int run = 0;
    for (int x = 0; x < firstPage.getWidth(); x++) {
      int rgb = firstPage.getRGB(x, y);
      int r = (rgb >> 16) & 0xff;
      int g = (rgb >> 8) & 0xff;
      int b = rgb & 0xff;
      run = r > 180 && g < 100 && b < 100 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /**
   * The line without a closing mark after its {@code n} characters: LibreOffice lets one hang in
   * the margin rather than start the next line with it (Word squeezes it into the line).
   */
  private static String withoutHanging(String text, int n) {
    return text.length() == n + 1 && "，。、；：！？）”".indexOf(text.charAt(n)) >= 0
        ? text.substring(0, n) : text;
  }

  /** The lines of one body paragraph, first to last, found by its text. */
  private static List<Line> linesOf(String paragraph) {
    // A paragraph may run on to the next page, past the page number.
    List<Line> lines = DocxLetterRenderingTest.lines.stream()
        .filter(l -> !PAGE_NUMBER.matcher(l.text()).matches()).toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).text().isEmpty() && paragraph.startsWith(lines.get(i).text())) {
        List<Line> own = new ArrayList<>();
        StringBuilder read = new StringBuilder();
        for (int j = i; j < lines.size() && paragraph.startsWith(read + lines.get(j).text()); j++) {
          read.append(lines.get(j).text());
          own.add(lines.get(j));
          if (read.length() == paragraph.length()) {
            return own;
          }
        }
      }
    }
    throw new AssertionError("the rendering does not hold the paragraph " + paragraph);
  }

  private static Line line(String text) {
    return lines.stream().filter(l -> l.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no line reads " + text));
  }

  private static List<String> texts(int page) {
    return lines.stream().filter(l -> l.page() == page).map(Line::text).toList();
  }

  /** Lines of {@code pdftotext -bbox-layout}, in reading order: page, top, left. */
  private static List<Line> parse(String html) {
    List<Line> out = new ArrayList<>();
    String[] pages = html.split("(?=<page )");
    int page = 0;
    for (String p : pages) {
      Matcher pm = PAGE.matcher(p);
      if (!pm.find()) {
        continue;
      }
      page++;
      pageHeight = Double.parseDouble(pm.group(2));
      Matcher lm = LINE.matcher(p);
      while (lm.find()) {
        StringBuilder text = new StringBuilder();
        Matcher wm = WORD.matcher(lm.group(5));
        while (wm.find()) {
          text.append(unescape(wm.group(1)));
        }
        out.add(new Line(page, Double.parseDouble(lm.group(1)), Double.parseDouble(lm.group(2)),
            Double.parseDouble(lm.group(3)), text.toString()));
      }
    }
    out.sort(Comparator.comparingInt(Line::page).thenComparingDouble(Line::yMin)
        .thenComparingDouble(Line::xMin));
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("soffice.log").toFile()))
        .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command[0] + " did not finish within 180 s");
    }
    assertThat(p.exitValue()).as("%s exit code (log in %s)", command[0], dir).isZero();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
