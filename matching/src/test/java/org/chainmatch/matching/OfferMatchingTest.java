package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.matching.Fixtures.HANGZHOU_SHANGCHENG;
import static org.chainmatch.matching.Fixtures.HUQIU;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.XUANWU;
import static org.chainmatch.matching.Fixtures.maker;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.index.ProductSynonyms;
import org.chainmatch.testkit.index.FakeCapabilityIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buyers for offers through a real capability index: relations, capability, open demands. */
class OfferMatchingTest {

  /** A working 熔喷布 maker whose usual customer is closed. */
  private final Enterprise supplier = maker(1, WUZHONG, "熔喷布").build();
  private final Enterprise usualCustomer =
      maker(2, WUZHONG, "医用口罩").status(OperatingStatus.of(OperatingState.SUSPENDED)).build();
  /** Another 熔喷布 maker: a competitor, never a buyer. */
  private final Enterprise peer = maker(3, XUANWU, "熔喷布").build();
  private final Enterprise peersBuyer = maker(4, HUQIU, "医用口罩").build();
  private final Enterprise peersOtherBuyer = maker(5, HANGZHOU_SHANGCHENG, "医用口罩").build();
  /** Makes what the known buyers make, but buys from nobody we know of: a buyer by capability. */
  private final Enterprise maskMakerWithoutRelations = maker(6, HUQIU, "医用口罩").build();
  /** Makes the offered product and what its buyers make: a competitor as well. */
  private final Enterprise integratedMaker = maker(7, HUQIU, "熔喷布", "医用口罩").build();
  private final Enterprise boxMaker = maker(8, HUQIU, "纸箱").build();
  private final Enterprise asker = maker(9, HANGZHOU_SHANGCHENG, "防护服").build();

  private final List<Enterprise> enterprises = List.of(
      supplier, usualCustomer, peer, peersBuyer, peersOtherBuyer, maskMakerWithoutRelations,
      integratedMaker, boxMaker, asker);
  private final List<SupplyRelation> relations = List.of(
      SupplyRelation.of(supplier.uscc(), usualCustomer.uscc(), "熔喷布"),
      SupplyRelation.of(peer.uscc(), peersBuyer.uscc(), "熔喷布"),
      SupplyRelation.of(peer.uscc(), peersOtherBuyer.uscc(), "熔喷布"),
      SupplyRelation.of(boxMaker.uscc(), peersBuyer.uscc(), "纸箱"));

  private LuceneCapabilityIndex index;
  private CustomerMatcher matcher;

