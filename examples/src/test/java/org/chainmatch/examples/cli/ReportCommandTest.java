package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chainmatch.core.Uscc;
import org.chainmatch.outreach.OutreachStore;
import org.chainmatch.outreach.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: {@code report --in DIR} rebuilds report.html from an earlier run's folder. */
class ReportCommandTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  // The key maker in 姑苏 buys 电芯 only from a suspended supplier in 吴中 (a breakpoint), whose
  // product is also made by a working enterprise in 无锡 (so the breakpoint needs outreach).
  static final String KEY = uscc("320508", 1);
  static final String CELL = uscc("320506", 2);
  static final String FAR = uscc("320211", 3);

  Path[] inputs() throws Exception {
    Path e = dir.resolve("enterprises.csv");
    Files.writeString(e, String.join("\n",
        "uscc,name,region,industry,products,status,key",
        KEY + ",苏州龙头储能有限公司,320508,C3841,储能电池,RESUMED,true",
        CELL + ",吴中电芯制造有限公司,320506,C3841,电芯,SUSPENDED,false",
        FAR + ",无锡电芯科技有限公司,320211,C3841,电芯,RESUMED,false") + "\n", StandardCharsets.UTF_8);
    Path r = dir.resolve("relations.csv");
    Files.writeString(r, "supplier,customer,product,share\n" + CELL + "," + KEY + ",电芯,1\n",
        StandardCharsets.UTF_8);
    return new Path[] {e, r};
  }

  @Test
  void rebuildsTheReportWithTheOutreachStoreAsItIsNow() throws Exception {
    Path[] in = inputs();
    Path out = dir.resolve("out");
    Cli run = Cli.run("run", "--enterprises", in[0], "--relations", in[1], "--city", "320500",
        "--out", out, "--today", LocalDate.of(2020, 2, 17));
    assertThat(run.exit).as(run.err).isZero();
    String before = Files.readString(out.resolve("report.html"));
    assertThat(before).contains("<td>无锡市工业和信息化局</td>");
    try (OutreachStore store = OutreachStore.open(out.resolve("outreach-store.json"))) {
      String id = store.all().get(0).id();
      store.transition(id, RequestState.SENT, "张三", "已发函");
    }
    Files.delete(out.resolve("report.html"));

    Cli r = Cli.run("report", "--in", out);

    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).doesNotContain("warning");
    String after = Files.readString(out.resolve("report.html"));
    // The same analysis; the request now counts as sent (待发 0, 已发函 1).
    assertThat(after).contains("<td>无锡市工业和信息化局</td><td class=\"n\">1</td><td class=\"n\">1</td>"
        + "<td class=\"n\">0</td><td class=\"n\">1</td>");
    assertThat(after).contains("data-key=\"breakpoints\"><div class=\"v\">1</div>");
  }

  @Test
  void repeatsTheWhatIfThatAnalyzeRan() throws Exception {
    Path[] in = inputs();
    Path out = dir.resolve("out");
    assertThat(Cli.run("analyze", "--enterprises", in[0], "--relations", in[1], "--city", "320500",
        "--out", out, "--what-if-resume", CELL).exit).isZero();
    Files.delete(out.resolve("report.html"));

    Cli r = Cli.run("report", "--in", out);

    assertThat(r.exit).as(r.err).isZero();
    assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"whatif\"",
        "<tr data-whatif=\"1\"><td>断点</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">-1</td></tr>");
  }

  @Test
  void warnsWhenTheInputsChangedSinceTheRun() throws Exception {
    Path[] in = inputs();
    Path out = dir.resolve("out");
    assertThat(Cli.run("analyze", "--enterprises", in[0], "--relations", in[1], "--city", "320500",
        "--out", out).exit).isZero();
    Files.writeString(in[0], Files.readString(in[0]).replace("电芯,SUSPENDED", "电芯,RESUMED"));

    Cli r = Cli.run("report", "--in", out);

    assertThat(r.exit).isZero();
    assertThat(r.err).contains("warning: breakpoints is 0 now but 1 in summary.json");
  }

  @Test
  void inputsThatAreGoneAreNamedAndNothingIsWritten() throws Exception {
    Path[] in = inputs();
    Path out = dir.resolve("out");
    assertThat(Cli.run("analyze", "--enterprises", in[0], "--relations", in[1], "--city", "320500",
        "--out", out).exit).isZero();
    Files.delete(out.resolve("report.html"));
    Files.delete(in[0]);

    Cli r = Cli.run("report", "--in", out);

    assertThat(r.exit).isEqualTo(ExitCode.INPUT_REJECTED);
    assertThat(r.err).contains(in[0].toString());
    assertThat(out.resolve("report.html")).doesNotExist();
  }

  @Test
  void aFolderWithoutSummaryIsAUsageError() {
    Cli r = Cli.run("report", "--in", dir);

    assertThat(r.exit).isEqualTo(ExitCode.USAGE);
    assertThat(r.err).contains("no summary.json");
  }
}
