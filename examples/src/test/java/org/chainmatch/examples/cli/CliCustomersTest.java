package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customers command end to end on a small hand-made city, one test per exit code. The city: a
 * 熔喷布 maker in 苏州 whose only customer is closed; another 熔喷布 maker supplying two mask
 * makers (one in 苏州, one in 杭州); a 苏州 mask maker nobody supplies yet; and a box maker.
 */
class CliCustomersTest {
  static final List<String> COLUMNS = List.of(
      "offer_id", "rank", "customer", "customer_name", "customer_region", "in_city", "score", "status",
      "reasons", "understood", "matched_product");

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  static final String SELLER = uscc("320506", 1);
  static final String CLOSED_CUSTOMER = uscc("320506", 2);
  static final String OTHER_MAKER = uscc("320102", 3);
  static final String LOCAL_BUYER = uscc("320505", 4);
  static final String FAR_BUYER = uscc("330102", 5);
  static final String NEW_MASK_MAKER = uscc("320507", 6);
  static final String BOX_MAKER = uscc("320505", 7);

  @TempDir Path dir;

  Path write(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  Path enterprises() throws Exception {
    return write("enterprises.csv",
        "uscc,name,region,products,status,capacity",
        SELLER + ",苏州熔喷新材料有限公司,320506,熔喷布,RESUMED,90",
        CLOSED_CUSTOMER + ",吴中口罩厂,320506,医用口罩,SUSPENDED,",
        OTHER_MAKER + ",南京熔喷布厂,320102,熔喷布,RESUMED,",
        LOCAL_BUYER + ",虎丘口罩厂,320505,医用口罩,RESUMED,",
        FAR_BUYER + ",杭州口罩厂,330102,医用口罩,RESUMED,",
        NEW_MASK_MAKER + ",相城防护用品有限公司,320507,医用口罩,RESUMED,",
        BOX_MAKER + ",=HYPERLINK(\"http://x\"),320505,纸箱,RESUMED,");
  }

  Path relations() throws Exception {
    return write("relations.csv",
        "supplier,customer,product",
        SELLER + "," + CLOSED_CUSTOMER + ",熔喷布",
        OTHER_MAKER + "," + LOCAL_BUYER + ",熔喷布",
        OTHER_MAKER + "," + FAR_BUYER + ",熔喷布",
        BOX_MAKER + "," + LOCAL_BUYER + ",纸箱");
  }

  Path offers(String... extraRows) throws Exception {
    String[] rows = new String[2 + extraRows.length];
    rows[0] = "id,supplier,product,quantity,unit,available_from,note";
    rows[1] = "O1," + SELLER + ",供应熔喷布20吨，现货,20,吨,2020-02-20,";
    System.arraycopy(extraRows, 0, rows, 2, extraRows.length);
    return write("offers.csv", rows);
  }

  Cli customers(Object... extra) throws Exception {
    Object[] base = {"customers", "--enterprises", enterprises(), "--relations", relations(),
        "--city", "320500", "--top", "10", "--threads", "2"};
    return Cli.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray());
  }

