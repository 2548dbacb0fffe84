package org.chainmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.testkit.generate.CityGenerator;
import org.chainmatch.testkit.generate.SyntheticCity;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ChainMatch} under concurrent matching and updates: readers never fail, never see an
 * enterprise whose removal was refreshed before their search began, and never see a status that
 * was not set as a whole; once the writers stop and the engine is refreshed, every match shows
 * the last status set and the engine holds exactly the enterprises that were not removed.
 *
 * <p>Eight readers match the city's demands in a loop while two writers, each owning half of the
 * enterprises, change statuses, upsert new and existing enterprises, remove enterprises (preferably
 * ones readers have just been shown) and refresh every {@value #OPS_PER_REFRESH} operations. Every
 * status a writer sets is unique (its report time is a sequence number), so a match whose status
 * is not in the enterprise's history would be a torn or invented read. The run prints one {@code
 * stress:} line with the operation counts, recorded in RELIABILITY.md.
 */
class ChainMatchStressTest {
  static final int ENTERPRISES = 3_000;
  static final int DEMANDS = 300;
  static final int READERS = 8;
  static final int WRITERS = 2;
  static final int OPS_PER_REFRESH = 25;

  @Test
  void matchingStaysConsistentWhileStatusesChangeAndEnterprisesComeAndGo() throws Exception {
    stress(Duration.ofSeconds(5), 11);
  }

  @Test
  @Tag("long")
  void matchingStaysConsistentForMinutes() throws Exception {
    stress(Duration.ofMinutes(3), 12);
  }

  private static void stress(Duration duration, long seed) throws Exception {
    long building = System.nanoTime();
    SyntheticCity city = CityGenerator.builder()
        .homeCity("320500").enterprises(ENTERPRISES).demands(DEMANDS).seed(seed).build().generate();
    Ledger ledger = new Ledger();
    city.enterprises().forEach(e -> ledger.set(e.uscc(), e.status()));

    try (ChainMatch engine = ChainMatch.builder()
        .homeCity("320500").enterprises(city.enterprises()).relations(city.relations()).threads(1)
        .build()) {
      System.out.printf("stress: city generated and indexed in %.1f s%n", (System.nanoTime() - building) / 1e9);
      Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
      CountDownLatch stop = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        int first = r * DEMANDS / READERS;
        threads.add(new Thread(() -> guarded(failures, stop,
            () -> read(engine, city.demands(), first, ledger, stop)), "reader-" + r));
      }
      for (int w = 0; w < WRITERS; w++) {
        List<Enterprise> owned = new ArrayList<>();
        for (int i = w; i < city.enterprises().size(); i += WRITERS) {
          owned.add(city.enterprises().get(i));
        }
        Writer writer = new Writer(engine, owned, ledger, w, new SplittableRandom(seed * 31 + w));
        threads.add(new Thread(() -> guarded(failures, stop, () -> writer.run(stop)), "writer-" + w));
      }
      long started = System.nanoTime();
      threads.forEach(Thread::start);
      stop.await(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      stop.countDown();
      for (Thread t : threads) {
        t.join(60_000);
        assertThat(t.isAlive()).as("%s stopped", t.getName()).isFalse();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "stress: %.1f s, %d readers, %d writers, %d enterprises: %d searches (%d matches checked),"
              + " %d status updates, %d upserts (%d new), %d removes (%d of them just shown to a"
              + " reader), %d refreshes; %d failures%n",
          seconds, READERS, WRITERS, ENTERPRISES, ledger.searches.sum(), ledger.matchesChecked.sum(),
          ledger.updates.sum(), ledger.upserts.sum(), ledger.added.sum(), ledger.removes.sum(),
          ledger.removedAfterShown.sum(), ledger.refreshes.sum(), failures.size());

      assertThat(failures).as("failures in reader and writer threads").isEmpty();
      assertThat(ledger.searches.sum()).as("searches").isGreaterThan(READERS);
      assertThat(ledger.updates.sum()).as("status updates").isPositive();
      assertThat(ledger.added.sum()).as("new enterprises upserted").isPositive();
      assertThat(ledger.removedAfterShown.sum()).as("removed enterprises readers had been shown")
          .isPositive();

      // Quiescent: the last status of every enterprise is what matching shows, and nothing
      // removed comes back.
      engine.refresh();
      for (Demand d : city.demands()) {
        for (Match m : engine.match(d).matches()) {
          Uscc u = m.enterprise().uscc();
          assertThat(ledger.removedAt).as("removed enterprises").doesNotContainKey(u);
          assertThat(m.enterprise().status()).as("status of %s", u).isEqualTo(ledger.latest.get(u));
        }
      }
      assertThat(engine.enterpriseCount())
          .isEqualTo(ENTERPRISES + ledger.added.sum() - ledger.removes.sum());
      ledger.latest.forEach((u, status) -> {
        if (!ledger.removedAt.containsKey(u)) {
          assertThat(engine.enterprise(u)).get().extracting(Enterprise::status).isEqualTo(status);
        }
      });
    }
  }

  /** Matches demands from {@code first} on, round and round, checking each result. */
  private static void read(ChainMatch engine, List<Demand> demands, int first, Ledger ledger,
      CountDownLatch stop) throws Exception {
    for (int i = first; stop.getCount() > 0; i = (i + 1) % demands.size()) {
      long started = System.nanoTime();
      MatchResult result = engine.match(demands.get(i));
      for (Match m : result.matches()) {
        Uscc u = m.enterprise().uscc();
        Long removed = ledger.removedAt.get(u);
        assertThat(removed == null || removed > started)
            .as("%s was removed and refreshed before this search started", u).isTrue();
        assertThat(ledger.history.get(u))
            .as("statuses set for %s", u).contains(m.enterprise().status());
        ledger.shown.add(u);
        ledger.matchesChecked.increment();
      }
      ledger.searches.increment();
    }
  }

