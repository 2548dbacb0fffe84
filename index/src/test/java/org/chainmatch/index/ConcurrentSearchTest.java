package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.index.TestEnterprises.maker;
import static org.chainmatch.index.TestEnterprises.uscc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

class ConcurrentSearchTest {

  @Test
  void searchesDuringUpdatesNeverFailNorSeeWhatWasDeletedBeforeTheirStart() throws Exception {
    int count = 60;
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(IndexOptions.defaults())) {
      for (int i = 0; i < count; i++) {
        index.upsert(maker(i, "轮胎"));
      }
      index.refresh();
      // Codes whose deletion has been refreshed: no search starting later may return them.
      Set<Uscc> gone = ConcurrentHashMap.newKeySet();
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> searchers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          searchers.add(pool.submit(() -> {
            int searches = 0;
            while (!done.get()) {
              Set<Uscc> goneBefore = Set.copyOf(gone);
              for (Candidate c : index.search(CapabilityQuery.of("轮胎", 10_000))) {
                assertThat(goneBefore).doesNotContain(c.uscc());
              }
              searches++;
            }
            return searches;
          }));
        }
        for (int i = 0; i < count; i += 2) {
          index.delete(uscc(i));
          index.updateStatus(uscc(i + 1), OperatingStatus.of(OperatingState.PARTIAL, 60));
          index.upsert(maker(count + i, "轮胎"));
          index.refresh();
          gone.add(uscc(i));
        }
        done.set(true);
        for (Future<Integer> f : searchers) {
          assertThat(f.get()).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(index.size()).isEqualTo(count);
    }
  }
}
