package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code match} command on a city of a million enterprises runs to completion in a 4 GB heap.
 *
 * <p>The command runs in a child JVM so that its heap limit, its peak resident set ({@code VmHWM}
 * from {@code /proc}, sampled while it runs) and its GC log are its own. The figures are printed
 * as one {@code memory:} line and recorded in RELIABILITY.md; the GC log and the command's output
 * are kept under {@code target/reliability/} for a second look.
 */
@Tag("long")
class CityScaleMemoryTest {
  static final int ENTERPRISES = 1_000_000;
  static final int DEMANDS = 3_000;
  static final String HEAP = "-Xmx4g";
  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  @Test
  void matchesAMillionEnterpriseCityWithinAFourGigabyteHeap(@TempDir Path dir) throws Exception {
    long generating = System.nanoTime();
    CityFiles city = CityGenerator.builder()
        .homeCity("320500").enterprises(ENTERPRISES).demands(DEMANDS).seed(1)
        .build().writeTo(dir.resolve("city"));
    double generated = (System.nanoTime() - generating) / 1e9;

    Path logs = Files.createDirectories(Path.of("target", "reliability"));
    Path gcLog = logs.resolve("city-scale-gc.log").toAbsolutePath();
    Path out = dir.resolve("out");
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            HEAP, "-Xlog:gc:file=" + gcLog,
            "-cp", System.getProperty("java.class.path"),
            ChainmatchCli.class.getName(), "match",
            "--enterprises", city.enterprises().toString(),
            "--relations", city.relations().toString(),
            "--demands", city.demands().toString(),
            "--city", "320500", "--today", "2020-02-17", "--out", out.toString())
        .redirectOutput(logs.resolve("city-scale-stdout.txt").toFile())
        .redirectError(logs.resolve("city-scale-stderr.txt").toFile())
        .start();
    long started = System.nanoTime();
    long peakRssKb = 0;
    while (child.isAlive()) {
      peakRssKb = Math.max(peakRssKb, highWaterMarkKb(child.pid()).orElse(0));
      Thread.sleep(250);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peakHeapMb = peakHeapMb(gcLog);
    System.out.printf(
        "memory: %d enterprises, %d relations, %d demands (generated in %.0f s); match %s: exit %d in"
            + " %.0f s, peak RSS %d MB, peak heap before GC %d MB%n",
        city.enterpriseCount(), city.relationCount(), city.demandCount(), generated, HEAP,
        child.exitValue(), seconds, peakRssKb / 1024, peakHeapMb);

    assertThat(child.exitValue())
        .as("exit code; stderr: %s", Files.readString(logs.resolve("city-scale-stderr.txt")))
        .isZero();
    try (Stream<String> rows = Files.lines(out.resolve("matches.csv"), StandardCharsets.UTF_8)) {
      assertThat(rows.skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct().count())
          .as("demands with at least one match")
          .isGreaterThan(DEMANDS / 2);
    }
  }

  /** The peak resident set of a live process, or empty once it is gone. */
  private static OptionalLong highWaterMarkKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // The process ended between isAlive() and the read; the last sample stands.
    }
    return OptionalLong.empty();
  }

  /** The largest heap occupancy any collection started from, per the unified GC log. */
  private static long peakHeapMb(Path gcLog) throws IOException {
    long peak = 0;
    List<String> lines = Files.readAllLines(gcLog);
    for (String line : lines) {
      Matcher m = GC_HEAP.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }
}
