package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainmatch.core.RegionTable;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The match command on a generated city, checked file by file against the CSV contract. */
class CliEndToEndTest {
  static final List<String> MATCH_COLUMNS = List.of(
      "demand_id", "rank", "supplier", "supplier_name", "supplier_region", "in_city", "score", "status", "reasons",
      "understood", "matched_product");
  static final List<String> OUTREACH_COLUMNS = List.of(
      "request_id", "target_region", "target_authority", "demand_id", "requester", "requester_name",
      "supplier", "supplier_name", "product", "reason");

  @TempDir static Path dir;
  static CityFiles city;
  static Path out;
  static Cli run;

  @BeforeAll
  static void matchAGeneratedCity() throws Exception {
    city = CityGenerator.builder().homeCity("320500").enterprises(800).demands(40).seed(5).build()
        .writeTo(dir.resolve("in"));
    out = dir.resolve("out");
    run = Cli.run("match", "--enterprises", city.enterprises(), "--relations", city.relations(),
        "--demands", city.demands(), "--city", "320500", "--top", "5", "--out", out,
        "--today", "2020-02-17", "--threads", "2");
  }

  @Test
  void exitsWithSuccessAndWritesEveryOutput() {
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(out.resolve("matches.csv")).isRegularFile();
    assertThat(out.resolve("outreach.csv")).isRegularFile();
    assertThat(out.resolve("summary.json")).isRegularFile();
    assertThat(out.resolve("letters")).isDirectory();
  }

  @Test
  void matchesFollowTheContract() throws Exception {
    Path matches = out.resolve("matches.csv");
    assertThat(Cli.header(matches)).containsExactlyElementsOf(MATCH_COLUMNS);
    List<Map<String, String>> rows = Cli.csv(matches);
    assertThat(rows).isNotEmpty();
    Map<String, Integer> lastRank = new HashMap<>();
    RegionTable regions = RegionTable.bundled();
    var home = regions.resolveCity("320500");
    for (Map<String, String> r : rows) {
      int rank = Integer.parseInt(r.get("rank"));
      assertThat(rank).as("ranks count up from 1 per demand").isEqualTo(lastRank.getOrDefault(r.get("demand_id"), 0) + 1);
      lastRank.put(r.get("demand_id"), rank);
      assertThat(rank).isLessThanOrEqualTo(5);
      boolean inCity = regions.resolve(r.get("supplier_region")).isWithin(home);
      assertThat(r.get("in_city")).isEqualTo(String.valueOf(inCity));
      double score = Double.parseDouble(r.get("score"));
      assertThat(score).isBetween(0.0, 1.0);
      assertThat(r.get("status")).isIn("RESUMED", "PARTIAL", "SUSPENDED", "UNKNOWN");
      assertThat(r.get("reasons")).contains("能力匹配");
      assertThat(r.get("understood")).as("what the parser read, never empty").isNotBlank();
    }
    // Generated suppliers list the catalogue names their demands ask for, so most rows name one.
    assertThat(rows).filteredOn(r -> !r.get("matched_product").isEmpty()).hasSizeGreaterThan(rows.size() / 2);
  }

  @Test
  void scoresDescendWithinEachDemand() throws Exception {
    Map<String, Double> previous = new HashMap<>();
    for (Map<String, String> r : Cli.csv(out.resolve("matches.csv"))) {
      double score = Double.parseDouble(r.get("score"));
      Double before = previous.put(r.get("demand_id"), score);
      if (before != null) {
        assertThat(score).isLessThanOrEqualTo(before);
      }
    }
  }

  @Test
  void summaryCountsAgreeWithTheFiles() throws Exception {
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    long demandsWithMatches = Cli.csv(out.resolve("matches.csv")).stream().map(r -> r.get("demand_id")).distinct().count();
    assertThat(s.get("enterprises").asLong()).isEqualTo(city.enterpriseCount());
    assertThat(s.get("demands").asLong()).isEqualTo(city.demandCount());
    assertThat(s.get("matched").asLong()).isEqualTo(demandsWithMatches);
    assertThat(s.get("matched").asLong() + s.get("unmatched").asLong()).isEqualTo(city.demandCount());
    assertThat(s.get("in_city").asLong() + s.get("out_of_city").asLong()).isEqualTo(s.get("matched").asLong());
    try (Stream<Path> letters = Files.list(out.resolve("letters"))) {
      assertThat(s.get("letters").asLong())
          .isEqualTo(letters.filter(f -> f.toString().endsWith(".md")).count());
    }
    try (Stream<Path> letters = Files.list(out.resolve("letters"))) {
      assertThat(s.get("letters").asLong()).as("a .docx beside each .md")
          .isEqualTo(letters.filter(f -> f.toString().endsWith(".docx")).count());
    }
    assertThat(s.get("timings_ms").has("match")).isTrue();
    assertThat(s.get("configuration").get("top").asInt()).isEqualTo(5);
  }

  @Test
  void outreachRowsFollowTheContractAndTargetOtherRegions() throws Exception {
    Path outreach = out.resolve("outreach.csv");
    assertThat(Cli.header(outreach)).containsExactlyElementsOf(OUTREACH_COLUMNS);
    RegionTable regions = RegionTable.bundled();
    var home = regions.resolveCity("320500");
    Map<String, String> supplierRegion = new HashMap<>();
    for (Map<String, String> m : Cli.csv(out.resolve("matches.csv"))) {
      supplierRegion.put(m.get("supplier"), m.get("supplier_region"));
    }
    for (Map<String, String> r : Cli.csv(outreach)) {
      var supplier = regions.resolve(supplierRegion.get(r.get("supplier")));
      assertThat(supplier.isWithin(home)).isFalse();
      assertThat(supplier.isWithin(regions.resolve(r.get("target_region")))).isTrue();
    }
  }

  @Test
  void eachLetterNamesOnlySuppliersOfItsOwnRegion() throws Exception {
    List<Map<String, String>> outreach = Cli.csv(out.resolve("outreach.csv"));
    Map<String, String> regionOfSupplier = new HashMap<>();
    Map<String, String> nameOfSupplier = new HashMap<>();
    for (Map<String, String> r : outreach) {
      regionOfSupplier.put(r.get("supplier"), r.get("target_region"));
      nameOfSupplier.put(r.get("supplier"), r.get("supplier_name"));
    }
    List<Path> letters;
    try (Stream<Path> s = Files.list(out.resolve("letters"))) {
      letters = s.toList();
    }
    for (Path letter : letters) {
      String text = letter.toString().endsWith(".docx") ? CliOutputSafetyTest.docxText(letter)
          : Files.readString(letter, StandardCharsets.UTF_8);
      String target = outreach.stream().filter(r -> text.contains(r.get("target_authority")))
          .map(r -> r.get("target_region")).findFirst().orElseThrow();
      regionOfSupplier.forEach((uscc, region) -> {
        if (!region.equals(target)) {
          assertThat(text).as(letter + " must not mention " + uscc).doesNotContain(uscc);
          assertThat(text).doesNotContain(nameOfSupplier.get(uscc));
        }
      });
      assertThat(text).doesNotContain("score").doesNotContain("能力匹配");
    }
  }

  @Test
  void theTrackingStoreListsTheDraftRequests() throws Exception {
    Cli list = Cli.run("outreach", "list", "--store", out.resolve("outreach-store.json"));

    assertThat(list.exit).as(list.toString()).isZero();
    long requests = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("outreach_requests").asLong();
    assertThat(list.out).contains(requests + " request(s)");
  }
}
