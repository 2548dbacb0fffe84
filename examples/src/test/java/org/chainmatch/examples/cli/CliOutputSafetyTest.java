package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code run --lenient} writes is safe to open and to send: no CSV cell a spreadsheet would
 * evaluate, no file outside the output folder, and no letter naming another region's suppliers.
 *
 * <p>The city: a Suzhou mask maker whose two suppliers are stopped, so it is blocked on 熔喷布
 * (made outside the city by a Wuxi and a Hangzhou supplier) and on -口罩耳带 (made outside only in
 * Wuxi); a Suzhou nonwovens maker that needs 聚丙烯, made only in Ningbo; and two malformed rows.
 * Names, a product and the malformed cells start with {@code = + - @} (and a full-width ＝), so
 * every output table has a cell that needs neutralising.
 */
class CliOutputSafetyTest {
  static final String BUYER = uscc("320506", 1);
  static final String NONWOVENS = uscc("320507", 2);
  static final String STOPPED_MELTBLOWN = uscc("320505", 3);
  static final String STOPPED_EARLOOP = uscc("320505", 4);
  static final String WUXI = uscc("320205", 5);
  static final String HANGZHOU = uscc("330102", 6);
  static final String NINGBO = uscc("330203", 7);
  /** Supplier outside the city → its city and its name as the input gives it. */
  static final Map<String, List<String>> OUTSIDE = Map.of(
      WUXI, List.of("320200", "-无锡熔喷布厂"),
      HANGZHOU, List.of("330100", "@杭州熔喷新材料有限公司"),
      NINGBO, List.of("330200", "＝宁波聚丙烯有限公司"));

  @TempDir static Path dir;
  static Path out;
  static Cli run;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  @BeforeAll
  static void runTheWholeJob() throws Exception {
    Path enterprises = write("enterprises.csv",
        "uscc,name,region,products,status,capacity",
        BUYER + ",=吴中口罩厂,320506,医用口罩,RESUMED,80",
        NONWOVENS + ",苏州相城无纺布厂,320507,无纺布,RESUMED,80",
        STOPPED_MELTBLOWN + ",+停工熔喷厂,320505,熔喷布,SUSPENDED,",
        STOPPED_EARLOOP + ",@停工耳带厂,320505,-口罩耳带,SUSPENDED,",
        WUXI + ",-无锡熔喷布厂,320205,熔喷布;-口罩耳带,RESUMED,90",
        HANGZHOU + ",@杭州熔喷新材料有限公司,330102,熔喷布,RESUMED,90",
        NINGBO + ",＝宁波聚丙烯有限公司,330203,聚丙烯,RESUMED,90",
        "=1+1,坏代码企业,320505,熔喷布,RESUMED,",
        // Check character '1' where '5' is due, and a region that is not a code: two problems.
        "9132050500000009X1,坏区划企业,@SUM(A1),熔喷布,RESUMED,");
    Path relations = write("relations.csv",
        "supplier,customer,product,share",
        STOPPED_MELTBLOWN + "," + BUYER + ",熔喷布,1",
        STOPPED_EARLOOP + "," + BUYER + ",-口罩耳带,1");
    Path demands = write("demands.csv", "id,requester,product", "D1," + NONWOVENS + ",急购聚丙烯十吨");
    out = dir.resolve("out");

    run = Cli.run("run", "--enterprises", enterprises, "--relations", relations, "--demands", demands,
        "--city", "320500", "--today", "2020-02-17", "--lenient", "--threads", "1", "--out", out);
  }

