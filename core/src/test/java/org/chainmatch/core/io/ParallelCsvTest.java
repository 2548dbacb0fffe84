package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.core.io.Rows.uscc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file in chunks on several threads gives what the sequential read gives: the same
 * values in the same order, the same problems at the same lines in the same order, the same
 * report. Chunks here are a few KiB so that small files cross many chunk boundaries.
 */
class ParallelCsvTest {
  static final int CHUNK = 4096;
  static final LoadOptions STRICT = LoadOptions.strict().withThreads(3);
  static final LoadOptions LENIENT = LoadOptions.lenientDefaults().withThreads(3);

  @TempDir Path dir;

  /** What one read gave: the values passed on, and the report or the rejection. */
  record Outcome<T>(List<T> values, LoadReport report, List<InputProblem> rejected, long total) {}

  static <T> Outcome<T> sequential(Path file, LoadOptions options, RowMapper<T> mapper)
      throws IOException {
    List<T> values = new ArrayList<>();
    try {
      LoadReport r = ContractCsv.read(
          CsvRowSource.open(file, options.withThreads(1)), options, mapper, values::add);
      return new Outcome<>(values, r, List.of(), 0);
    } catch (InputRejectedException e) {
      return new Outcome<>(values, null, e.problems(), e.totalProblems());
    }
  }

  static <T> Outcome<T> parallel(
      Path file, LoadOptions options, RowMapper<T> mapper, ParallelCsv.Trace trace)
      throws IOException {
    List<T> values = new ArrayList<>();
    try {
      LoadReport r = ParallelCsv.read(file, file.toString(), StandardCharsets.UTF_8, options,
          mapper, values::add, CHUNK, trace);
      return new Outcome<>(values, r, List.of(), 0);
    } catch (InputRejectedException e) {
      return new Outcome<>(values, null, e.problems(), e.totalProblems());
    }
  }

