package org.chainmatch.testkit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CapabilityIndex} must show, as a test to extend once per
 * implementation (as JGraphT's shortest-path tests are): visibility after {@link
 * CapabilityIndex#refresh()}, every {@link CandidateFilter} constraint, best-first order and
 * {@code topK}, status updates (also of changes not yet refreshed), and searches running while another thread changes the index.
 *
 * <pre>{@code
 * class OpenSearchCapabilityIndexContractTest extends CapabilityIndexContractTest {
 *   @Override
 *   protected CapabilityIndex newIndex() throws IOException {
 *     return OpenSearchCapabilityIndex.connect(nodes, Duration.ofSeconds(30),
 *         OpenSearchIndexOptions.defaults("contract-" + NAMES.incrementAndGet()));
 *   }
 * }
 * }</pre>
 *
 * <p>Relevance is compared only where every sensible implementation agrees: a product equal to the
 * query ranks above one that merely contains it, which ranks above a mention in the business scope
 * alone. Ties may come in any order. Runs against {@code LuceneCapabilityIndex} (in memory and in a
 * folder) and {@link FakeCapabilityIndex} in this module's tests, against {@code OpenSearchCapabilityIndex} in
 * {@code distributed/opensearch}.
 */
public abstract class CapabilityIndexContractTest {

  /** The bundled division table the test enterprises' regions come from. */
  protected static final RegionTable REGIONS = RegionTable.bundled();
  /** 杭州市上城区, where the test enterprises are unless a test says otherwise. */
  protected static final RegionCode SHANGCHENG = REGIONS.resolve("330102");
  /** 杭州市. */
  protected static final RegionCode HANGZHOU = REGIONS.resolve("330100");
  /** 苏州市虎丘区. */
  protected static final RegionCode HUQIU = REGIONS.resolve("320505");

  /** The index under test; a new one per test, closed after it. */
  protected CapabilityIndex index;

  /** A new, empty index. */
  protected abstract CapabilityIndex newIndex() throws IOException;

  @BeforeEach
  void openIndex() throws IOException {
    index = newIndex();
  }

  @AfterEach
  void closeIndex() throws IOException {
    index.close();
  }

  /** The code of test enterprise number {@code n} (registered in 上城区). */
  protected static Uscc uscc(int n) {
    return Uscc.withComputedCheck(String.format("91330102%09d", n));
  }

  /** A builder for a resumed enterprise number {@code n} in {@code region}, with a neutral name. */
  protected static Enterprise.Builder builder(int n, RegionCode region) {
    return Enterprise.builder(uscc(n), "第" + n + "号有限公司", region)
        .status(OperatingStatus.of(OperatingState.RESUMED));
  }

  /** A resumed enterprise number {@code n} in 上城区 making {@code products}. */
  protected static Enterprise maker(int n, String... products) {
    return builder(n, SHANGCHENG).products(List.of(products)).build();
  }

  private void add(Enterprise... enterprises) throws IOException {
    for (Enterprise e : enterprises) {
      index.upsert(e);
    }
    index.refresh();
  }

  private List<Uscc> found(String text) throws IOException {
    return found(text, CandidateFilter.none());
  }

  private List<Uscc> found(String text, CandidateFilter filter) throws IOException {
    return index.search(new CapabilityQuery(text, 10, filter, false)).stream().map(Candidate::uscc).toList();
  }

  // ---------------------------------------------------------------- visibility

  @Test
  void anUpsertIsInvisibleUntilRefreshAndVisibleAfter() throws IOException {
    index.upsert(maker(1, "轮胎"));

    assertThat(found("轮胎")).isEmpty();
    assertThat(index.size()).isZero();
    index.refresh();
    assertThat(found("轮胎")).containsExactly(uscc(1));
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void commitAlsoMakesChangesVisible() throws IOException {
    index.upsert(maker(1, "轮胎"));
    index.commit();

    assertThat(found("轮胎")).containsExactly(uscc(1));
  }

  @Test
  void addAllIsVisibleAfterRefresh() throws IOException {
    List<Enterprise> many = new ArrayList<>();
    for (int n = 1; n <= 50; n++) {
      many.add(maker(n, "轮胎"));
    }
    index.addAll(many);
    index.refresh();

    assertThat(index.size()).isEqualTo(50);
    assertThat(index.search(new CapabilityQuery("轮胎", 100, CandidateFilter.none(), false))).hasSize(50);
  }

  @Test
  void anUpsertReplacesTheEnterpriseWithTheSameCode() throws IOException {
    add(maker(1, "轮胎"));

    add(maker(1, "顺丁橡胶"));

    assertThat(found("轮胎")).isEmpty();
    assertThat(found("顺丁橡胶")).containsExactly(uscc(1));
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void aDeleteTakesEffectAfterRefresh() throws IOException {
    add(maker(1, "轮胎"), maker(2, "轮胎"));

    index.delete(uscc(1));
    assertThat(found("轮胎")).containsExactlyInAnyOrder(uscc(1), uscc(2));
    index.refresh();

    assertThat(found("轮胎")).containsExactly(uscc(2));
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void deletingAnUnknownCodeChangesNothing() throws IOException {
    add(maker(1, "轮胎"));

    index.delete(uscc(99));
    index.refresh();

    assertThat(index.size()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- statuses

  @Test
  void aStatusUpdateChangesTheReturnedStatusAndTheFiltersAfterRefresh() throws IOException {
    add(maker(1, "轮胎"));
    CandidateFilter working = CandidateFilter.none().withStates(EnumSet.of(OperatingState.RESUMED));
    OperatingStatus suspended = OperatingStatus.of(OperatingState.SUSPENDED);

    index.updateStatus(uscc(1), suspended);
    assertThat(found("轮胎", working)).containsExactly(uscc(1));
    index.refresh();

    assertThat(found("轮胎", working)).isEmpty();
    assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).status()).isEqualTo(suspended);
  }

  @Test
  void aStatusUpdateOfAnUpsertNotYetRefreshedSucceeds() throws IOException {
    index.upsert(maker(1, "轮胎"));

    index.updateStatus(uscc(1), OperatingStatus.of(OperatingState.SUSPENDED));
    index.refresh();

    assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).status().state())
        .isEqualTo(OperatingState.SUSPENDED);
  }

  @Test
  void aStatusUpdateOfAnUpsertNotYetRefreshedMakesNothingVisibleBeforeRefresh() throws IOException {
    add(maker(1, "轮胎"));
    index.upsert(maker(2, "顺丁橡胶"));

    index.updateStatus(uscc(2), OperatingStatus.of(OperatingState.PARTIAL, 50));

    assertThat(found("顺丁橡胶")).isEmpty();
    assertThat(index.size()).isEqualTo(1);
    index.refresh();
    assertThat(found("顺丁橡胶")).containsExactly(uscc(2));
  }

  @Test
  void aStatusUpdateOfAnEnterpriseDeletedButNotYetRefreshedIsRejected() throws IOException {
    add(maker(1, "轮胎"));
    index.delete(uscc(1));

    assertThatThrownBy(() -> index.updateStatus(uscc(1), OperatingStatus.unknown()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(uscc(1).value());
  }

  @Test
  void aStatusUpdateOfAnEnterpriseDeletedThenUpsertedAgainSucceeds() throws IOException {
    add(maker(1, "轮胎"));
    index.delete(uscc(1));
    index.upsert(maker(1, "轮胎"));

    index.updateStatus(uscc(1), OperatingStatus.of(OperatingState.SUSPENDED));
    index.refresh();

    assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).status().state())
        .isEqualTo(OperatingState.SUSPENDED);
  }

  @Test
  void aStatusUpdateOfAnUnknownCodeIsRejectedNamingIt() throws IOException {
    add(maker(1, "轮胎"));

    assertThatThrownBy(() -> index.updateStatus(uscc(2), OperatingStatus.unknown()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(uscc(2).value());
  }

  // ---------------------------------------------------------------- filters

  @Test
  void aQueryMatchingNothingFindsNothing() throws IOException {
    add(maker(1, "轮胎"));

    assertThat(found("集成电路")).isEmpty();
  }

  @Test
  void filtersNeverAdmitAnEnterpriseWithoutATextMatch() throws IOException {
    add(maker(1, "轮胎"), maker(2, "顺丁橡胶"));

    assertThat(found("轮胎", CandidateFilter.none().inside(HANGZHOU))).containsExactly(uscc(1));
  }

  @Test
  void insideAnAreaKeepsOnlyEnterprisesWithinIt() throws IOException {
    add(maker(1, "轮胎"), builder(2, HUQIU).product("轮胎").build());

    assertThat(found("轮胎", CandidateFilter.none().inside(HANGZHOU))).containsExactly(uscc(1));
    assertThat(found("轮胎", CandidateFilter.none().inside(HUQIU))).containsExactly(uscc(2));
  }

  @Test
  void outsideAnAreaDropsEnterprisesWithinIt() throws IOException {
    add(maker(1, "轮胎"), builder(2, HUQIU).product("轮胎").build());

    assertThat(found("轮胎", CandidateFilter.none().outside(HANGZHOU))).containsExactly(uscc(2));
  }

  @Test
  void theStateFilterKeepsOnlyAllowedStates() throws IOException {
    add(
        maker(1, "轮胎"),
        builder(2, SHANGCHENG).product("轮胎").status(OperatingStatus.of(OperatingState.SUSPENDED)).build(),
        builder(3, SHANGCHENG).product("轮胎").status(OperatingStatus.of(OperatingState.PARTIAL, 50)).build());

    assertThat(found("轮胎", CandidateFilter.none().withStates(EnumSet.of(OperatingState.SUSPENDED))))
        .containsExactly(uscc(2));
    assertThat(found("轮胎", CandidateFilter.none()
            .withStates(EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL))))
        .containsExactlyInAnyOrder(uscc(1), uscc(3));
  }

  @Test
  void theMinimumCapacityAppliesToTheEffectiveCapacity() throws IOException {
    add(
        builder(1, SHANGCHENG).product("轮胎").status(OperatingStatus.of(OperatingState.PARTIAL, 30)).build(),
        builder(2, SHANGCHENG).product("轮胎").status(OperatingStatus.of(OperatingState.PARTIAL, 80)).build(),
        // A suspended enterprise that reports a capacity has none available.
        builder(3, SHANGCHENG).product("轮胎").status(OperatingStatus.of(OperatingState.SUSPENDED, 90)).build());

    assertThat(found("轮胎", CandidateFilter.none().withMinCapacity(50))).containsExactly(uscc(2));
  }

  @Test
  void anIndustryPrefixMatchesCodesBeneathIt() throws IOException {
    add(
        builder(1, SHANGCHENG).product("轮胎").industry(IndustryCode.parse("C2911")).build(),
        builder(2, SHANGCHENG).product("轮胎").industry(IndustryCode.parse("C3670")).build());

    assertThat(found("轮胎", CandidateFilter.none().withIndustry(IndustryCode.parse("C29"))))
        .containsExactly(uscc(1));
  }

  @Test
  void excludedEnterprisesAreNeverReturned() throws IOException {
    add(maker(1, "轮胎"), maker(2, "轮胎"), maker(3, "轮胎"));

    assertThat(found("轮胎", CandidateFilter.none().excluding(Set.of(uscc(1), uscc(3)))))
        .containsExactly(uscc(2));
  }

  // ---------------------------------------------------------------- ordering

  @Test
  void resultsComeBestFirstAndAtMostTopK() throws IOException {
    for (int n = 1; n <= 12; n++) {
      index.upsert(maker(n, "轮胎"));
    }
    index.refresh();

    List<Candidate> top = index.search(CapabilityQuery.of("轮胎", 5));

    assertThat(top).hasSize(5);
    for (int i = 1; i < top.size(); i++) {
      assertThat(top.get(i).relevance()).isLessThanOrEqualTo(top.get(i - 1).relevance());
    }
  }

  @Test
  void anExactProductRanksAboveAContainingOneAboveAScopeMention() throws IOException {
    add(
        builder(1, SHANGCHENG).scope("轮胎的销售").build(),
        maker(2, "子午线轮胎"),
        maker(3, "轮胎"));

    assertThat(found("轮胎")).containsExactly(uscc(3), uscc(2), uscc(1));
  }

  @Test
  void relevanceIsPositiveAndTheStatusIsTheIndexedOne() throws IOException {
    OperatingStatus partial = OperatingStatus.of(OperatingState.PARTIAL, 40);
    add(builder(1, SHANGCHENG).product("轮胎").status(partial).build());

    Candidate c = index.search(CapabilityQuery.of("轮胎", 1)).get(0);

    assertThat(c.relevance()).isPositive();
    assertThat(c.status()).isEqualTo(partial);
  }

  // ---------------------------------------------------------------- threads

  /**
   * Four threads search while one upserts new makers, flips statuses and refreshes: no search
   * fails, every status a search returns is one that was set, and after the writer's last refresh
   * every maker is found.
   */
  @Test
  void searchesRunWhileAnotherThreadChangesTheIndex() throws Exception {
    int makers = 100;
    OperatingStatus resumed = OperatingStatus.of(OperatingState.RESUMED);
    OperatingStatus partial = OperatingStatus.of(OperatingState.PARTIAL, 60);
    add(maker(1, "轮胎"));
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<OperatingStatus> seen = new ConcurrentLinkedQueue<>();
    CountDownLatch searchersDone = new CountDownLatch(4);
    List<Thread> searchers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread s = new Thread(() -> {
        try {
          while (writing.get()) {
            for (Candidate c : index.search(CapabilityQuery.of("轮胎", 20))) {
              seen.add(c.status());
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        } finally {
          searchersDone.countDown();
        }
      }, "contract-searcher-" + t);
      searchers.add(s);
      s.start();
    }
    try {
      for (int n = 2; n <= makers; n++) {
        index.upsert(maker(n, "轮胎"));
        index.updateStatus(uscc(n / 2), n % 2 == 0 ? partial : resumed);
        if (n % 10 == 0) {
          index.refresh();
        }
      }
      index.refresh();
    } finally {
      writing.set(false);
    }
    assertThat(searchersDone.await(60, TimeUnit.SECONDS)).as("searchers finished").isTrue();

    assertThat(failures).isEmpty();
    assertThat(seen).isNotEmpty().allSatisfy(s -> assertThat(s).isIn(resumed, partial));
    assertThat(index.size()).isEqualTo(makers);
    assertThat(index.search(new CapabilityQuery("轮胎", makers, CandidateFilter.none(), false)))
        .hasSize(makers);
  }
}
