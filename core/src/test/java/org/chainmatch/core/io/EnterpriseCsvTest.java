package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.core.io.Rows.csv;
import static org.chainmatch.core.io.Rows.uscc;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseCsvTest {
  static final String HEADER = "uscc,name,region,industry,products,scope,status,capacity,key";
  static final String A = uscc("320505", 1);
  static final String B = uscc("320506", 2);

  static String good(String code) {
    return code + ",苏州恒力新材料有限公司,320505,C1781,熔喷布;无纺布,,RESUMED,80,true";
  }

  private final List<Enterprise> loaded = new ArrayList<>();

  LoadReport lenient(InputStream in) throws Exception {
    return EnterpriseCsv.read(in, "enterprises.csv", LoadOptions.lenientDefaults(), loaded::add);
  }

  LoadReport strict(InputStream in) throws Exception {
    return EnterpriseCsv.read(in, "enterprises.csv", LoadOptions.strict(), loaded::add);
  }

  @Test
  void readsEveryColumnOfAGoodRow() throws Exception {
    LoadReport report = strict(csv(HEADER, good(A)));

    assertThat(report.rowsAccepted()).isEqualTo(1);
    Enterprise e = loaded.get(0);
    assertThat(e.uscc().value()).isEqualTo(A);
    assertThat(e.name()).isEqualTo("苏州恒力新材料有限公司");
    assertThat(e.region().code()).isEqualTo("320505");
    assertThat(e.industries()).extracting(Object::toString).containsExactly("C1781");
    assertThat(e.products()).containsExactly("熔喷布", "无纺布");
    assertThat(e.status().state()).isEqualTo(OperatingState.RESUMED);
    assertThat(e.status().capacity()).isEqualTo(80);
    assertThat(e.key()).isTrue();
  }

  @Test
  void matchesColumnsByNameInAnyOrderAndCase() throws Exception {
    strict(csv("Products,REGION,Name,USCC", "熔喷布,320505,某公司," + A));

    assertThat(loaded).singleElement().satisfies(e -> {
      assertThat(e.products()).containsExactly("熔喷布");
      assertThat(e.status().state()).isEqualTo(OperatingState.UNKNOWN);
      assertThat(e.key()).isFalse();
    });
  }

  @Test
  void toleratesAByteOrderMarkAndTrimsFullWidthSpace() throws Exception {
    strict(Rows.bytes("\uFEFF" + HEADER + "\n" + A + ",\u3000某公司\u3000,320505,,熔喷布；口罩、手套,,已复工,,\n"));

    assertThat(loaded).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("某公司");
      assertThat(e.products()).containsExactly("熔喷布", "口罩", "手套");
      assertThat(e.status().state()).isEqualTo(OperatingState.RESUMED);
      assertThat(e.status().capacity()).isEqualTo(100);
    });
  }

  @Test
  void skipsBlankLinesAndCountsLinesAcrossThem() throws Exception {
    LoadReport report = lenient(csv(HEADER, "", good(A), "", "x,,320505,,熔喷布,,,,"));

    assertThat(report.rowsRead()).isEqualTo(2);
    assertThat(report.rejections()).extracting(InputProblem::line).containsOnly(5L);
  }

  @Test
  void warnsOnceAboutAnUnknownColumn() throws Exception {
    LoadReport report = strict(csv(HEADER + ",colour", good(A) + ",red", good(B) + ",blue"));

    assertThat(report.warnings()).singleElement().satisfies(w -> {
      assertThat(w.column()).isEqualTo("colour");
      assertThat(w.reason()).contains("unknown column");
    });
    assertThat(loaded).hasSize(2);
  }

  @Test
  void rejectsAFileWithoutARequiredColumnInBothModes() {
    assertThatThrownBy(() -> lenient(csv("uscc,name,products", A + ",某公司,熔喷布")))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("enterprises.csv:1")
        .hasMessageContaining("region")
        .hasMessageContaining("required column is missing");
  }

  @Test
  void rejectsDuplicateHeaderColumns() {
    assertThatThrownBy(() -> lenient(csv("uscc,name,region,Name,products", A + ",a,320505,b,c")))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("duplicate column");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad uscc check character    | USCC_BADCHECK,某公司,320505,,熔喷布,,,,          | uscc     | check character",
        "uscc of wrong length        | 9132050500000001,某公司,320505,,熔喷布,,,,       | uscc     | 18",
        "missing name                | USCC_A,,320505,,熔喷布,,,,                       | name     | required",
        "unknown region              | USCC_A,某公司,999999,,熔喷布,,,,                  | region   | unknown division code",
        "malformed region            | USCC_A,某公司,3205,,熔喷布,,,,                    | region   | 6-digit",
        "bad industry code           | USCC_A,某公司,320505,Z9999,熔喷布,,,,             | industry | Z9999",
        "empty products and scope    | USCC_A,某公司,320505,,,,,,                        | products | both empty",
        "bad status                  | USCC_A,某公司,320505,,熔喷布,,OPEN,,              | status   | not one of",
        "capacity above 100          | USCC_A,某公司,320505,,熔喷布,,RESUMED,120,        | capacity | out of range",
        "capacity not a number       | USCC_A,某公司,320505,,熔喷布,,RESUMED,lots,       | capacity | not a number",
        "bad key flag                | USCC_A,某公司,320505,,熔喷布,,,,maybe             | key      | true or false",
      })
  void locatesEachKindOfBadRow(String kind, String row, String column, String reason) throws Exception {
    String line = row.replace("USCC_A", A).replace("USCC_BADCHECK", withWrongCheck(A));

    LoadReport report = lenient(csv(HEADER, good(B), line));
    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("enterprises.csv");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(column);
      assertThat(p.reason() + " " + p.value()).contains(reason);
    });
    assertThat(loaded).extracting(e -> e.uscc().value()).containsExactly(B);

    loaded.clear();
    assertThatThrownBy(() -> strict(csv(HEADER, good(B), line)))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> {
          assertThat(e.problems()).singleElement().extracting(InputProblem::line).isEqualTo(3L);
          assertThat(e.getMessage()).contains("enterprises.csv:3").contains(column);
        });
  }

  @Test
  void acceptsASuspendedEnterpriseWithCapacityButCountsNothingAvailable() throws Exception {
    LoadReport report = strict(csv(HEADER, A + ",某公司,320505,,熔喷布,,SUSPENDED,40,"));

    assertThat(loaded).singleElement().satisfies(e -> {
      assertThat(e.status().capacity()).isEqualTo(40);
      assertThat(e.status().effectiveCapacity()).isZero();
      assertThat(e.status().isWorking()).isFalse();
    });
    assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.column()).isEqualTo("capacity"));
  }

  @Test
  void rejectsADuplicateCodeOnItsSecondRow() throws Exception {
    LoadReport report = lenient(csv(HEADER, good(A), good(B), good(A)));

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.reason()).contains("duplicate USCC");
      assertThat(p.value()).isEqualTo(A);
    });
    assertThat(loaded).hasSize(2);
  }

  @Test
  void strictModeReportsEveryBadRowNotOnlyTheFirst() {
    assertThatThrownBy(() -> strict(csv(HEADER, "x,a,320505,,p,,,,", good(A), "y,b,320505,,p,,,,")))
        .isInstanceOfSatisfying(InputRejectedException.class, e ->
            assertThat(e.problems()).extracting(InputProblem::line).containsExactly(2L, 4L));
  }

  @Test
  void acceptsAnIrregularPre2016CodeOnlyWhenAskedAndWarns() throws Exception {
    String row = "91350203M0001QKT19,厦门某公司,350203,,熔喷布,,,,";
    assertThatThrownBy(() -> strict(csv(HEADER, row))).isInstanceOf(InputRejectedException.class);

    assertThat(lenient(csv(HEADER, row)).rejections()).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("check character"));

    LoadReport report = EnterpriseCsv.read(csv(HEADER, row), "enterprises.csv",
        LoadOptions.strict().withUsccPolicy(org.chainmatch.core.UsccPolicy.ACCEPT_IRREGULAR_CHECK), loaded::add);
    assertThat(loaded).singleElement().satisfies(e -> assertThat(e.uscc().irregular()).isTrue());
    assertThat(report.warnings()).singleElement().satisfies(w -> {
      assertThat(w.line()).isEqualTo(2);
      assertThat(w.reason()).contains("irregular");
    });
  }

  @Test
  void aCodeWhoseEmbeddedRegionIsNoDivisionIsRejectedAtItsLineAndColumn() {
    // 320599 is no unit of 苏州 (its county-level codes end at 320585; 320576 is the industrial park).
    String code = org.chainmatch.core.Uscc.withComputedChecks("91320599MA1ABCDE").value();

    assertThatThrownBy(() -> strict(csv(HEADER, good(A), code + ",某公司,320505,,熔喷布,,,,")))
        .isInstanceOfSatisfying(InputRejectedException.class, e ->
            assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.file()).isEqualTo("enterprises.csv");
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("uscc");
              assertThat(p.value()).isEqualTo(code);
              assertThat(p.reason()).contains("region 320599");
            }));
  }

  @Test
  void aCodeOfADivisionSinceChangedPassesWithAWarningOnlyWhenIrregularCodesAreAccepted()
      throws Exception {
    // 370181 章丘市 became 370114 章丘区 in 2016; codes issued there before keep 370181.
    String code = org.chainmatch.core.Uscc.withComputedChecks("91370181MA1ABCDE").value();

    LoadReport report = EnterpriseCsv.read(csv(HEADER, code + ",某公司,370114,,熔喷布,,,,"), "enterprises.csv",
        LoadOptions.strict().withUsccPolicy(org.chainmatch.core.UsccPolicy.ACCEPT_IRREGULAR_CHECK), loaded::add);

    assertThat(loaded).singleElement().satisfies(e -> assertThat(e.uscc().value()).isEqualTo(code));
    assertThat(report.warnings()).singleElement()
        .satisfies(w -> assertThat(w.reason()).contains("region 370181"));
  }

  @Test
  void aCodeRegisteredByANationalAuthorityIsAccepted() throws Exception {
    String national = org.chainmatch.core.Uscc.withComputedChecks("91100000MA1ABCDE").value();

    strict(csv(HEADER, national + ",某集团有限公司,110101,,熔喷布,,,,"));

    assertThat(loaded).singleElement().satisfies(e -> assertThat(e.uscc().regionCode()).isEqualTo("100000"));
  }

  @Test
  void aCodeFailingItsOrganisationCodeCheckIsRejectedStrictlyAndWarnedAboutWhenAccepted()
      throws Exception {
    String first17 = "91320505" + "00000000" + "1"; // body 00000000 requires '0'
    String code = first17 + org.chainmatch.core.Uscc.checkCharacter(first17);
    String row = code + ",某公司,320505,,熔喷布,,,,";

    assertThatThrownBy(() -> strict(csv(HEADER, row)))
        .isInstanceOfSatisfying(InputRejectedException.class, e ->
            assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("GB 11714")));
    LoadReport report = EnterpriseCsv.read(csv(HEADER, row), "enterprises.csv",
        LoadOptions.strict().withUsccPolicy(org.chainmatch.core.UsccPolicy.ACCEPT_IRREGULAR_CHECK), loaded::add);
    assertThat(report.warnings()).singleElement()
        .satisfies(w -> assertThat(w.reason()).contains("GB 11714"));
  }

  @Test
  void aCodeOfZerosIsRejected() {
    assertThatThrownBy(() -> strict(csv(HEADER, "0".repeat(18) + ",某公司,320505,,熔喷布,,,,")))
        .isInstanceOfSatisfying(InputRejectedException.class, e ->
            assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("positions 1-2")));
  }

  @Test
  void malformedQuotingRejectsTheFileInBothModesAtTheRightLine() {
    String broken = A + ",\"某公司,320505,,熔喷布,,,,";
    assertThatThrownBy(() -> lenient(csv(HEADER, good(B), broken)))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> {
          assertThat(e.problems()).singleElement().extracting(InputProblem::line).isEqualTo(3L);
          assertThat(e.getMessage()).contains("malformed CSV");
        });
  }

  @Test
  void invalidUtf8IsLocatedToItsLineAndColumn() throws Exception {
    byte[] head = (HEADER + "\n" + good(B) + "\n" + A + ",").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    byte[] tail = ",320505,,熔喷布,,,,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);

    LoadReport report = lenient(new java.io.ByteArrayInputStream(all));
    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo("name");
      assertThat(p.reason()).contains("UTF-8");
    });
    assertThatThrownBy(() -> strict(new java.io.ByteArrayInputStream(all)))
        .isInstanceOf(InputRejectedException.class);
  }

  @Test
  void locatesRowsAfterAQuotedCellSpanningLinesAndFoldsItIntoOneLine() throws Exception {
    LoadReport report = lenient(csv(HEADER, A + ",某公司,320505,,熔喷布,\"第一行\r\n\t第二行\",,,", "x,a,320505,,p,,,,"));

    assertThat(loaded).singleElement().satisfies(e -> assertThat(e.scope()).isEqualTo("第一行 第二行"));
    assertThat(report.rejections()).singleElement().extracting(InputProblem::line).isEqualTo(4L);
  }

  @Test
  void readsCarriageReturnOnlyLineEndings() throws Exception {
    strict(Rows.bytes(HEADER + "\r" + good(A) + "\r\n" + good(B) + "\r"));

    assertThat(loaded).hasSize(2);
  }

  @Test
  void aRecordOverTheSizeBoundRejectsTheFileInsteadOfFillingMemory() {
    String huge = "熔".repeat(LoadOptions.DEFAULT_MAX_RECORD_CHARS + 10_000);
    assertThatThrownBy(() -> lenient(csv(HEADER, A + ",某公司,320505,," + huge + ",,,,")))
        .isInstanceOfSatisfying(InputRejectedException.class, e ->
            assertThat(e.getMessage()).contains("enterprises.csv:2").contains("longer than"));
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRejected() throws Exception {
    LoadReport report = lenient(csv(HEADER, good(A) + ",extra"));

    assertThat(report.rejections()).singleElement().satisfies(p -> assertThat(p.reason()).contains("cells"));
  }

  @Test
  void anEmptyFileIsRejected() {
    assertThatThrownBy(() -> lenient(Rows.bytes("")))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("no header");
  }

  @Test
  void writerOutputReadsBackToTheSameEnterprises(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    strict(csv(HEADER, good(A), B + ",=HYPERLINK(\"x\"),320506,,口罩,,SUSPENDED,,false"));
    java.nio.file.Path file = dir.resolve("out.csv");
    try (EntityWriter<Enterprise> w = EnterpriseCsv.writer(file)) {
      for (Enterprise e : loaded) {
        w.write(e);
      }
      w.commit();
    }
    List<Enterprise> again = new ArrayList<>();
    EnterpriseCsv.read(file, LoadOptions.strict(), again::add);

    assertThat(again.get(0)).isEqualTo(loaded.get(0));
    assertThat(again.get(1).name()).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(java.nio.file.Files.list(dir)).containsExactly(file);
  }

  static String withWrongCheck(String code) {
    char wrong = code.charAt(17) == '0' ? '1' : '0';
    return code.substring(0, 17) + wrong;
  }
}