  private static void guarded(Queue<Throwable> failures, CountDownLatch stop, Body body) {
    try {
      body.run();
    } catch (Throwable t) {
      failures.add(t);
      stop.countDown();
    }
  }

  @FunctionalInterface
  private interface Body {
    void run() throws Exception;
  }

  /**
   * What the writers did, shared with the readers. A status enters the history before the engine
   * is given it, and a removal's time is taken after the refresh that follows it returned.
   */
  private static final class Ledger {
    final Map<Uscc, Set<OperatingStatus>> history = new ConcurrentHashMap<>();
    final Map<Uscc, OperatingStatus> latest = new ConcurrentHashMap<>();
    final Map<Uscc, Long> removedAt = new ConcurrentHashMap<>();
    final Set<Uscc> shown = ConcurrentHashMap.newKeySet();
    final AtomicLong sequence = new AtomicLong();
    final LongAdder searches = new LongAdder();
    final LongAdder matchesChecked = new LongAdder();
    final LongAdder updates = new LongAdder();
    final LongAdder upserts = new LongAdder();
    final LongAdder added = new LongAdder();
    final LongAdder removes = new LongAdder();
    final LongAdder removedAfterShown = new LongAdder();
    final LongAdder refreshes = new LongAdder();

    void set(Uscc u, OperatingStatus status) {
      history.computeIfAbsent(u, k -> ConcurrentHashMap.newKeySet()).add(status);
      latest.put(u, status);
    }

    /** A status no one has set before: its report time is the next sequence number. */
    OperatingStatus freshStatus(SplittableRandom random, int writer) {
      OperatingState state = OperatingState.values()[random.nextInt(OperatingState.values().length)];
      int capacity = switch (state) {
        case RESUMED -> 50 + random.nextInt(51);
        case PARTIAL -> 10 + random.nextInt(80);
        case SUSPENDED -> 0;
        case UNKNOWN -> OperatingStatus.UNKNOWN_CAPACITY;
      };
      return new OperatingStatus(state, capacity,
          Instant.ofEpochSecond(1_581_000_000L + sequence.incrementAndGet()), "stress-writer-" + writer);
    }
  }

  /** Changes only the enterprises it owns (and those it adds), so writers never race each other. */
  private static final class Writer {
    private final ChainMatch engine;
    private final List<Enterprise> alive;
    private final Ledger ledger;
    private final int id;
    private final SplittableRandom random;
    private final List<Uscc> removedSinceRefresh = new ArrayList<>();
    /** Removals stop at three quarters of the owned enterprises, so demands keep suppliers. */
    private final int floor;
    private int nextNew;

    Writer(ChainMatch engine, List<Enterprise> owned, Ledger ledger, int id, SplittableRandom random) {
      this.engine = engine;
      this.alive = new ArrayList<>(owned);
      this.floor = owned.size() * 3 / 4;
      this.ledger = ledger;
      this.id = id;
      this.random = random;
    }

    void run(CountDownLatch stop) throws Exception {
      for (int op = 1; stop.getCount() > 0; op++) {
        int kind = random.nextInt(100);
        if (kind < 70) {
          updateStatus();
        } else if (kind < 85) {
          upsert();
        } else if (alive.size() > floor) {
          remove();
        }
        if (op % OPS_PER_REFRESH == 0) {
          refresh();
        }
      }
      refresh();
    }

    private void updateStatus() throws Exception {
      Enterprise e = alive.get(random.nextInt(alive.size()));
      OperatingStatus status = ledger.freshStatus(random, id);
      ledger.set(e.uscc(), status);
      engine.updateStatus(e.uscc(), status);
      ledger.updates.increment();
    }

    /** Half the time replaces an enterprise with a new status, half the time adds a copy. */
    private void upsert() throws Exception {
      int at = random.nextInt(alive.size());
      Enterprise template = alive.get(at);
      OperatingStatus status = ledger.freshStatus(random, id);
      Enterprise e;
      if (random.nextBoolean()) {
        e = template.withStatus(status);
        alive.set(at, e);
      } else {
        Uscc u = Uscc.withComputedCheck(String.format("91320505W%d%07d", id, nextNew++));
        e = Enterprise.builder(u, template.name() + "分公司", template.region())
            .industries(template.industries()).products(template.products()).scope(template.scope())
            .status(status).key(template.key()).build();
        alive.add(e);
        ledger.added.increment();
      }
      ledger.set(e.uscc(), status);
      engine.upsert(e);
      ledger.upserts.increment();
    }

    /** Removes an enterprise, preferring one a reader has just been shown. */
    private void remove() throws Exception {
      int at = random.nextInt(alive.size());
      for (int tries = 0; tries < 20 && !ledger.shown.contains(alive.get(at).uscc()); tries++) {
        at = random.nextInt(alive.size());
      }
      Uscc u = alive.get(at).uscc();
      if (ledger.shown.contains(u)) {
        ledger.removedAfterShown.increment();
      }
      alive.set(at, alive.get(alive.size() - 1));
      alive.remove(alive.size() - 1);
      engine.remove(u);
      removedSinceRefresh.add(u);
      ledger.removes.increment();
    }

    private void refresh() throws Exception {
      engine.refresh();
      long now = System.nanoTime();
      removedSinceRefresh.forEach(u -> ledger.removedAt.put(u, now));
      removedSinceRefresh.clear();
      ledger.refreshes.increment();
    }
  }
}