  @BeforeEach
  void indexTheCity() throws Exception {
    index = LuceneCapabilityIndex.inMemory(IndexOptions.defaults().withoutVocabulary());
    index.addAll(enterprises);
    index.refresh();
    matcher = CustomerMatcher.builder().enterprises(enterprises).relations(relations).index(index).build();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static List<Uscc> codes(OfferResult result) {
    return result.matches().stream().map(m -> m.enterprise().uscc()).toList();
  }

  private Match buyer(OfferResult result, Enterprise e) {
    return result.matches().stream().filter(m -> m.enterprise().uscc().equals(e.uscc())).findFirst().orElseThrow();
  }

  @Test
  void buyersAlongRelationsComeFirstThenTheMakersOfWhatTheyMake() throws Exception {
    OfferResult result = matcher.match(Offer.of("O1", supplier.uscc(), "熔喷布"), OpenDemands.none());

    assertThat(codes(result)).containsExactly(
        peersBuyer.uscc(), peersOtherBuyer.uscc(), maskMakerWithoutRelations.uscc());
    Match byCapability = buyer(result, maskMakerWithoutRelations);
    assertThat(byCapability.contributions().get(0).detail()).isEqualTo("生产医用口罩，100%的已知买家亦生产");
    assertThat(byCapability.contributions().get(0).value()).isCloseTo(0.7, within(1e-12));
    assertThat(byCapability.matchedProduct()).isEqualTo("医用口罩");
    assertThat(buyer(result, peersBuyer).matchedProduct()).isEqualTo("熔喷布");
    assertThat(buyer(result, peersBuyer).contributions().get(0).detail()).isEqualTo("现从1家企业采购熔喷布");
  }

  @Test
  void makersOfTheOfferedProductAreNeverBuyersByCapability() throws Exception {
    OfferResult result = matcher.match(Offer.of("O1", supplier.uscc(), "熔喷布"), OpenDemands.none());

    assertThat(codes(result)).doesNotContain(peer.uscc(), integratedMaker.uscc(), supplier.uscc());
  }

  @Test
  void theUsualCustomerIsLeftOutEvenThoughItMakesWhatBuyersMake() throws Exception {
    Enterprise reopened = usualCustomer.withStatus(OperatingStatus.of(OperatingState.RESUMED));
    List<Enterprise> now = new ArrayList<>(enterprises);
    now.set(1, reopened);
    index.upsert(reopened);
    index.refresh();
    CustomerMatcher m = CustomerMatcher.builder().enterprises(now).relations(relations).index(index).build();

    assertThat(codes(m.match(Offer.of("O1", supplier.uscc(), "熔喷布"), OpenDemands.none())))
        .doesNotContain(usualCustomer.uscc());
  }

  @Test
  void withoutAnIndexOnlyRelationsAndDemandsCount() throws Exception {
    CustomerMatcher plain = CustomerMatcher.builder().enterprises(enterprises).relations(relations).build();

    assertThat(codes(plain.match(Offer.of("O1", supplier.uscc(), "熔喷布"), OpenDemands.none())))
        .containsExactly(peersBuyer.uscc(), peersOtherBuyer.uscc());
  }

  @Test
  void anOfferSentenceIsReadAsTheProductItNames() throws Exception {
    OfferResult result =
        matcher.match(Offer.of("O1", supplier.uscc(), "供应熔喷布20吨，现货，欢迎洽谈"), OpenDemands.none());

    assertThat(result.understood()).isEqualTo("熔喷布");
    assertThat(codes(result)).startsWith(peersBuyer.uscc());
  }

  @Test
  void anOfferUnderAnotherNameFindsTheBuyersOfTheNameTheRelationsUse() throws Exception {
    try (LuceneCapabilityIndex withSynonyms = LuceneCapabilityIndex.inMemory(IndexOptions.defaults().withoutVocabulary()
        .withSynonyms(ProductSynonyms.parse(new StringReader("熔喷布,MB布\n"))))) {
      withSynonyms.addAll(enterprises);
      withSynonyms.refresh();
      CustomerMatcher m =
          CustomerMatcher.builder().enterprises(enterprises).relations(relations).index(withSynonyms).build();

      OfferResult result = m.match(Offer.of("O1", supplier.uscc(), "MB布"), OpenDemands.none());

      assertThat(codes(result)).startsWith(peersBuyer.uscc(), peersOtherBuyer.uscc());
      assertThat(buyer(result, peersBuyer).matchedProduct()).isEqualTo("熔喷布");
      assertThat(codes(matcher.match(Offer.of("O1", supplier.uscc(), "MB布"), OpenDemands.none())))
          .as("without the synonym nothing names MB布").isEmpty();
    }
  }

  @Test
  void anOpenDemandNamingTheProductMakesACertainBuyer() throws Exception {
    OpenDemands open = OpenDemands.of(List.of(
        Demand.of("q1", asker.uscc(), "急购熔喷布5吨，三天内到厂"), Demand.of("q2", boxMaker.uscc(), "求购纸箱")));

    OfferResult result = matcher.match(Offer.of("O1", supplier.uscc(), "熔喷布"), open);

    Match first = result.matches().get(0);
    assertThat(first.enterprise().uscc()).isEqualTo(asker.uscc());
    assertThat(first.contributions().get(0).detail()).isEqualTo("求购中 q1");
    assertThat(first.matchedProduct()).isEqualTo("熔喷布");
    assertThat(codes(result)).doesNotContain(boxMaker.uscc());
  }

  @Test
  void contributionsSumToTheScoreAndScoresDescend() throws Exception {
    OfferResult result = matcher.match(Offer.of("O1", supplier.uscc(), "熔喷布"), OpenDemands.none());

    assertThat(result.matches()).allSatisfy(m -> assertThat(m.score())
        .isEqualTo(m.contributions().stream().mapToDouble(Contribution::contribution).sum()));
    assertThat(result.matches()).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(result.matches()).extracting(Match::rank).containsExactly(1, 2, 3);
  }

  @Test
  void aBatchGivesTheSequentialResultsInOfferOrder() throws Exception {
    List<Offer> offers = List.of(
        Offer.of("O1", supplier.uscc(), "熔喷布"),
        Offer.of("O2", boxMaker.uscc(), "纸箱"),
        Offer.of("O3", peer.uscc(), "熔喷布"));
    List<OfferResult> sequential = new ArrayList<>();
    for (Offer o : offers) {
      sequential.add(matcher.match(o, OpenDemands.none()));
    }
    List<OfferResult> batch = new ArrayList<>();
    List<Long> progress = new ArrayList<>();

    long n = CustomerBatchMatcher.of(matcher).withThreads(2).withWindow(2)
        .run(offers.iterator(), batch::add, progress::add);

    assertThat(n).isEqualTo(3);
    assertThat(batch).isEqualTo(sequential);
    assertThat(progress).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aBatchAsksTheIndexWhatAProductGoesByOncePerProduct() throws Exception {
    FakeCapabilityIndex fake = FakeCapabilityIndex.of(enterprises);
    CustomerMatcher onFake =
        CustomerMatcher.builder().enterprises(enterprises).relations(relations).index(fake).build();
    List<Offer> offers = List.of(
        Offer.of("O1", supplier.uscc(), "熔喷布"),
        Offer.of("O2", boxMaker.uscc(), "纸箱"),
        Offer.of("O3", peer.uscc(), "熔喷布"));

    List<OfferResult> batch = new ArrayList<>();
    CustomerBatchMatcher.of(onFake).withThreads(1).run(offers.iterator(), batch::add, n -> {});

    // The products a name goes by are the one search made with explanations (see offeredProducts).
    assertThat(fake.queries()).filteredOn(CapabilityQuery::explain)
        .extracting(CapabilityQuery::text)
        .containsExactlyInAnyOrder("熔喷布", "纸箱");
    for (int i = 0; i < offers.size(); i++) {
      assertThat(batch.get(i)).isEqualTo(onFake.match(offers.get(i), OpenDemands.none()));
    }
  }

  @Test
  void aBatchStopsAtAnOfferOfAnUnknownSupplierNamingIt() {
    Uscc stranger = Fixtures.uscc(HUQIU, 99);
    List<Offer> offers = List.of(Offer.of("O1", supplier.uscc(), "熔喷布"), Offer.of("O2", stranger, "纸箱"));

    assertThatThrownBy(() -> CustomerBatchMatcher.of(matcher).withThreads(2).run(offers.iterator(), r -> {}, n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O2")
        .hasMessageContaining(stranger.value());
  }
}
