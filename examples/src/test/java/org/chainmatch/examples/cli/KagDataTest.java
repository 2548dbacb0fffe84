package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The match command on the real companies of {@code ../shared/data/kag-supplychain}, converted to
 * the CSV contract here (skipped when the shared data is not beside the repository).
 */
class KagDataTest {
  static final Path KAG = Path.of("../../shared/data/kag-supplychain");
  static final String[] REGIONS = {"320505", "320506", "320583", "330102", "440305", "110108", "370202"};

  @TempDir Path dir;

  @Test
  void matchesTheRealCompaniesConvertedToTheContract() throws Exception {
    assumeTrue(Files.isRegularFile(KAG.resolve("Company.csv")), "shared data not present");
    List<String> enterprises = new ArrayList<>(List.of("uscc,name,region,products,scope,status"));
    Map<String, Set<String>> makersOfLeaf = new java.util.HashMap<>();
    List<String> codes = new ArrayList<>();
    int n = 0;
    for (CSVRecord r : read(KAG.resolve("Company.csv"))) {
      String region = REGIONS[n % REGIONS.length];
      String code = Uscc.withComputedChecks(String.format("91%s%08d", region, ++n)).value();
      codes.add(code);
      Set<String> leaves = new LinkedHashSet<>();
      Set<String> words = new LinkedHashSet<>();
      for (String path : r.get("product").split(",")) {
        String[] parts = path.split("-");
        leaves.add(parts[parts.length - 1]);
        words.addAll(List.of(parts));
        makersOfLeaf.computeIfAbsent(parts[parts.length - 1], k -> new java.util.HashSet<>()).add(code);
      }
      enterprises.add(String.join(",", code, quote(r.get("name")), region, quote(String.join(";", leaves)),
          quote(String.join("、", words)), "RESUMED"));
    }
    List<String> demands = new ArrayList<>(List.of("id,requester,product"));
    int d = 0;
    for (String leaf : makersOfLeaf.keySet().stream().sorted().limit(30).toList()) {
      String requester = codes.get((d * 7) % codes.size());
      demands.add(String.join(",", "K" + (++d), requester, quote(leaf)));
    }
    Path e = dir.resolve("enterprises.csv");
    Path dm = dir.resolve("demands.csv");
    Files.write(e, enterprises, StandardCharsets.UTF_8);
    Files.write(dm, demands, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Cli r = Cli.run("match", "--enterprises", e, "--demands", dm, "--city", "320500", "--top", "10", "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    List<Map<String, String>> matches = Cli.csv(out.resolve("matches.csv"));
    Map<String, String> productOf = new java.util.HashMap<>();
    for (int i = 1; i < demands.size(); i++) {
      String[] cells = demands.get(i).split(",", 3);
      productOf.put(cells[0], cells[2].replace("\"", ""));
    }
    long demandsWhoseTopMatchMakesIt = matches.stream()
        .filter(m -> m.get("rank").equals("1"))
        .filter(m -> makersOfLeaf.get(productOf.get(m.get("demand_id"))).contains(m.get("supplier")))
        .count();
    // Every category queried has at least one maker (the list was built from them): nearly every
    // demand's best match should be one, whatever else ranks below it.
    assertThat(demandsWhoseTopMatchMakesIt).isGreaterThanOrEqualTo(27);
  }

  static Iterable<CSVRecord> read(Path file) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).getRecords();
  }

  static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
