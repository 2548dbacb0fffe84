package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's acceptance, end to end: {@code demo} (the whole job on a generated 苏州) writes
 * {@code customers.csv} for the home city's stalled suppliers, one offer per stalled product, and
 * its summary counts agree with the files. Checked against {@code stalled.csv} of the same run,
 * not against figures copied from an earlier run.
 */
class CliDemoBuyersTest {
  static final List<String> CUSTOMER_COLUMNS = List.of(
      "offer_id", "rank", "customer", "customer_name", "customer_region", "in_city", "score", "status",
      "reasons", "understood", "matched_product");

  @TempDir static Path dir;
  static Path out;
  static Cli demo;

  @BeforeAll
  static void runTheDemo() {
    out = dir.resolve("demo");
    demo = Cli.run("demo", "--size", 1500, "--seed", 3, "--threads", 2, "--out", out);
  }

  static Set<String> homeCityStalledSuppliers() throws Exception {
    return Cli.csv(out.resolve("stalled.csv")).stream()
        .filter(r -> r.get("enterprise_region").startsWith("3205"))
        .map(r -> r.get("enterprise"))
        .collect(Collectors.toSet());
  }

  static String supplierOf(String offerId) {
    return offerId.substring("ST-".length(), offerId.lastIndexOf('-'));
  }

  @Test
  void theDemoSucceedsAndWritesBuyersInTheContractColumns() throws Exception {
    assertThat(demo.exit).as(demo.toString()).isZero();
    assertThat(Cli.header(out.resolve("customers.csv"))).containsExactlyElementsOf(CUSTOMER_COLUMNS);
    assertThat(Cli.csv(out.resolve("customers.csv"))).as("the demo city has stalled suppliers").isNotEmpty();
  }

  @Test
  void everyOfferIsAStalledSupplierOfTheHomeCity() throws Exception {
    Set<String> stalled = homeCityStalledSuppliers();
    List<Map<String, String>> rows = Cli.csv(out.resolve("customers.csv"));
    assertThat(rows).extracting(r -> r.get("offer_id")).allMatch(id -> id.matches("ST-[0-9A-Z]{18}-[0-9]+"));
    assertThat(rows).extracting(r -> supplierOf(r.get("offer_id"))).allMatch(stalled::contains);
  }

  @Test
  void noSupplierIsOfferedToItself() throws Exception {
    assertThat(Cli.csv(out.resolve("customers.csv")))
        .noneMatch(r -> r.get("customer").equals(supplierOf(r.get("offer_id"))));
  }

  @Test
  void theSummaryCountsOneOfferPerStalledProductOfTheHomeCity() throws Exception {
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    long stalledProducts = Cli.csv(out.resolve("stalled.csv")).stream()
        .filter(r -> r.get("enterprise_region").startsWith("3205"))
        .count();
    long offersWithBuyers = Cli.csv(out.resolve("customers.csv")).stream()
        .map(r -> r.get("offer_id")).distinct().count();
    assertThat(s.get("stalled_offers").asLong()).isEqualTo(stalledProducts).isPositive();
    assertThat(s.get("offers_with_buyers").asLong()).isEqualTo(offersWithBuyers);
    assertThat(s.get("offers_with_buyers").asLong() + s.get("offers_without_buyers").asLong())
        .isEqualTo(stalledProducts);
  }
}