  Path write(String name, List<String> lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  /** {@code n} valid enterprise rows after the header; row i is on line i + 2. */
  static List<String> enterprises(int n) {
    List<String> lines = new ArrayList<>();
    lines.add("uscc,name,region,products,scope,status");
    for (int i = 0; i < n; i++) {
      lines.add(uscc("320505", i + 1) + ",苏州第" + i + "精密机械有限公司,320505,聚丙烯;熔喷布,机械制造,RESUMED");
    }
    return lines;
  }

  static final Map<String, Uscc> KNOWN = new HashMap<>();

  static {
    for (int i = 0; i < 400; i++) {
      String code = uscc("320505", i + 1);
      KNOWN.put(code, Uscc.parse(code));
    }
  }

  static Function<String, Uscc> known() {
    return KNOWN::get;
  }

  /** {@code n} valid relation rows after the header; row i is on line i + 2. */
  static List<String> relations(int n) {
    List<String> lines = new ArrayList<>();
    lines.add("supplier,customer,product,share");
    for (int i = 0; i < n; i++) {
      lines.add(uscc("320505", i % 400 + 1) + "," + uscc("320505", (i + 7) % 400 + 1) + ",熔喷布,0.5");
    }
    return lines;
  }

  @Test
  void aFileOfManyChunksGivesTheSequentialReadsValuesAndReport() throws Exception {
    Path file = write("enterprises.csv", enterprises(3_000));
    ParallelCsv.Trace trace = new ParallelCsv.Trace();

    Outcome<Enterprise> parallel = parallel(file, STRICT, EnterpriseCsv.mapper(STRICT), trace);

    assertThat(trace.chunks).isGreaterThan(20);
    assertThat(trace.fromWorkers).isEqualTo(trace.chunks);
    assertThat(trace.sequentialFrom).isEqualTo(-1);
    assertThat(parallel.values()).hasSize(3_000);
    assertThat(parallel.values().get(2_999).uscc().value()).isEqualTo(uscc("320505", 3_000));
    assertThat(parallel).isEqualTo(sequential(file, STRICT, EnterpriseCsv.mapper(STRICT)));
  }

  @Test
  void anErrorInALateChunkIsReportedWithItsLineInTheFile() throws Exception {
    List<String> lines = relations(5_000);
    lines.set(4_500, lines.get(4_500).replace(",0.5", ",1.5")); // line 4,501
    Path file = write("relations.csv", lines);
    ParallelCsv.Trace trace = new ParallelCsv.Trace();

    Outcome<SupplyRelation> parallel =
        parallel(file, STRICT, RelationCsv.mapper(STRICT, known()), trace);

    assertThat(trace.sequentialFrom).isEqualTo(-1);
    assertThat(parallel.rejected()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file.toString());
      assertThat(p.line()).isEqualTo(4_501);
      assertThat(p.column()).isEqualTo("share");
      assertThat(p.value()).isEqualTo("1.5");
    });
    assertThat(parallel).isEqualTo(sequential(file, STRICT, RelationCsv.mapper(STRICT, known())));
  }

  @Test
  void whenTwoChunksFailTheFirstProblemInFileOrderComesFirst() throws Exception {
    List<String> lines = relations(5_000);
    lines.set(4_000, lines.get(4_000).replace("熔喷布", "")); // line 4,001: no product
    lines.set(300, lines.get(300).replace(",0.5", ",x")); // line 301: not a number
    Path file = write("relations.csv", lines);

    Outcome<SupplyRelation> parallel = parallel(
        file, STRICT, RelationCsv.mapper(STRICT, known()), new ParallelCsv.Trace());

    assertThat(parallel.rejected()).extracting(InputProblem::line).containsExactly(301L, 4_001L);
    assertThat(parallel.rejected()).extracting(InputProblem::column)
        .containsExactly("share", "product");
    assertThat(parallel.total()).isEqualTo(2);
    // Strict: nothing after the first bad row reaches the sink.
    assertThat(parallel.values()).hasSize(299);
    assertThat(parallel).isEqualTo(sequential(file, STRICT, RelationCsv.mapper(STRICT, known())));
  }

  @Test
  void aQuotedCellWithLineBreaksAcrossAChunkEndIsReadAsOneRecord() throws Exception {
    List<String> lines = enterprises(3_000);
    // Row 100's scope, 8,000 bytes of quoted lines, holds a chunk's start (every 4,096 bytes).
    lines.set(101, lines.get(101).replace(",机械制造,", ",\"" + "机械制造；\n".repeat(500) + "\","));
    // Short quoted cells with line breaks and quotes elsewhere.
    for (int i = 30; i < 3_000; i += 97) {
      lines.set(i + 1, lines.get(i + 1).replace(
          ",苏州第" + i + "精密机械有限公司,", ",\"苏州第" + i + "精密\n\n机械,\"\"有限\"\"\n公司\","));
    }
    Path file = write("enterprises.csv", lines);
    ParallelCsv.Trace trace = new ParallelCsv.Trace();

    Outcome<Enterprise> parallel = parallel(file, STRICT, EnterpriseCsv.mapper(STRICT), trace);

    assertThat(trace.sequentialFrom).isBetween(1, 3);
    assertThat(parallel.values()).hasSize(3_000);
    assertThat(parallel.values().get(30).name()).isEqualTo("苏州第30精密 机械,\"有限\" 公司");
    assertThat(parallel.values().get(100).scope()).hasSize(500 * 5 + 499).startsWith("机械制造； 机械");
    assertThat(parallel).isEqualTo(sequential(file, STRICT, EnterpriseCsv.mapper(STRICT)));
  }

  @Test
  void aLateBadRowAfterMultiLineCellsKeepsItsLine() throws Exception {
    List<String> lines = enterprises(3_000);
    lines.set(500, lines.get(500).replace(",苏州第499精密机械有限公司,", ",\"苏州第499精密\n机械\","));
    lines.set(2_800, lines.get(2_800).replace("320505,聚", "999999,聚"));
    Path file = write("enterprises.csv", lines);

    Outcome<Enterprise> parallel =
        parallel(file, LENIENT, EnterpriseCsv.mapper(LENIENT), new ParallelCsv.Trace());

    // Row 2,800 starts on line 2,802: one line break inside row 500's name comes before it.
    assertThat(parallel.report().rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2_802);
      assertThat(p.column()).isEqualTo("region");
      assertThat(p.value()).isEqualTo("999999");
    });
    assertThat(parallel.values()).hasSize(2_999);
    assertThat(parallel.values().get(499).name()).isEqualTo("苏州第499精密 机械");
    assertThat(parallel).isEqualTo(sequential(file, LENIENT, EnterpriseCsv.mapper(LENIENT)));
  }

  @Test
  void lenientRejectsKeepEveryBadRowInFileOrder() throws Exception {
    List<String> lines = relations(5_000);
    java.util.TreeSet<Long> bad = new java.util.TreeSet<>();
    for (int i = 4_990; i > 0; i -= 333) {
      lines.set(i, lines.get(i).replace(",0.5", ",-1"));
      bad.add(i + 1L);
    }
    lines.set(1_234, lines.get(1_234) + ",extra");
    bad.add(1_235L);
    Path file = write("relations.csv", lines);

    Outcome<SupplyRelation> parallel = parallel(
        file, LENIENT, RelationCsv.mapper(LENIENT, known()), new ParallelCsv.Trace());

    assertThat(parallel.report().rejections()).extracting(InputProblem::line)
        .containsExactlyElementsOf(bad);
    assertThat(parallel.report().rejectedRows()).isEqualTo(bad.size());
    assertThat(parallel.report().rowsAccepted()).isEqualTo(5_000 - bad.size());
    assertThat(parallel.values()).hasSize(5_000 - bad.size());
    assertThat(parallel).isEqualTo(sequential(file, LENIENT, RelationCsv.mapper(LENIENT, known())));
  }

  @Test
  void aDuplicateCodeInALaterChunkRejectsTheLaterRow() throws Exception {
    List<String> lines = enterprises(3_000);
    lines.set(2_900, lines.get(2_900).replace(uscc("320505", 2_900), uscc("320505", 10)));
    Path file = write("enterprises.csv", lines);

    Outcome<Enterprise> parallel =
        parallel(file, LENIENT, EnterpriseCsv.mapper(LENIENT), new ParallelCsv.Trace());

    assertThat(parallel.report().rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2_901);
      assertThat(p.reason()).contains("duplicate USCC");
    });
    assertThat(parallel.values()).hasSize(2_999);
    assertThat(parallel).isEqualTo(sequential(file, LENIENT, EnterpriseCsv.mapper(LENIENT)));
  }

  @Test
  void malformedQuotingInALateChunkIsReportedAsTheSequentialReadDoes() throws Exception {
    List<String> lines = relations(5_000);
    lines.set(3_000, lines.get(3_000).replace(",熔喷布", ",\"熔喷\"布"));
    Path file = write("relations.csv", lines);
    ParallelCsv.Trace trace = new ParallelCsv.Trace();

    Outcome<SupplyRelation> parallel =
        parallel(file, LENIENT, RelationCsv.mapper(LENIENT, known()), trace);

    assertThat(trace.sequentialFrom).isPositive();
    assertThat(parallel.rejected()).last().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3_001);
      assertThat(p.reason()).contains("malformed CSV");
    });
    assertThat(parallel).isEqualTo(sequential(file, LENIENT, RelationCsv.mapper(LENIENT, known())));
  }

  @Test
  void blankLinesAndCrLfLineEndsKeepTheLines() throws Exception {
    List<String> lines = relations(5_000);
    for (int i = 100; i < 5_000; i += 250) {
      lines.set(i, lines.get(i) + "\r\n\r\n");
    }
    lines.set(4_700, lines.get(4_700).replace("熔喷布", "熔喷布\u0007"));
    Path file = write("relations.csv", lines);

    Outcome<SupplyRelation> parallel = parallel(
        file, LENIENT, RelationCsv.mapper(LENIENT, known()), new ParallelCsv.Trace());

    // 20 rows before row 4,700 carry two extra (blank) lines each.
    assertThat(parallel.report().rejections()).singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(4_701 + 2 * 19));
    assertThat(parallel).isEqualTo(sequential(file, LENIENT, RelationCsv.mapper(LENIENT, known())));
  }
}
