package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.matching.Fixtures.HANGZHOU_SHANGCHENG;
import static org.chainmatch.matching.Fixtures.HUQIU;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.XUANWU;
import static org.chainmatch.matching.Fixtures.maker;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.junit.jupiter.api.Test;

class CustomerMatcherTest {

  /** A resumed 熔喷布 maker whose usual customer is closed. */
  private final Enterprise supplier = maker(1, WUZHONG, "熔喷布").build();
  private final Enterprise usualCustomer =
      maker(2, WUZHONG, "口罩").status(OperatingStatus.of(OperatingState.SUSPENDED)).build();
  private final Enterprise peer = maker(3, XUANWU, "熔喷布").build();
  private final Enterprise peersBuyer = maker(4, HUQIU, "口罩").build();
  private final Enterprise closedFarBuyer =
      maker(5, HANGZHOU_SHANGCHENG, "口罩").status(OperatingStatus.of(OperatingState.SUSPENDED)).build();
  private final Enterprise asker = maker(6, HANGZHOU_SHANGCHENG, "防护服").build();
  private final Enterprise unrelated = maker(7, HUQIU, "纸箱").build();

  private final List<Enterprise> enterprises =
      List.of(supplier, usualCustomer, peer, peersBuyer, closedFarBuyer, asker, unrelated);
  private final List<SupplyRelation> relations = List.of(
      SupplyRelation.of(supplier.uscc(), usualCustomer.uscc(), "熔喷布"),
      SupplyRelation.of(peer.uscc(), peersBuyer.uscc(), "熔喷布"),
      SupplyRelation.of(peer.uscc(), closedFarBuyer.uscc(), "熔喷布"),
      SupplyRelation.of(unrelated.uscc(), peersBuyer.uscc(), "纸箱"));
  private final List<Demand> open = List.of(
      Demand.of("q1", asker.uscc(), "急购熔喷布5吨，三天内到厂"),
      Demand.of("q2", unrelated.uscc(), "求购纸箱"));

  private final CustomerMatcher matcher =
      CustomerMatcher.builder().enterprises(enterprises).relations(relations).build();

  /** The buyers {@code m} ranks for an offer of {@code product} by {@code seller}. */
  private static List<Match> buyers(CustomerMatcher m, Enterprise seller, String product,
      List<Demand> open, MatchOptions options) throws IOException {
    OfferResult result = m.match(Offer.of("o1", seller.uscc(), product), OpenDemands.of(open), options);
    return result.matches();
  }

  private static List<Match> buyers(CustomerMatcher m, Enterprise seller, String product,
      List<Demand> open) throws IOException {
    return buyers(m, seller, product, open, m.options());
  }

  private static List<Uscc> codes(List<Match> matches) {
    return matches.stream().map(m -> m.enterprise().uscc()).toList();
  }

  @Test
  void findsOpenDemandsThenThePeersWorkingBuyersThenTheClosedOnes() throws IOException {
    List<Match> buyers = buyers(matcher, supplier, "熔喷布", open);

    assertThat(codes(buyers)).containsExactly(asker.uscc(), peersBuyer.uscc(), closedFarBuyer.uscc());
    assertThat(buyers.get(0).contributions().get(0).detail()).isEqualTo("求购中 q1");
    assertThat(buyers.get(1).contributions().get(0).detail()).isEqualTo("现从1家企业采购熔喷布");
  }

  @Test
  void leavesOutTheSupplierItselfAndItsUsualCustomers() throws IOException {
    assertThat(codes(buyers(matcher, supplier, "熔喷布", open)))
        .doesNotContain(supplier.uscc(), usualCustomer.uscc());
  }

  @Test
  void aUsualCustomerWithAnOpenDemandIsABuyer() throws IOException {
    List<Demand> asking = List.of(Demand.of("q3", usualCustomer.uscc(), "熔喷布"));

    assertThat(codes(buyers(matcher, supplier, "熔喷布", asking))).contains(usualCustomer.uscc());
  }

  @Test
  void inCityOnlyKeepsBuyersInTheSuppliersCity() throws IOException {
    MatchOptions inCity = MatchOptions.defaults().withScope(RegionScope.IN_CITY_ONLY);

    assertThat(codes(buyers(matcher, supplier, "熔喷布", open, inCity))).containsExactly(peersBuyer.uscc());
  }

  @Test
  void contributionsSumToTheScore() throws IOException {
    assertThat(buyers(matcher, supplier, "熔喷布", open)).allSatisfy(m ->
        assertThat(m.score()).isEqualTo(m.contributions().stream().mapToDouble(Contribution::contribution).sum()));
  }

  @Test
  void scoresAreNormalisedByTheWeightsOfTheFactorsUsed() throws IOException {
    Match askerMatch = buyers(matcher, supplier, "熔喷布", open).get(0);

    // Industry is not used: total 1.9. The asker posts a demand (1.0), is resumed at full capacity
    // (1.0), in another province (0), unrelated (0), no key enterprise: (1.0 + 0.4) / 1.9.
    assertThat(askerMatch.enterprise().uscc()).isEqualTo(asker.uscc());
    assertThat(askerMatch.score()).isCloseTo(1.4 / 1.9, within(1e-12));
  }

  @Test
  void aGraphGivesTheSameBuyersAsTheCollections() throws IOException {
    CustomerMatcher fromGraph = CustomerMatcher.builder().graph(SupplyGraph.of(enterprises, relations)).build();

    assertThat(buyers(fromGraph, supplier, "熔喷布", open))
        .isEqualTo(buyers(matcher, supplier, "熔喷布", open));
  }

  @Test
  void theDirectorysStatusIsTheOneScored() throws IOException {
    Enterprise reopened = closedFarBuyer.withStatus(OperatingStatus.of(OperatingState.RESUMED));
    Map<Uscc, Enterprise> now = new HashMap<>();
    enterprises.forEach(e -> now.put(e.uscc(), e));
    now.put(reopened.uscc(), reopened);
    CustomerMatcher following = CustomerMatcher.builder()
        .graph(SupplyGraph.of(enterprises, relations))
        .directory(u -> Optional.ofNullable(now.get(u)))
        .build();

    Match buyer = buyers(following, supplier, "熔喷布", open).stream()
        .filter(m -> m.enterprise().uscc().equals(closedFarBuyer.uscc())).findFirst().orElseThrow();

    assertThat(buyer.enterprise().status().state()).isEqualTo(OperatingState.RESUMED);
    assertThat(buyer.contributions().get(1).value()).isGreaterThan(0);
  }

  @Test
  void anUnknownSupplierIsRejected() throws IOException {
    Uscc stranger = Fixtures.uscc(HUQIU, 99);

    assertThatThrownBy(() -> matcher.match(Offer.of("o1", stranger, "熔喷布"), OpenDemands.of(open)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(stranger.value());
  }
}
