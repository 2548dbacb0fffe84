package org.chainmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.BatchMatcher;
import org.chainmatch.matching.OfferResult;
import org.chainmatch.matching.OpenDemands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downstream matching through the engine: stalled suppliers become offers that find buyers. */
class ChainMatchCustomersTest {
  static final RegionTable REGIONS = RegionTable.bundled();

  static Enterprise firm(String region, int n, OperatingState state, String... products) {
    Uscc code = Uscc.withComputedCheck("91" + region + String.format("%09d", n));
    return Enterprise.builder(code, "企业" + n, REGIONS.resolve(region))
        .products(List.of(products)).status(OperatingStatus.of(state)).build();
  }

  /** Works; its only 熔喷布 customer is closed: stalled. Also sells 纸箱 to a working customer. */
  final Enterprise stalled = firm("320506", 1, OperatingState.RESUMED, "熔喷布", "纸箱");
  final Enterprise closedCustomer = firm("320506", 2, OperatingState.SUSPENDED, "医用口罩");
  final Enterprise workingCustomer = firm("320505", 3, OperatingState.RESUMED, "快递服务");
  final Enterprise otherMaker = firm("320505", 4, OperatingState.RESUMED, "熔喷布");
  final Enterprise localBuyer = firm("320505", 5, OperatingState.RESUMED, "医用口罩");
  /** A stalled supplier in 南京: not the home city's to place. */
  final Enterprise elsewhere = firm("320102", 6, OperatingState.RESUMED, "熔喷布");
  final Enterprise elsewhereCustomer = firm("320102", 7, OperatingState.SUSPENDED, "医用口罩");

  ChainMatch engine;

  @BeforeEach
  void build() throws Exception {
    engine = ChainMatch.builder().homeCity("320500")
        .enterprises(List.of(stalled, closedCustomer, workingCustomer, otherMaker, localBuyer, elsewhere, elsewhereCustomer))
        .relations(List.of(
            SupplyRelation.of(stalled.uscc(), closedCustomer.uscc(), "熔喷布"),
            SupplyRelation.of(stalled.uscc(), workingCustomer.uscc(), "纸箱"),
            SupplyRelation.of(otherMaker.uscc(), localBuyer.uscc(), "熔喷布"),
            SupplyRelation.of(elsewhere.uscc(), elsewhereCustomer.uscc(), "熔喷布")))
        .threads(2)
        .build();
  }

  @AfterEach
  void close() throws Exception {
    engine.close();
  }

  @Test
  void theHomeCitysStalledProductsBecomeOffersNamingTheClosedCustomers() {
    List<Offer> offers = engine.stalledOffers(engine.analyze());

    assertThat(offers).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("ST-" + stalled.uscc().value() + "-1");
      assertThat(o.supplier()).isEqualTo(stalled.uscc());
      assertThat(o.product()).isEqualTo("熔喷布");
      assertThat(o.note()).contains(closedCustomer.uscc().value());
    });
  }

  @Test
  void aStalledOfferFindsTheOtherMakersBuyersTheWorkingNearOneFirst() throws Exception {
    Offer offer = engine.stalledOffers(engine.analyze()).get(0);

    OfferResult result = engine.findCustomers(offer);

    assertThat(result.matches()).extracting(m -> m.enterprise().uscc())
        .containsExactly(localBuyer.uscc(), elsewhereCustomer.uscc());
  }

  @Test
  void theBatchGivesWhatOneByOneGives() throws Exception {
    List<Offer> offers = List.of(
        Offer.of("A", stalled.uscc(), "熔喷布"), Offer.of("B", otherMaker.uscc(), "熔喷布"),
        Offer.of("C", elsewhere.uscc(), "熔喷布"));
    List<OfferResult> batch = new ArrayList<>();

    long n = engine.findCustomersAll(offers.iterator(), OpenDemands.none(), batch::add, BatchMatcher.Progress.none());

    assertThat(n).isEqualTo(3);
    for (int i = 0; i < offers.size(); i++) {
      assertThat(batch.get(i)).isEqualTo(engine.findCustomers(offers.get(i)));
    }
  }

  @Test
  void aClosedEngineRefusesToMatch() throws Exception {
    engine.close();

    assertThatThrownBy(() -> engine.findCustomers(Offer.of("A", stalled.uscc(), "熔喷布")))
        .isInstanceOf(IllegalStateException.class);
  }
}
