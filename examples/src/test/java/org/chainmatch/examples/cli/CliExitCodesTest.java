package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 9, 11 and 12: exit codes, one-line messages and the files summary.json lists. */
class CliExitCodesTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  Path write(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  Path enterprises() throws Exception {
    return write("e.csv", "uscc,name,region,products,status",
        uscc("320505", 1) + ",苏州熔喷布厂,320505,熔喷布,RESUMED",
        uscc("330102", 2) + ",杭州熔喷布厂,330102,熔喷布,SUSPENDED",
        uscc("320506", 3) + ",吴中口罩厂,320506,医用口罩,RESUMED");
  }

  Path demands() throws Exception {
    return write("d.csv", "id,requester,product", "D1," + uscc("320506", 3) + ",熔喷布");
  }

  @Test
  void outOfMemoryIsExitThreeWithTheHeapAndXmxAdviceOnOneLine() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), ChainmatchCli.class.getName(), "demo",
        "--size", "200000", "--out", dir.resolve("demo").toString())
        .redirectOutput(dir.resolve("out.log").toFile())
        .redirectError(dir.resolve("err.log").toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("err.log"), StandardCharsets.UTF_8);

    assertThat(p.exitValue()).as(err).isEqualTo(3);
    List<String> lines = err.lines().filter(l -> !l.isBlank() && !l.startsWith("generating")
        && !l.startsWith("warning")).toList();
    assertThat(lines).as(err).hasSize(1);
    assertThat(lines.get(0)).contains("out of memory").contains("MB").contains("-Xmx");
    assertThat(err).doesNotContain("\tat ");
  }

  @Test
  void anInternalFailureIsOneLineWithoutAStackTrace() throws Exception {
    Path file = write("not-a-folder.txt", "x");

    Cli r = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city",
        "320500", "--out", file.resolve("sub"));

    assertThat(r.exit).as(r.toString()).isEqualTo(3);
    assertThat(r.err.strip().lines()).as(r.err).hasSize(1);
    assertThat(r.err).contains("internal error").contains("CHAINMATCH_TRACE").doesNotContain("\tat ");
  }

  @Test
  void anEmptyOutIsAUsageError() throws Exception {
    Cli r = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city",
        "320500", "--out", "");

    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--out");
    assertThat(Path.of("matches.csv")).doesNotExist();
  }

  @Test
  void indexIntoANonEmptyFolderThatHoldsNoIndexIsAUsageError() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(folder.resolve("notes.txt"), "mine");

    Cli r = Cli.run("index", "--enterprises", enterprises(), "--index", folder);

    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--index").contains("not empty");
    assertThat(folder.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void summaryListsEveryFileWrittenAndNothingElse() throws Exception {
    Path out = dir.resolve("out");
    Cli r = Cli.run("match", "--enterprises", enterprises(), "--demands", demands(), "--city",
        "320500", "--out", out, "--today", "2020-02-17", "--threads", "1");

    assertThat(r.exit).as(r.toString()).isZero();
    JsonNode files = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("files");
    List<String> listed = new ArrayList<>();
    files.forEach(f -> listed.add(f.asText()));
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(out)) {
      walk.filter(Files::isRegularFile)
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.endsWith(".lock") && !n.startsWith("."))
          .forEach(present::add);
    }
    assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(present)
        .contains("matches.csv", "summary.json");
  }
}
