package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.matching.Fixtures.HUQIU;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.maker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.junit.jupiter.api.Test;

/**
 * Eight threads match while another upserts enterprises and flips statuses in a real index: every
 * match must be internally consistent (its status is the one its readiness was scored from) and
 * nothing may fail.
 */
class ConcurrentMatchingTest {

  private static final int MAKERS = 40;
  private static final int MATCHERS = 8;

  @Test
  void matchesStayConsistentWhileTheIndexAndDirectoryChange() throws Exception {
    Enterprise requester = maker(1, WUZHONG, "口罩").build();
    List<Enterprise> all = new ArrayList<>(List.of(requester));
    for (int n = 2; n < 2 + MAKERS; n++) {
      all.add(maker(n, HUQIU, "熔喷布").build());
    }
    Map<Uscc, Enterprise> directory = new ConcurrentHashMap<>();
    all.forEach(e -> directory.put(e.uscc(), e));
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(IndexOptions.defaults().withIndexingThreads(1))) {
      index.addAll(all);
      index.refresh();
      SupplierMatcher matcher = SupplierMatcher.builder(index)
          .graph(SupplyGraph.of(all, List.of()))
          .directory(u -> Optional.ofNullable(directory.get(u)))
          .build();
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch updated = new CountDownLatch(10);
      ExecutorService pool = Executors.newFixedThreadPool(MATCHERS + 1);
      try {
        Future<?> updater = pool.submit(() -> {
          int round = 0;
          while (!stop.get()) {
            Enterprise e = all.get(1 + round % MAKERS);
            OperatingStatus status = OperatingStatus.of(
                round % 2 == 0 ? OperatingState.SUSPENDED : OperatingState.RESUMED);
            index.updateStatus(e.uscc(), status);
            directory.put(e.uscc(), e.withStatus(status));
            Enterprise newcomer = maker(1000 + round, HUQIU, "熔喷布").build();
            directory.put(newcomer.uscc(), newcomer);
            index.upsert(newcomer);
            index.refresh();
            updated.countDown();
            round++;
          }
          return null;
        });
        List<Future<Integer>> matchers = new ArrayList<>();
        for (int t = 0; t < MATCHERS; t++) {
          matchers.add(pool.submit(() -> {
            int checked = 0;
            while (!stop.get()) {
              for (Match m : matcher.match(Demand.of("d", requester.uscc(), "熔喷布")).matches()) {
                Contribution readiness = m.contributions().get(Factor.READINESS.ordinal());
                // Every maker names 熔喷布 exactly: equally relevant, so the gate is 1.
                assertThat(readiness.value()).isEqualTo(FactorValue.readinessValue(m.enterprise().status()));
                assertThat(readiness.detail()).isEqualTo(FactorValue.readiness(m.enterprise().status()).detail());
                checked++;
              }
            }
            return checked;
          }));
        }
        assertThat(updated.await(20, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        updater.get();
        for (Future<Integer> f : matchers) {
          assertThat(f.get()).isPositive();
        }
      } finally {
        stop.set(true);
        pool.shutdownNow();
      }
    }
  }
}
