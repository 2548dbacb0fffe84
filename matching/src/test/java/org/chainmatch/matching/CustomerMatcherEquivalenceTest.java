package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.testkit.generate.CityGenerator;
import org.chainmatch.testkit.generate.SyntheticCity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CustomerMatcher} looks up only the buyers whose score bound can still enter the top K,
 * reads relation buyers from its per-graph cache and skips capability searches that cannot rank:
 * its results must be exactly those of {@link ReferenceCustomerMatcher}, the matcher that scores
 * every buyer, on a generated city under many options, directories and open demands.
 */
class CustomerMatcherEquivalenceTest {

  private static SyntheticCity city;
  private static SupplyGraph graph;
  private static LuceneCapabilityIndex index;
  private static List<Offer> offers;

  @BeforeAll
  static void generate() throws IOException {
    city = CityGenerator.builder()
        .homeCity("320500").enterprises(4_000).relationsPerEnterprise(5).demands(400).seed(22).build()
        .generate();
    graph = SupplyGraph.of(city.enterprises(), city.relations());
    index = LuceneCapabilityIndex.inMemory(IndexOptions.defaults().withIndexingThreads(1));
    index.addAll(city.enterprises());
    index.refresh();
    offers = offers(graph, 75);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /**
   * Offers as stalled suppliers make them: a relation's product, one of the supplier's listed
   * products, or a sentence naming the product.
   */
  private static List<Offer> offers(SupplyGraph graph, int count) {
    SplittableRandom random = new SplittableRandom(7);
    List<Offer> out = new ArrayList<>();
    while (out.size() < count) {
      int v = random.nextInt(graph.enterpriseCount());
      int begin = graph.outEdgesBegin(v);
      int end = graph.outEdgesEnd(v);
      Enterprise e = graph.enterpriseAt(v);
      String id = "O" + out.size();
      switch (out.size() % 3) {
        case 0 -> {
          if (begin < end) {
            out.add(Offer.of(id, e.uscc(), graph.product(graph.edgeProduct(begin + random.nextInt(end - begin)))));
          }
        }
        case 1 -> out.add(Offer.of(id, e.uscc(), e.products().get(random.nextInt(e.products().size()))));
        default -> {
          if (begin < end) {
            out.add(Offer.of(id, e.uscc(), "供应" + graph.product(graph.edgeProduct(begin)) + "20吨，现货"));
          }
        }
      }
    }
    return out;
  }

  private static List<MatchOptions> optionSets() {
    MatchOptions d = MatchOptions.defaults();
    return List.of(
        d,
        d.withTopK(1),
        d.withTopK(5),
        d.withTopK(60),
        d.withScope(RegionScope.IN_CITY_FIRST),
        d.withScope(RegionScope.IN_CITY_ONLY).withTopK(10),
        d.withStates(EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL)).withMinCapacity(50),
        d.withWeights(MatchWeights.relevanceOnly()),
        d.withWeights(MatchWeights.defaults().with(Factor.PROXIMITY, 3).with(Factor.KEY_ENTERPRISE, 2)),
        d.withWeights(MatchWeights.defaults().with(Factor.RELATIONSHIP, 5)).withTopK(3),
        d.withExcluded(Set.of(graph.usccAt(0), graph.usccAt(1), graph.usccAt(2))),
        d.withUnderstandDemands(false));
  }

  /** The option sets that most change which buyers are bounded out: fewer, for the slower cases. */
  private static List<MatchOptions> someOptionSets() {
    return optionSets().subList(0, 7);
  }

  private static void assertSame(
      CustomerMatcher fast, ReferenceCustomerMatcher reference, OpenDemands open, List<MatchOptions> optionSets)
      throws IOException {
    int compared = 0;
    int nonEmpty = 0;
    for (MatchOptions options : optionSets) {
      for (Offer offer : offers) {
        OfferResult expected = reference.match(offer, open, options);
        assertThat(fast.match(offer, open, options))
            .as("offer %s (%s) with %s", offer.id(), offer.product(), options)
            .isEqualTo(expected);
        compared++;
        nonEmpty += expected.matches().isEmpty() ? 0 : 1;
      }
    }
    // The comparison is only worth something if most offers find buyers.
    assertThat(nonEmpty).isGreaterThan(compared / 2);
  }

  @Test
  void ranksExactlyAsScoringEveryBuyerWithAnIndex() throws IOException {
    CustomerMatcher fast = CustomerMatcher.builder().graph(graph).index(index).build();
    ReferenceCustomerMatcher reference =
        new ReferenceCustomerMatcher(RelationView.of(graph, graph::enterprise), Optional.of(index));
    assertSame(fast, reference, OpenDemands.none(), optionSets());
  }

  @Test
  void ranksExactlyAsScoringEveryBuyerWithOpenDemands() throws IOException {
    CustomerMatcher fast = CustomerMatcher.builder().graph(graph).index(index).build();
    ReferenceCustomerMatcher reference =
        new ReferenceCustomerMatcher(RelationView.of(graph, graph::enterprise), Optional.of(index));
    assertSame(fast, reference, OpenDemands.of(city.demands()), someOptionSets());
  }