  @Test
  void exitZeroRanksTheBuyersOfEachOffer() throws Exception {
    Path out = dir.resolve("out");

    Cli r = customers("--offers", offers(), "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    Path file = out.resolve("customers.csv");
    assertThat(Cli.header(file)).containsExactlyElementsOf(COLUMNS);
    List<Map<String, String>> rows = Cli.csv(file);
    // Worked by hand: the two known buyers of 熔喷布 (along the other maker's relations), the
    // working 苏州 one first; then the 苏州 mask maker by capability (both known buyers make 医用口罩).
    // The closed usual customer, the other maker and the box maker are not buyers.
    assertThat(rows).extracting(m -> m.get("customer")).containsExactly(LOCAL_BUYER, FAR_BUYER, NEW_MASK_MAKER);
    assertThat(rows).extracting(m -> m.get("rank")).containsExactly("1", "2", "3");
    assertThat(rows).extracting(m -> m.get("offer_id")).containsOnly("O1");
    assertThat(rows).extracting(m -> m.get("in_city")).containsExactly("true", "false", "true");
    assertThat(rows).extracting(m -> m.get("understood")).containsOnly("熔喷布");
    assertThat(rows).extracting(m -> m.get("matched_product")).containsExactly("熔喷布", "熔喷布", "医用口罩");
    assertThat(rows.get(0).get("reasons"))
        .startsWith("能力匹配 capability")
        .contains("现从1家企业采购熔喷布", "复工与产能 readiness", "距离 proximity", "(同市)",
            "既有供应关系 existing relationship", "重点企业 key enterprise");
    assertThat(rows.get(2).get("reasons")).contains("生产医用口罩，100%的已知买家亦生产");
    assertThat(rows).extracting(m -> Double.parseDouble(m.get("score")))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void theSummaryCountsTheOffersAndTheirBuyers() throws Exception {
    Path out = dir.resolve("out");

    Cli r = customers("--offers", offers("O2," + BOX_MAKER + ",纸箱,,,,"), "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("offers").asInt()).isEqualTo(2);
    assertThat(summary.get("offers_with_buyers").asInt()).isEqualTo(1);
    assertThat(summary.get("offers_without_buyers").asInt()).as("nobody else buys 纸箱").isEqualTo(1);
    assertThat(summary.get("offers_best_buyer_in_city").asInt()).isEqualTo(1);
    assertThat(summary.get("customer_rows").asInt()).isEqualTo(3);
  }

  @Test
  void anOpenDemandMakesItsPosterACertainBuyer() throws Exception {
    Path out = dir.resolve("out");
    Path demands = write("demands.csv", "id,requester,product", "D1," + BOX_MAKER + ",急购熔喷布两吨");

    Cli r = customers("--offers", offers(), "--demands", demands, "--out", out);

    assertThat(r.exit).as(r.toString()).isZero();
    Map<String, String> first = Cli.csv(out.resolve("customers.csv")).get(0);
    assertThat(first.get("customer")).isEqualTo(BOX_MAKER);
    assertThat(first.get("reasons")).contains("求购中 D1");
    assertThat(first.get("customer_name")).as("escaped for spreadsheets").startsWith("'=");
  }

  @Test
  void exitOneWhenAnOfferNamesAnUnknownSupplierAndNothingIsWritten() throws Exception {
    Path out = dir.resolve("out");
    String stranger = uscc("320508", 9);

    Cli r = customers("--offers", offers("O2," + stranger + ",熔喷布,,,,"), "--out", out);

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("offers.csv:3").contains("supplier").contains(stranger);
    assertThat(out).doesNotExist();
  }

  @Test
  void exitOneWhenTheOffersFileIsMissing() throws Exception {
    Path out = dir.resolve("out");

    Cli r = customers("--offers", dir.resolve("no-such-offers.csv"), "--out", out);

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("no-such-offers.csv");
    assertThat(out).doesNotExist();
  }

  @Test
  void leniencySkipsBadOfferRowsAndListsThemInRejects() throws Exception {
    Path out = dir.resolve("out");

    Cli r = customers("--offers", offers("O2," + SELLER + ",熔喷布,-3,,,", "O1," + SELLER + ",熔喷布,,,,"),
        "--out", out, "--lenient");

    assertThat(r.exit).as(r.toString()).isZero();
    List<Map<String, String>> rejects = Cli.csv(out.resolve("rejects.csv"));
    assertThat(rejects).extracting(m -> m.get("line")).containsExactly("3", "4");
    assertThat(rejects).extracting(m -> m.get("column")).containsExactly("quantity", "id");
    assertThat(rejects.get(0).get("file")).endsWith("offers.csv");
    assertThat(Cli.csv(out.resolve("customers.csv"))).extracting(m -> m.get("offer_id")).containsOnly("O1");
  }

  @Test
  void exitTwoWithoutOffers() throws Exception {
    Path out = dir.resolve("out");

    Cli r = customers("--out", out);

    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--offers");
    assertThat(out).doesNotExist();
  }

  @Test
  void exitTwoForACityCodeThatIsNoCity() throws Exception {
    Path out = dir.resolve("out");

    Cli r = Cli.run("customers", "--enterprises", enterprises(), "--relations", relations(),
        "--offers", offers(), "--city", "999999", "--out", out);

    assertThat(r.exit).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--city 999999");
  }

  @Test
  void exitThreeWhenTheOutputCannotBeWrittenAndNoHalfFileIsLeft() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("customers.csv"));

    Cli r = customers("--offers", offers(), "--out", out);

    assertThat(r.exit).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("internal error");
    try (Stream<Path> left = Files.list(out)) {
      // The folder's lock file stays by design (see OutputFolder); no temporary file is left.
      assertThat(left).extracting(p -> p.getFileName().toString())
          .filteredOn(name -> !name.equals(".chainmatch-out.lock"))
          .containsExactly("customers.csv");
    }
    assertThat(out.resolve("customers.csv")).isDirectory();
  }
}
