package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes, strict and lenient input handling, and output safety of the CLI. */
class CliInputAndUsageTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  static final String MAKER = uscc("320505", 1);
  static final String FAR_MAKER = uscc("330102", 2);
  static final String BUYER = uscc("320506", 3);

  Path write(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  Path enterprises(String... extraRows) throws Exception {
    String[] rows = new String[4 + extraRows.length];
    rows[0] = "uscc,name,region,products,status,capacity";
    rows[1] = MAKER + ",苏州熔喷新材料有限公司,320505,熔喷布,RESUMED,90";
    rows[2] = FAR_MAKER + ",=HYPERLINK(\"http://x\"),330102,熔喷布,RESUMED,90";
    rows[3] = BUYER + ",吴中口罩厂,320506,医用口罩,RESUMED,";
    System.arraycopy(extraRows, 0, rows, 4, extraRows.length);
    return write("enterprises.csv", rows);
  }

  Path demands() throws Exception {
    return write("demands.csv", "id,requester,product", "D1," + BUYER + ",急购熔喷布二十吨");
  }

  @Test
  void strictModeRejectsBadInputWithExitOneAndWritesNothing() throws Exception {
    Path e = enterprises("not-a-code,坏企业,320505,熔喷布,,");
    Path out = dir.resolve("out");

    Cli r = Cli.run("match", "--enterprises", e, "--demands", demands(), "--city", "320500", "--out", out);

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("enterprises.csv:5").contains("uscc").contains("not-a-code");
    assertThat(out).doesNotExist();
  }

  @Test
  void lenientModeSkipsBadRowsAndListsThemInRejects() throws Exception {
    Path e = enterprises("not-a-code,坏企业,320505,熔喷布,,", uscc("320507", 9) + ",无区划企业,999999,熔喷布,,");
    Path out = dir.resolve("out");

    Cli r = Cli.run("match", "--enterprises", e, "--demands", demands(), "--city", "320500", "--out", out, "--lenient");

    assertThat(r.exit).as(r.toString()).isZero();
    List<Map<String, String>> rejects = Cli.csv(out.resolve("rejects.csv"));
    assertThat(rejects).extracting(m -> m.get("line")).containsExactly("5", "6");
    assertThat(rejects).extracting(m -> m.get("column")).containsExactly("uscc", "region");
    assertThat(rejects.get(1).get("value")).isEqualTo("999999");
    assertThat(Cli.csv(out.resolve("matches.csv"))).isNotEmpty();
  }

  @Test
  void cellsThatSpreadsheetsWouldEvaluateAreEscaped() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city", "320500", "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    List<Map<String, String>> matches = Cli.csv(out.resolve("matches.csv"));
    assertThat(matches).extracting(m -> m.get("supplier_name")).contains("'=HYPERLINK(\"http://x\")");
    assertThat(matches).extracting(m -> m.get("supplier_name")).noneMatch(n -> n.startsWith("="));
  }

  @Test
  void theRequesterNeverMatchesItselfAndTheNearReadyMakerComesFirst() throws Exception {
    Path out = dir.resolve("out");
    Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city", "320500", "--out", out);

    List<Map<String, String>> matches = Cli.csv(out.resolve("matches.csv"));
    assertThat(matches).extracting(m -> m.get("supplier")).doesNotContain(BUYER);
    assertThat(matches.get(0).get("supplier")).isEqualTo(MAKER);
    assertThat(matches.get(0).get("in_city")).isEqualTo("true");
  }

  @Test
  void aMunicipalityMayBeGivenByEitherCode() throws Exception {
    Cli a = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city", "110000", "--out", dir.resolve("a"));
    Cli b = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city", "110100", "--out", dir.resolve("b"));

    assertThat(a.exit).as(a.toString()).isZero();
    assertThat(b.exit).as(b.toString()).isZero();
    assertThat(Files.readString(dir.resolve("a/matches.csv"))).isEqualTo(Files.readString(dir.resolve("b/matches.csv")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"320506", "999900", "abc", "320000"})
  void aCityCodeThatIsNotACityIsAUsageError(String code) throws Exception {
    Cli r = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city", code, "--out", dir.resolve("o"));

    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains(code);
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void missingRequiredOptionsAreUsageErrors() throws Exception {
    assertThat(Cli.run("match", "--enterprises", enterprises(), "--city", "320500", "--out", dir.resolve("o")).exit).isEqualTo(2);
    assertThat(Cli.run("match", "--demands", demands(), "--city", "320500", "--out", dir.resolve("o")).exit).isEqualTo(2);
    assertThat(Cli.run("match", "--bogus").exit).isEqualTo(2);
    assertThat(Cli.run().exit).isEqualTo(2);
  }

  @Test
  void aMissingInputFileIsReportedNotAnInternalError() throws Exception {
    Cli r = Cli.run("match", "--enterprises", dir.resolve("nope.csv"), "--demands", demands(), "--city", "320500", "--out", dir.resolve("o"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("nope.csv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "match", "analyze", "run", "index", "outreach"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli r = Cli.run(command, "--help");

    assertThat(r.exit).isZero();
    assertThat(r.out).contains("Usage:").containsIgnoringCase("example");
  }

  @Test
  void analyzeWritesTheAnalysisTables() throws Exception {
    Path relations = write("relations.csv", "supplier,customer,product,share", MAKER + "," + BUYER + ",熔喷布,1");
    Path out = dir.resolve("analysis");

    Cli r = Cli.run("analyze", "--enterprises", enterprises(), "--relations", relations, "--city", "320500", "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(out.resolve("breakpoints.csv")).isRegularFile();
    assertThat(out.resolve("blocked.csv")).isRegularFile();
    assertThat(out.resolve("priorities.csv")).isRegularFile();
    assertThat(out.resolve("summary.json")).isRegularFile();
  }

  // MAKER is BUYER's only supplier of 熔喷布; FAR_MAKER, in 杭州, makes it too. Worked by hand:
  // without MAKER, BUYER's 熔喷布 is uncovered (blocked, coverage 0) and a breakpoint that only a
  // maker outside the city could fill; BUYER then cannot produce, so it is not "at risk" (tier 0)
  // and nothing is downstream of it.
  private List<Map<String, String>> whatIf(String... options) throws Exception {
    Path relations = write("relations.csv", "supplier,customer,product,share", MAKER + "," + BUYER + ",熔喷布,1");
    Path out = dir.resolve("what-if");
    List<Object> args = new java.util.ArrayList<>(List.of(
        "analyze", "--enterprises", enterprises(), "--relations", relations, "--city", "320500", "--out", out));
    args.addAll(List.of(options));

    Cli r = Cli.run(args.toArray());

    assertThat(r.exit).as(r.toString()).isZero();
    return Cli.csv(out.resolve("what-if.csv"));
  }

  @Test
  void analyzeWritesWhatSuspendingAnEnterpriseWouldBreak() throws Exception {
    List<Map<String, String>> rows = whatIf("--what-if-suspend", MAKER);

    assertThat(rows).extracting(m -> m.get("change")).containsExactly("newly_blocked", "new_breakpoint");
    assertThat(rows).extracting(m -> m.get("enterprise")).containsOnly(BUYER);
    assertThat(rows.get(0).get("coverage")).isEqualTo("0.0000");
    assertThat(rows.get(1).get("sourcing")).isEqualTo("OUT_OF_CITY_ONLY");
    assertThat(dir.resolve("what-if").resolve("summary.json")).content()
        .contains("\"what_if_changed_enterprises\" : 1").contains("\"what_if_breakpoint_delta\" : 1");
  }

  @Test
  void aWhatIfRegionCodeChangesEveryEnterpriseThere() throws Exception {
    assertThat(whatIf("--what-if-suspend", "320505")).extracting(m -> m.get("change"))
        .containsExactly("newly_blocked", "new_breakpoint");
  }

  @Test
  void whatIfSuspensionsApplyAfterResumptions() throws Exception {
    assertThat(whatIf("--what-if-resume", "320500", "--what-if-suspend", MAKER)).extracting(m -> m.get("change"))
        .containsExactly("newly_blocked", "new_breakpoint");
  }

  @Test
  void anUnknownWhatIfCodeIsAUsageErrorAndNothingIsWritten() throws Exception {
    Path relations = write("relations.csv", "supplier,customer,product", MAKER + "," + BUYER + ",熔喷布");
    Path out = dir.resolve("bad");

    Cli r = Cli.run("analyze", "--enterprises", enterprises(), "--relations", relations, "--city", "320500",
        "--out", out, "--what-if-resume", "91320505MA1XXXXXXX");

    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--what-if-resume").contains("91320505MA1XXXXXXX");
    assertThat(out).doesNotExist();
  }

  @Test
  void runTurnsABreakpointIntoADemandAndMatchesIt() throws Exception {
    String suspendedMaker = uscc("320505", 7);
    Path e = enterprises(suspendedMaker + ",停工熔喷厂,320505,熔喷布,SUSPENDED,");
    Path relations = write("relations.csv", "supplier,customer,product", suspendedMaker + "," + BUYER + ",熔喷布");
    Path out = dir.resolve("run");

    Cli r = Cli.run("run", "--enterprises", e, "--relations", relations, "--city", "320500", "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    List<Map<String, String>> breakpoints = Cli.csv(out.resolve("breakpoints.csv"));
    assertThat(breakpoints).hasSize(1);
    List<Map<String, String>> matches = Cli.csv(out.resolve("matches.csv"));
    assertThat(matches).extracting(m -> m.get("demand_id")).allMatch(id -> id.startsWith("BP-"));
    assertThat(matches.get(0).get("supplier")).isEqualTo(MAKER);
  }

  @Test
  void aPersistedIndexIsReusedForTheSameEnterprises() throws Exception {
    Path e = enterprises();
    Path idx = dir.resolve("idx");
    Cli first = Cli.run("index", "--enterprises", e, "--index", idx);
    Cli second = Cli.run("match", "--enterprises", e, "--demands", demands(), "--city", "320500", "--index", idx, "--out", dir.resolve("o"));

    assertThat(first.exit).as(first.toString()).isZero();
    assertThat(second.exit).as(second.toString()).isZero();
    assertThat(Files.readString(dir.resolve("o/summary.json"))).contains("\"index_reused\" : true");
  }
}