  @Test
  void ranksExactlyAsScoringEveryBuyerWithoutAnIndex() throws IOException {
    CustomerMatcher fast = CustomerMatcher.builder().graph(graph).build();
    ReferenceCustomerMatcher reference =
        new ReferenceCustomerMatcher(RelationView.of(graph, graph::enterprise), Optional.empty());
    assertSame(fast, reference, OpenDemands.of(city.demands()), optionSets());
  }

  /**
   * The bound takes readiness at its best, so a directory whose statuses differ from the graph's
   * (every third enterprise flipped, every eleventh unknown to it) must change nothing either.
   */
  @Test
  void ranksExactlyAsScoringEveryBuyerWhenTheDirectoryHasOtherStatuses() throws IOException {
    Map<Uscc, Enterprise> now = new HashMap<>();
    SplittableRandom random = new SplittableRandom(3);
    OperatingState[] states = OperatingState.values();
    for (int id = 0; id < graph.enterpriseCount(); id++) {
      Enterprise e = graph.enterpriseAt(id);
      if (id % 11 == 5) {
        continue;
      }
      now.put(e.uscc(), id % 3 == 0
          ? e.withStatus(OperatingStatus.of(states[random.nextInt(states.length)], random.nextInt(101)))
          : e);
    }
    // The supplier itself must be known: keep every offer's supplier.
    offers.forEach(o -> now.putIfAbsent(o.supplier(), graph.enterprise(o.supplier()).orElseThrow()));
    Function<Uscc, Optional<Enterprise>> directory = u -> Optional.ofNullable(now.get(u));
    CustomerMatcher fast = CustomerMatcher.builder().graph(graph).directory(directory).index(index).build();
    ReferenceCustomerMatcher reference =
        new ReferenceCustomerMatcher(RelationView.of(graph, directory), Optional.of(index));
    assertSame(fast, reference, OpenDemands.none(), someOptionSets());
  }

  /**
   * A seller whose neighbours supply many enterprises has its partners' partners found buyer by
   * buyer, with a looser bound: forced here for every seller.
   */
  @Test
  void ranksExactlyAsScoringEveryBuyerWhenPartnersPartnersAreNotListed() throws IOException {
    CustomerMatcher fast = new CustomerMatcher(
        RelationView.of(graph, graph::enterprise), Optional.of(index), MatchOptions.defaults(), 0);
    ReferenceCustomerMatcher reference =
        new ReferenceCustomerMatcher(RelationView.of(graph, graph::enterprise), Optional.of(index));
    assertSame(fast, reference, OpenDemands.none(), someOptionSets());
  }

  /** The cache is filled by many threads at once; every result is still the reference's. */
  @Test
  void aBatchOnAColdCacheRanksExactlyAsTheReference() throws IOException {
    CustomerMatcher fast = CustomerMatcher.builder().graph(graph).index(index).build();
    ReferenceCustomerMatcher reference =
        new ReferenceCustomerMatcher(RelationView.of(graph, graph::enterprise), Optional.of(index));
    List<OfferResult> results = new ArrayList<>();
    CustomerBatchMatcher.of(fast).withThreads(4)
        .run(offers.iterator(), results::add, BatchMatcher.Progress.none());
    assertThat(results).hasSize(offers.size());
    for (int i = 0; i < offers.size(); i++) {
      assertThat(results.get(i)).isEqualTo(reference.match(offers.get(i), OpenDemands.none(), fast.options()));
    }
  }

  /** What makes it fast: most relation buyers of a common product are never looked up. */
  @Test
  void looksUpFewOfACommonProductsBuyers() throws IOException {
    int product = mostBoughtProduct();
    int buyers = new ProductBuyers.Cache(graph).of(product).size();
    int seller = graph.makerAt(graph.makersBegin(product));
    AtomicInteger lookups = new AtomicInteger();
    CustomerMatcher counted = CustomerMatcher.builder()
        .graph(graph)
        .directory(u -> {
          lookups.incrementAndGet();
          return graph.enterprise(u);
        })
        .build();
    OfferResult result = counted.match(
        Offer.of("O", graph.usccAt(seller), graph.product(product)), OpenDemands.none(), MatchOptions.defaults().withTopK(5));
    assertThat(result.matches()).hasSize(5);
    assertThat(buyers).isGreaterThan(150);
    assertThat(lookups.get()).isLessThan(buyers / 4);
  }

  private static int mostBoughtProduct() {
    ProductBuyers.Cache cache = new ProductBuyers.Cache(graph);
    int best = 0;
    int most = -1;
    for (int p = 0; p < graph.productCount(); p++) {
      int n = cache.of(p).size();
      if (n > most) {
        most = n;
        best = p;
      }
    }
    return best;
  }
}
