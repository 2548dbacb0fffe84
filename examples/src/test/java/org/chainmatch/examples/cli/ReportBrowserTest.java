package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16: report.html as a person sees it, in the system's headless Chromium (Debian {@code
 * chromium} and {@code chromium-driver}; {@code .ci/run} installs them). Skipped with a message
 * when they are missing. Screenshots go to {@code examples/target/report-*.png}.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static ChromeDriver browser;
  // Selenium warns that it has no CDP bindings for this Chromium; the test uses WebDriver only.
  static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
  @TempDir static Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  @BeforeAll
  static void startBrowser() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "report.html browser test skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
            + " on this machine (apt-get install chromium chromium-driver; .ci/run does)");
    SELENIUM_LOG.setLevel(Level.SEVERE);
    // The system's driver, named explicitly, so Selenium Manager never runs (it would download).
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Opens the page from disk and waits until its script has drawn the charts. */
  static void open(Path html) {
    browser.get(html.toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn") != null);
  }

  static List<String> severeConsoleMessages() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString).toList();
  }

  static void assertEveryChartDrawn() {
    List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
    assertThat(charts).isNotEmpty();
    assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn"))
        .isEqualTo(String.valueOf(charts.size()));
    for (WebElement chart : charts) {
      // ECharts' SVG renderer: a drawn chart has shapes with a path, and a visible size.
      Long shapes = (Long) browser.executeScript(
          "return arguments[0].querySelectorAll('svg path, svg rect, svg circle').length;", chart);
      assertThat(shapes).as("shapes in chart %s", chart.getDomAttribute("data-chart")).isPositive();
      assertThat(chart.getSize().getHeight()).as("height of %s", chart.getDomAttribute("data-chart"))
          .isGreaterThan(100);
    }
  }

  static long number(String text) {
    return Long.parseLong(text.replace(",", "").strip());
  }

  static Path screenshot(String name, int height) throws Exception {
    long full = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height, full)));
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    return target;
  }

  @Test
  void demoCityReportDrawsEveryChartWithoutErrorsAndShowsSummaryFigures() throws Exception {
    Path out = dir.resolve("demo");
    Cli r = Cli.run("demo", "--size", 400, "--out", out);
    assertThat(r.exit).as(r.err).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());

    open(out.resolve("report.html"));

    assertThat(severeConsoleMessages()).isEmpty();
    assertEveryChartDrawn();
    for (String key : List.of("enterprises", "relations", "blocked", "breakpoints", "stalled", "at_risk",
        "demands", "matched", "in_city", "out_of_city", "outreach_requests", "letters")) {
      WebElement tile = browser.findElement(By.cssSelector(".tile[data-key='" + key + "'] .v"));
      assertThat(number(tile.getText())).as(key).isEqualTo(summary.get(key).asLong());
    }
    // The district and industry tables add up to the same totals.
    for (String table : List.of("district", "industry")) {
      for (String key : List.of("enterprises", "blocked", "breakpoints", "stalled", "at_risk")) {
        WebElement cell = browser.findElement(
            By.cssSelector("tr[data-" + table + "='total'] td[data-key='" + key + "']"));
        assertThat(number(cell.getText())).as(table + " " + key).isEqualTo(summary.get(key).asLong());
      }
    }
    WebElement requests = browser.findElement(By.cssSelector("#outreach td[data-key='tracked_requests']"));
    assertThat(number(requests.getText())).isEqualTo(summary.get("outreach_requests").asLong());
    assertThat(browser.findElements(By.cssSelector("#chains [data-chain]"))).isNotEmpty();
    System.out.printf("report.html of a %d-enterprise city: %,d bytes, drawn in %s ms%n",
        summary.get("enterprises").asLong(), Files.size(out.resolve("report.html")),
        browser.findElement(By.tagName("body")).getDomAttribute("data-render-ms"));
    assertThat(screenshot("report-demo.png", 5200)).exists();
  }

  // A hand-made chain in 苏州: the key maker KEY buys 电芯 from CELL (suspended) and 外壳 from
  // CASE (working, 无锡, out of the city); CELL buys 正极材料 from CATHODE (working). The name of
  // CASE carries markup that must show as text.
  static final String KEY = uscc("320505", 1);
  static final String CELL = uscc("320506", 2);
  static final String CASE = uscc("320211", 3);
  static final String CATHODE = uscc("320507", 4);

  @Test
  void chainViewShowsTheStoppedSupplierAndWhatIf() throws Exception {
    Path e = dir.resolve("enterprises.csv");
    Files.writeString(e, String.join("\n",
        "uscc,name,region,industry,products,status,key",
        KEY + ",苏州龙头储能有限公司,320505,C3841,储能电池,RESUMED,true",
        CELL + ",吴中电芯制造有限公司,320506,C3841,电芯,SUSPENDED,false",
        CASE + ",\"无锡<b>外壳</b>&精工有限公司\",320211,C3360,外壳,RESUMED,false",
        CATHODE + ",相城正极材料有限公司,320507,C2613,正极材料,RESUMED,false") + "\n",
        StandardCharsets.UTF_8);
    Path rel = dir.resolve("relations.csv");
    Files.writeString(rel, String.join("\n",
        "supplier,customer,product,share",
        CELL + "," + KEY + ",电芯,1",
        CASE + "," + KEY + ",外壳,1",
        CATHODE + "," + CELL + ",正极材料,1") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("chain");
    Cli r = Cli.run("analyze", "--enterprises", e, "--relations", rel, "--city", "320500",
        "--out", out, "--what-if-resume", CELL);
    assertThat(r.exit).as(r.err).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());

    open(out.resolve("report.html"));

    assertThat(severeConsoleMessages()).isEmpty();
    assertEveryChartDrawn();
    WebElement chain = browser.findElement(By.cssSelector("[data-chain='" + KEY + "']"));
    // The graph marks the stopped supplier; the table beside it names it.
    List<String> labels = chain.findElements(By.cssSelector("svg text")).stream()
        .map(WebElement::getText).toList();
    assertThat(labels).contains("【停】吴中电芯制造", "相城正极材料", "苏州龙头储能");
    assertThat(labels).anyMatch(l -> l.contains("无锡<b>外壳</b>&精工") && l.contains("市外"));
    assertThat(chain.findElements(By.cssSelector("tr.stopped td.stop")))
        .extracting(WebElement::getText).containsExactly("吴中电芯制造有限公司");
    // No markup from the data reached the page: the name is text.
    assertThat(browser.findElements(By.cssSelector("#chains b"))).isEmpty();
    assertThat(number(browser.findElement(By.cssSelector(".tile[data-key='breakpoints'] .v")).getText()))
        .isEqualTo(summary.get("breakpoints").asLong()).isEqualTo(1);
    // What-if: resuming CELL removes KEY's breakpoint.
    WebElement breakpointsRow = browser.findElement(By.cssSelector("#whatif tr[data-whatif='1']"));
    assertThat(breakpointsRow.findElements(By.tagName("td"))).extracting(WebElement::getText)
        .containsExactly("断点", "1", "0", "-1");
    assertThat(summary.get("what_if_breakpoint_delta").asLong()).isEqualTo(-1);
    browser.manage().window().setSize(new Dimension(1400, 4000));
    Path shot = Path.of("target", "report-chain.png");
    Files.copy(browser.findElement(By.id("chains")).getScreenshotAs(OutputType.FILE).toPath(), shot,
        StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    assertThat(shot).exists();
  }
}
