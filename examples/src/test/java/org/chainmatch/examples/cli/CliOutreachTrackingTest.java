package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.outreach.Need;
import org.chainmatch.outreach.OutreachItem;
import org.chainmatch.outreach.OutreachReason;
import org.chainmatch.outreach.OutreachRequest;
import org.chainmatch.outreach.OutreachStore;
import org.chainmatch.outreach.Priority;
import org.chainmatch.outreach.RequestState;
import org.chainmatch.outreach.TrackedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 5, 6, 7 and 11 (outreach): tracking through the command line. */
class CliOutreachTrackingTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  static final String BUYER = uscc("320506", 1);
  static final String NANJING_BUYER = uscc("320102", 2);
  static final String FABRIC = uscc("330102", 3);
  static final String LOOPS = uscc("330102", 4);

  Path write(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  // Only 杭州 makes what the buyers need, so every demand becomes an item of a letter to 杭州.
  Path enterprises() throws Exception {
    return write("e.csv", "uscc,name,region,products,status",
        BUYER + ",吴中口罩厂,320506,医用口罩,RESUMED",
        NANJING_BUYER + ",玄武家具厂,320102,办公家具,RESUMED",
        FABRIC + ",杭州熔喷布厂,330102,熔喷布,RESUMED",
        LOOPS + ",杭州耳带厂,330102,口罩耳带,RESUMED");
  }

  Cli match(Path demands, String city, Object... more) throws Exception {
    List<Object> args = new ArrayList<>(List.of("match", "--enterprises", enterprises(),
        "--demands", demands, "--city", city, "--today", "2020-02-17", "--threads", "1"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray());
  }

  static JsonNode json(Path file) throws Exception {
    return new ObjectMapper().readTree(file.toFile());
  }

  @Test
  void aSecondRunOnTheSameDayWithOneMoreDemandTracksTheNewItem() throws Exception {
    Path out = dir.resolve("out");
    Cli first = match(write("d1.csv", "id,requester,product", "D1," + BUYER + ",熔喷布"), "320500",
        "--out", out);
    Cli second = match(write("d2.csv", "id,requester,product", "D1," + BUYER + ",熔喷布",
        "D2," + BUYER + ",口罩耳带"), "320500", "--out", out);

    assertThat(first.exit).as(first.toString()).isZero();
    assertThat(second.exit).as(second.toString()).isZero();
    assertThat(json(out.resolve("summary.json")).get("tracked_new").asInt()).isEqualTo(1);
    JsonNode letters = json(out.resolve("outreach.json"));
    assertThat(letters).hasSize(1);
    String id = letters.get(0).get("id").asText();
    assertThat(id).isEqualTo("OR-320500-330100-20200217-2");
    try (OutreachStore store = OutreachStore.open(out.resolve("outreach-store.json"))) {
      assertThat(store.all()).extracting(TrackedRequest::id)
          .containsExactly("OR-320500-330100-20200217-1", id);
      assertThat(store.find(id).orElseThrow().items()).hasSize(2);
    }
    Cli update = Cli.run("outreach", "update", "--store", out.resolve("outreach-store.json"),
        "--id", id, "--state", "SENT", "--officer", "王芳");
    assertThat(update.exit).as(update.toString()).isZero();
  }

  @Test
  void twoHomeCitiesSharingOneStoreKeepBothRequests() throws Exception {
    Path store = dir.resolve("shared-store.json");
    Cli suzhou = match(write("d1.csv", "id,requester,product", "D1," + BUYER + ",熔喷布"),
        "320500", "--out", dir.resolve("suzhou"), "--store", store);
    Cli nanjing = match(write("d2.csv", "id,requester,product", "D1," + NANJING_BUYER + ",熔喷布"),
        "320100", "--out", dir.resolve("nanjing"), "--store", store);

    assertThat(suzhou.exit).as(suzhou.toString()).isZero();
    assertThat(nanjing.exit).as(nanjing.toString()).isZero();
    try (OutreachStore s = OutreachStore.open(store)) {
      assertThat(s.all()).extracting(TrackedRequest::id)
          .containsExactlyInAnyOrder("OR-320100-330100-20200217-1", "OR-320500-330100-20200217-1");
    }
  }

  @Test
  void aCorruptStoreIsRejectedBeforeAnythingIsWrittenAndLeftUntouched() throws Exception {
    Path store = write("store.json", "{\"format\": \"chainmatch-outreach-store\",", "  \"version\": x}");
    byte[] before = Files.readAllBytes(store);
    Path out = dir.resolve("out");

    Cli r = match(write("d.csv", "id,requester,product", "D1," + BUYER + ",熔喷布"), "320500",
        "--out", out, "--store", store);

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains(store.toAbsolutePath() + ":2:14:").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(store)).isEqualTo(before);
    assertThat(out).doesNotExist();
  }

  @Test
  void aStoreHeldByAnotherProcessStopsTheJobBeforeAnythingIsWritten() throws Exception {
    Path store = dir.resolve("store.json");
    Path out = dir.resolve("out");
    Cli r;
    try (OutreachStore held = OutreachStore.open(store)) {
      r = match(write("d.csv", "id,requester,product", "D1," + BUYER + ",熔喷布"), "320500",
          "--out", out, "--store", store, "--store-wait", "1");
    }

    assertThat(r.exit).as(r.toString()).isEqualTo(3);
    assertThat(r.err.strip()).doesNotContain("\n").contains("already open elsewhere")
        .contains("waited 1000 ms");
    assertThat(out).doesNotExist();
  }

  @Test
  void aNegativeOverdueIsAUsageErrorAndAMissingStoreIsInputRejected() throws Exception {
    Path store = dir.resolve("store.json");
    try (OutreachStore s = OutreachStore.open(store)) {
      assertThat(s.all()).isEmpty();
    }

    Cli negative = Cli.run("outreach", "list", "--store", store, "--overdue", "-1");
    Cli missing = Cli.run("outreach", "list", "--store", dir.resolve("nope.json"));

    assertThat(negative.exit).as(negative.toString()).isEqualTo(2);
    assertThat(negative.err).contains("--overdue").contains("-1");
    assertThat(missing.exit).as(missing.toString()).isEqualTo(1);
    assertThat(missing.err).contains("nope.json");
  }

  /**
   * Twenty store updates at once, each in its own JVM, as twenty officers would. The wait is
   * raised from its default (30 s) because twenty JVMs starting on a loaded 2-core build machine
   * can queue for longer than that; the point is that every writer waits and none is lost.
   */
  @Test
  void twentyConcurrentUpdateProcessesAreAllApplied() throws Exception {
    Path store = dir.resolve("store.json");
    RegionTable regions = RegionTable.bundled();
    Enterprise requester = Enterprise.builder(Uscc.parse(BUYER), "吴中口罩厂", regions.resolve("320506"))
        .product("医用口罩").status(OperatingStatus.of(OperatingState.RESUMED)).build();
    Enterprise supplier = Enterprise.builder(Uscc.parse(FABRIC), "杭州熔喷布厂", regions.resolve("330102"))
        .product("熔喷布").status(OperatingStatus.of(OperatingState.RESUMED)).build();
    List<String> ids = new ArrayList<>();
    try (OutreachStore s = OutreachStore.open(store)) {
      for (int i = 1; i <= 20; i++) {
        Demand d = Demand.of("D" + i, requester.uscc(), "熔喷布");
        OutreachItem item = new OutreachItem(supplier, "熔喷布", OutreachReason.SHIP,
            List.of(new Need(d, requester)), 0.5, Priority.MEDIUM);
        String id = "OR-320500-330100-20200217-" + i;
        s.add(new OutreachRequest(id, regions.resolve("330100"), "杭州市工业和信息化局",
            LocalDate.of(2020, 2, 17), List.of(item)), "王芳");
        ids.add(id);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (String id : ids) {
      processes.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
          ChainmatchCli.class.getName(), "outreach", "update", "--store", store.toString(),
          "--id", id, "--state", "SENT", "--officer", "王芳", "--store-wait", "300")
          .redirectErrorStream(true).redirectOutput(dir.resolve(id + ".log").toFile()).start());
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i);
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      if (p.exitValue() != 0) {
        failures.add(ids.get(i) + " exit " + p.exitValue() + ": "
            + Files.readString(dir.resolve(ids.get(i) + ".log")));
      }
    }

    assertThat(failures).isEmpty();
    try (OutreachStore s = OutreachStore.open(store)) {
      assertThat(s.all()).extracting(TrackedRequest::state).hasSize(20)
          .containsOnly(RequestState.SENT);
    }
  }
}