  static Path write(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  static List<String> column(String file, String name) throws Exception {
    return Cli.csv(out.resolve(file)).stream().map(r -> r.get(name)).toList();
  }

  @Test
  void theJobSucceedsAndWritesEveryTable() throws Exception {
    assertThat(run.exit).as(run.toString()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")))
          .containsExactlyInAnyOrder("matches.csv", "outreach.csv", "rejects.csv", "breakpoints.csv",
              "blocked.csv", "priorities.csv", "stalled.csv", "at-risk.csv", "customers.csv",
              "unreachable.csv");
    }
    assertThat(out.resolve("report.xlsx")).isRegularFile();
  }

  @Test
  void noCellOfAnyTableStartsWithAFormulaCharacter() throws Exception {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        for (Map<String, String> row : Cli.csv(csv)) {
          assertThat(row.values()).as("cells of %s", csv.getFileName())
              .noneMatch(cell -> !cell.isEmpty() && "=+-@＝＋－＠\t\r".indexOf(cell.charAt(0)) >= 0);
        }
      }
    }
  }

  @Test
  void matchesShowHostileSupplierNamesAsText() throws Exception {
    assertThat(column("matches.csv", "supplier_name")).contains(
        "'-无锡熔喷布厂", "'@杭州熔喷新材料有限公司", "'＝宁波聚丙烯有限公司", "'+停工熔喷厂", "'@停工耳带厂");
  }

  @Test
  void outreachShowsHostileRequesterAndSupplierNamesAsText() throws Exception {
    assertThat(column("outreach.csv", "requester_name")).contains("'=吴中口罩厂");
    assertThat(column("outreach.csv", "supplier_name"))
        .containsOnly("'-无锡熔喷布厂", "'@杭州熔喷新材料有限公司", "'＝宁波聚丙烯有限公司");
  }

  @Test
  void analysisTablesShowHostileNamesAndProductsAsText() throws Exception {
    assertThat(column("breakpoints.csv", "enterprise_name")).containsOnly("'=吴中口罩厂");
    assertThat(column("breakpoints.csv", "product")).containsExactlyInAnyOrder("熔喷布", "'-口罩耳带");
    assertThat(column("blocked.csv", "enterprise_name")).containsOnly("'=吴中口罩厂");
    assertThat(column("blocked.csv", "product")).containsExactlyInAnyOrder("熔喷布", "'-口罩耳带");
    assertThat(column("priorities.csv", "enterprise_name"))
        .containsExactlyInAnyOrder("'+停工熔喷厂", "'@停工耳带厂");
  }

  @Test
  void rejectsShowTheOffendingCellsAsText() throws Exception {
    assertThat(column("rejects.csv", "value")).contains("'=1+1", "'@SUM(A1)");
    assertThat(column("rejects.csv", "line")).containsOnly("9", "10");
  }

  @Test
  void theSummaryCountsRejectedRowsNotProblems() throws Exception {
    // Line 10 has two problems (its code's check character and its region) but is one row.
    assertThat(column("rejects.csv", "line")).hasSize(3);
    assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile())
        .get("rejected_rows").asLong()).isEqualTo(2);
  }

  @Test
  void nothingIsWrittenOutsideTheOutputFolderAndLettersStayInTheirs() throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(Files::isRegularFile).filter(p -> !p.startsWith(out)))
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("enterprises.csv", "relations.csv", "demands.csv");
    }
    try (Stream<Path> letters = Files.walk(out.resolve("letters"))) {
      assertThat(letters.filter(Files::isRegularFile))
          .allSatisfy(p -> assertThat(p.getParent()).isEqualTo(out.resolve("letters")))
          .extracting(p -> p.getFileName().toString().substring(0, "OR-320500-320200-20200217-1-".length())
              + (p.toString().endsWith(".docx") ? "docx" : "md"))
          .containsExactlyInAnyOrder("OR-320500-320200-20200217-1-md", "OR-320500-330100-20200217-1-md",
              "OR-320500-330200-20200217-1-md", "OR-320500-320200-20200217-1-docx",
              "OR-320500-330100-20200217-1-docx", "OR-320500-330200-20200217-1-docx");
    }
  }

  @Test
  void eachLetterNamesItsOwnRegionsSuppliersAndNoOthers() throws Exception {
    for (String city : List.of("320200", "330100", "330200")) {
      List<Path> files;
      try (Stream<Path> letters = Files.list(out.resolve("letters"))) {
        files = letters.filter(p -> p.getFileName().toString().startsWith("OR-320500-" + city + "-")).toList();
      }
      assertThat(files).hasSize(2);
      for (Path letter : files) {
        String text = letter.toString().endsWith(".docx") ? docxText(letter)
            : Files.readString(letter, StandardCharsets.UTF_8);
        OUTSIDE.forEach((code, where) -> {
        if (where.get(0).equals(city)) {
          assertThat(text).as("letter to %s", city).contains(code, where.get(1));
        } else {
          assertThat(text).as("letter to %s", city).doesNotContain(code).doesNotContain(where.get(1));
        }
        });
      }
    }
  }

  /** Every paragraph and table cell of a .docx, read back with POI. */
  static String docxText(Path file) throws java.io.IOException {
    try (var in = Files.newInputStream(file);
        var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }
}
