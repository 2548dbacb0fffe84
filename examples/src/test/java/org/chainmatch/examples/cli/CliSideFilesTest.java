package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 11: a malformed or non-UTF-8 --taxonomy, --synonyms or --vocabulary file is input
 * rejected (exit 1) with its file name, not an internal error; nothing is written.
 */
class CliSideFilesTest {
  @TempDir Path dir;

  Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  Path text(String name, String content) throws Exception {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  Cli match(String option, Path file) throws Exception {
    String maker = Uscc.withComputedChecks("91330106MA000000").value();
    String buyer = Uscc.withComputedChecks("91320506MA000000").value();
    Path enterprises = text("enterprises.csv", "uscc,name,region,products,status\n"
        + maker + ",杭州西湖无纺布有限公司,330106,熔喷布,RESUMED\n"
        + buyer + ",苏州吴中口罩厂,320506,医用口罩,RESUMED\n");
    Path demands = text("demands.csv", "id,requester,product\nD1," + buyer + ",熔喷布\n");
    return Cli.run("match", "--enterprises", enterprises, "--demands", demands, "--city", "320500",
        "--out", dir.resolve("out"), option, file);
  }

  @Test
  void aTaxonomyThatIsNotUtf8IsInputRejectedNamingTheFile() throws Exception {
    Path taxonomy = write("taxonomy.csv", new byte[] {'p', 'r', 'o', 'd', 'u', 'c', 't', ',', 'b',
        'r', 'o', 'a', 'd', 'e', 'r', '\n', (byte) 0xC8, (byte) 0xDB, ',', 'x', '\n'});

    Cli r = match("--taxonomy", taxonomy);

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("taxonomy.csv").doesNotContain("internal");
    assertThat(dir.resolve("out/summary.json")).doesNotExist();
  }

  @Test
  void aTaxonomyRowWithoutItsColumnsIsInputRejectedNamingFileAndLine() throws Exception {
    Cli r = match("--taxonomy", text("taxonomy.csv", "product,broader\n熔喷布\n"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("taxonomy.csv").contains("line 2");
  }

  @Test
  void malformedSynonymRulesAreInputRejectedNamingTheFile() throws Exception {
    Cli r = match("--synonyms", text("synonyms.txt", "熔喷布 => => MB布\n"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("synonyms.txt");
  }
}
