package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.matching.Fixtures.HANGZHOU_SHANGCHENG;
import static org.chainmatch.matching.Fixtures.HUQIU;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.XUANWU;
import static org.chainmatch.matching.Fixtures.maker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CapabilityQuery;
import org.junit.jupiter.api.Test;
import org.chainmatch.testkit.index.FakeCapabilityIndex;

class BatchMatcherTest {

  private static final List<String> PRODUCTS = List.of("熔喷布", "聚丙烯", "口罩", "纸箱", "无纺布", "耳带");
  private static final List<RegionCode> REGIONS = List.of(WUZHONG, HUQIU, XUANWU, HANGZHOU_SHANGCHENG);

  private final List<Enterprise> enterprises = new ArrayList<>();
  private final List<SupplyRelation> relations = new ArrayList<>();
  private final List<Demand> demands = new ArrayList<>();

  /** Sixty enterprises, some relations and 150 demands, drawn with a fixed seed. */
  BatchMatcherTest() {
    Random random = new Random(42);
    OperatingState[] states = OperatingState.values();
    for (int n = 1; n <= 60; n++) {
      enterprises.add(maker(n, REGIONS.get(random.nextInt(REGIONS.size())), PRODUCTS.get(random.nextInt(PRODUCTS.size())))
          .status(OperatingStatus.of(states[random.nextInt(states.length)]))
          .key(random.nextInt(5) == 0)
          .build());
    }
    for (int i = 0; i < 80; i++) {
      Enterprise s = enterprises.get(random.nextInt(60));
      Enterprise c = enterprises.get(random.nextInt(60));
      if (!s.equals(c)) {
        relations.add(SupplyRelation.of(s.uscc(), c.uscc(), s.products().get(0)));
      }
    }
    for (int i = 0; i < 150; i++) {
      demands.add(Demand.of("d" + i, enterprises.get(random.nextInt(60)).uscc(),
          "急购" + PRODUCTS.get(random.nextInt(PRODUCTS.size())) + (i % 7) + "吨"));
    }
  }

  private SupplierMatcher matcher() {
    return SupplierMatcher.builder(FakeCapabilityIndex.of(enterprises))
        .enterprises(enterprises)
        .relations(relations)
        .options(MatchOptions.defaults().withTopK(5))
        .build();
  }

  @Test
  void aBatchGivesTheSameResultsAsMatchingOneByOneInDemandOrder() throws IOException {
    SupplierMatcher matcher = matcher();
    List<MatchResult> sequential = new ArrayList<>();
    for (Demand d : demands) {
      sequential.add(matcher.match(d));
    }

    List<MatchResult> batch = new ArrayList<>();
    long count = BatchMatcher.of(matcher).withThreads(2).withWindow(3)
        .run(demands.iterator(), batch::add, BatchMatcher.Progress.none());

    assertThat(count).isEqualTo(150);
    assertThat(batch).isEqualTo(sequential);
    assertThat(sequential).anySatisfy(r -> assertThat(r.matches()).hasSizeGreaterThan(1));
  }

  @Test
  void progressCountsEveryDeliveredResult() throws IOException {
    List<Long> reported = new ArrayList<>();

    BatchMatcher.of(matcher()).withThreads(2).run(demands.subList(0, 5).stream(), r -> {}, reported::add);

    assertThat(reported).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void noMoreThanTheWindowIsPulledAheadOfTheConsumer() throws IOException {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Demand> source = demands.iterator();
    Iterator<Demand> counting = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public Demand next() {
        pulled.incrementAndGet();
        return source.next();
      }
    };
    List<Integer> ahead = new ArrayList<>();
    AtomicInteger consumed = new AtomicInteger();

    BatchMatcher.of(matcher()).withThreads(2).withWindow(4)
        .run(counting, r -> ahead.add(pulled.get() - consumed.incrementAndGet()), BatchMatcher.Progress.none());

    assertThat(ahead).isNotEmpty().allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
  }

  @Test
  void aFailingSearchStopsTheBatchWithItsException() {
    FakeCapabilityIndex failing = new FakeCapabilityIndex() {
      @Override
      public List<Candidate> search(CapabilityQuery query) throws IOException {
        if (query.text().equals("口罩")) {
          throw new IOException("disk gone");
        }
        return super.search(query);
      }
    };
    enterprises.forEach(failing::upsert);
    failing.refresh();
    SupplierMatcher matcher = SupplierMatcher.builder(failing).enterprises(enterprises).build();

    assertThatThrownBy(() -> BatchMatcher.of(matcher).withThreads(2)
            .run(demands.iterator(), r -> {}, BatchMatcher.Progress.none()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void aWindowSmallerThanTheThreadsIsRejected() {
    assertThatThrownBy(() -> BatchMatcher.of(matcher()).withThreads(4).withWindow(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2");
  }
}
