package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 13 and 14: a run owns its output folder. */
class CliOutputFolderTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  Path write(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  Path enterprises(String... extra) throws Exception {
    String[] rows = new String[3 + extra.length];
    rows[0] = "uscc,name,region,products,status";
    rows[1] = uscc("320505", 1) + ",苏州熔喷布厂,320505,熔喷布,RESUMED";
    rows[2] = uscc("320506", 3) + ",吴中口罩厂,320506,医用口罩,RESUMED";
    System.arraycopy(extra, 0, rows, 3, extra.length);
    return write("e.csv", rows);
  }

  Cli match(Path enterprises, Path out, Object... more) throws Exception {
    Path d = write("d.csv", "id,requester,product", "D1," + uscc("320506", 3) + ",熔喷布");
    java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of("match",
        "--enterprises", enterprises, "--demands", d, "--city", "320500", "--out", out,
        "--threads", "1"));
    args.addAll(java.util.List.of(more));
    return Cli.run(args.toArray());
  }

  @Test
  void aRunReplacesThePreviousRunsOutputsAsAWhole() throws Exception {
    Path out = dir.resolve("out");
    Cli lenient = match(enterprises("not-a-code,坏企业,320505,钢,RESUMED"), out, "--lenient");
    assertThat(lenient.exit).as(lenient.toString()).isZero();
    assertThat(out.resolve("rejects.csv")).exists();
    Files.writeString(out.resolve("my-notes.txt"), "mine");

    Cli strict = match(enterprises(), out);

    assertThat(strict.exit).as(strict.toString()).isZero();
    assertThat(out.resolve("rejects.csv")).doesNotExist();
    assertThat(out.resolve("summary.json")).content().contains("\"rejected_rows\" : 0");
    assertThat(out.resolve("my-notes.txt")).hasContent("mine");
  }

  @Test
  void strayTemporaryFilesOfAKilledRunAreRemovedByTheNextRun() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out/letters")).getParent();
    Path stray = Files.writeString(out.resolve(".matches.csv.3k2j1.tmp"), "half");
    Path strayLetter = Files.writeString(out.resolve("letters/.OR-1.md.9x.tmp"), "half");

    Cli r = match(enterprises(), out);

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(stray).doesNotExist();
    assertThat(strayLetter).doesNotExist();
  }

  @Test
  void aSecondRunIntoAFolderInUseFailsWithoutWriting() throws Exception {
    Path out = dir.resolve("out");
    OutputFolder held = OutputFolder.create(out);
    Cli r;
    try {
      r = match(enterprises(), out);
    } finally {
      held.close();
    }

    assertThat(r.exit).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("in use by another chainmatch run");
    assertThat(out.resolve("matches.csv")).doesNotExist();
  }
}
