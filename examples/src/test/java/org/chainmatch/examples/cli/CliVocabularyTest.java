package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@code match} with no vocabulary files uses the bundled product vocabulary. */
class CliVocabularyTest {
  @TempDir static Path dir;
  static Path enterprises;
  static Path demands;

  static final String CAUSTIC = code("91320506MA1X00011");
  static final String SILICON = code("91320211MA1X00012");

  private static String code(String seventeen) {
    return Uscc.withComputedChecks(seventeen.substring(0, 8) + seventeen.substring(9)).value();
  }

  @BeforeAll
  static void writeInput() throws Exception {
    enterprises = dir.resolve("enterprises.csv");
    Files.writeString(enterprises, String.join("\n",
        "uscc,name,region,industry,products,status",
        CAUSTIC + ",苏州氯碱化工有限公司,320506,C2612,氢氧化钠,RESUMED",
        code("91320506MA1X00013") + ",苏州烧烤设备有限公司,320506,C3459,烧烤炉,RESUMED",
        code("91320506MA1X00014") + ",苏州碱性电池有限公司,320506,C3844,碱性电池,RESUMED",
        SILICON + ",无锡硅业有限公司,320211,C3140,工业硅,RESUMED",
        code("91320506MA1X00015") + ",苏州金属镁业有限公司,320506,C3139,金属镁,RESUMED",
        code("91320506MA1X00016") + ",苏州硅胶制品有限公司,320506,C2919,硅胶,RESUMED",
        code("91320506MA1X00017") + ",苏州铝材有限公司,320506,C3252,铝合金型材,RESUMED",
        ""), StandardCharsets.UTF_8);
    demands = dir.resolve("demands.csv");
    Files.writeString(demands, String.join("\n",
        "id,requester,product",
        "D-1," + code("91320506MA1X00017") + ",烧碱",
        "D-2," + code("91320506MA1X00017") + ",金属硅",
        ""), StandardCharsets.UTF_8);
  }

  private static List<Map<String, String>> match(Path out, Object... extra) throws Exception {
    Object[] base = {"match", "--enterprises", enterprises, "--demands", demands, "--city", "320500",
        "--out", out, "--today", "2020-02-17", "--threads", "1"};
    Object[] args = new Object[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    Cli run = Cli.run(args);
    assertThat(run.exit).as(run.toString()).isZero();
    return Cli.csv(out.resolve("matches.csv"));
  }

  private static String first(List<Map<String, String>> rows, String demand) {
    return rows.stream()
        .filter(r -> r.get("demand_id").equals(demand) && r.get("rank").equals("1"))
        .map(r -> r.get("supplier")).findFirst().orElse("none");
  }

  @Test
  void tradeNamesFindMakersListingTheChemicalName() throws Exception {
    List<Map<String, String>> rows = match(dir.resolve("default"));
    assertThat(first(rows, "D-1")).isEqualTo(CAUSTIC);
    assertThat(first(rows, "D-2")).isEqualTo(SILICON);
  }

  @Test
  void withoutTheDefaultVocabularyTheTradeNamesMissTheMakers() throws Exception {
    List<Map<String, String>> rows = match(dir.resolve("bare"), "--no-default-vocabulary");
    assertThat(first(rows, "D-1")).isNotEqualTo(CAUSTIC);
    assertThat(first(rows, "D-2")).isNotEqualTo(SILICON);
  }

  @Test
  void aCallersVocabularyFileExtendsTheBundledOne() throws Exception {
    Path own = dir.resolve("own.tsv");
    Files.writeString(own, "relation\tterm\tother\tsource\nalias\t门窗料\t铝合金型材\tcity list\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("demands2.csv"), String.join("\n",
        "id,requester,product", "D-3," + CAUSTIC + ",门窗料", "D-4," + SILICON + ",烧碱", ""), StandardCharsets.UTF_8);
    Cli run = Cli.run("match", "--enterprises", enterprises, "--demands", dir.resolve("demands2.csv"),
        "--city", "320500", "--out", dir.resolve("own"), "--today", "2020-02-17", "--vocabulary", own);
    assertThat(run.exit).as(run.toString()).isZero();
    List<Map<String, String>> rows = Cli.csv(dir.resolve("own").resolve("matches.csv"));
    assertThat(first(rows, "D-3")).isEqualTo(code("91320506MA1X00017"));
    assertThat(first(rows, "D-4")).isEqualTo(CAUSTIC);
  }

  @Test
  void aMalformedVocabularyFileIsInputRejectedNamingTheLine() throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "relation\tterm\tother\nsame\t甲\t乙\n", StandardCharsets.UTF_8);
    Cli run = Cli.run("match", "--enterprises", enterprises, "--demands", demands, "--city", "320500",
        "--out", dir.resolve("bad"), "--vocabulary", bad);
    // A bad input file is exit 1 (input rejected), as for every other input file.
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).contains("bad.tsv:2: column 'relation', value 'same'");
  }
}
