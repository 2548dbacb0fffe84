package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.outreach.Fixtures.REGIONS;
import static org.chainmatch.outreach.Fixtures.TODAY;
import static org.chainmatch.outreach.Fixtures.region;
import static org.chainmatch.outreach.Fixtures.result;
import static org.chainmatch.outreach.Fixtures.uscc;
import static org.chainmatch.outreach.Fixtures.working;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.MatchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 items 5, 6 (in one process), 7 and 8: request ids unique per sender, target, day and
 * sequence; every planned item tracked; a waiting lock; a corrupt store located and left alone; a
 * store behind a symbolic link.
 */
class OutreachTrackingTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-01T09:00:00Z"), ZoneOffset.UTC);
  static final String[] SENDERS = {"320500", "320100"};
  // Three suppliers under 无锡's authority, three under 杭州's.
  static final List<Enterprise> SUPPLIERS = List.of(
      working(101, "无锡甲电子有限公司", "320205"), working(102, "无锡乙电子有限公司", "320205"),
      working(103, "无锡丙电子有限公司", "320211"), working(201, "杭州甲电子有限公司", "330102"),
      working(202, "杭州乙电子有限公司", "330106"), working(203, "杭州丙电子有限公司", "330106"));

  @TempDir Path dir;

  static Enterprise requesterIn(String city) {
    String district = city.equals("320500") ? "320506" : "320102";
    return Enterprise.builder(uscc(district, 1), "需求企业" + city, region(district))
        .product("整车").status(OperatingStatus.of(OperatingState.RESUMED)).build();
  }

  /** The plan of {@code sender} on {@code day} for one demand per supplier, each asking it. */
  static OutreachPlan plan(String sender, LocalDate day, List<Integer> suppliers) {
    Enterprise requester = requesterIn(sender);
    List<MatchResult> results = new ArrayList<>();
    for (int s : suppliers) {
      results.add(result(Fixtures.demand("D" + s, requester, "芯片"), SUPPLIERS.get(s)));
    }
    return OutreachPlanner.create(region(sender), REGIONS)
        .plan(results, Map.of(requester.uscc(), requester), day);
  }

  static Set<String> items(OutreachRequest r) {
    return r.items().stream().map(i -> i.supplier().uscc().value() + " " + i.product())
        .collect(Collectors.toSet());
  }

  static Set<String> items(TrackedRequest r) {
    return r.items().stream().map(i -> i.supplier() + " " + i.product()).collect(Collectors.toSet());
  }

  @Test
  void twoHomeCitiesWritingToOneAuthorityOnOneDayGetDifferentIds() {
    OutreachRequest suzhou = plan("320500", TODAY, List.of(0)).requests().get(0);
    OutreachRequest nanjing = plan("320100", TODAY, List.of(0)).requests().get(0);

    assertThat(suzhou.id()).isEqualTo("OR-320500-320200-20240201-1");
    assertThat(nanjing.id()).isEqualTo("OR-320100-320200-20240201-1");
  }

  @Test
  void aRerunWithOneMoreItemIsTrackedUnderTheNextSequenceWithAllItsItems() throws IOException {
    try (OutreachStore store = OutreachStore.open(dir.resolve("s.json"), CLOCK)) {
      TrackedRequest first = store.track(plan("320500", TODAY, List.of(0)).requests().get(0), "王明");
      OutreachRequest rerun = plan("320500", TODAY, List.of(0, 1)).requests().get(0);
      TrackedRequest second = store.track(rerun, "王明");

      assertThat(first.id()).isEqualTo("OR-320500-320200-20240201-1");
      assertThat(second.id()).isEqualTo("OR-320500-320200-20240201-2");
      assertThat(items(second)).isEqualTo(items(rerun)).hasSize(2);
      assertThat(store.all()).hasSize(2);
    }
  }

  @Test
  void theSamePlanTrackedAgainIsTheSameRequest() throws IOException {
    try (OutreachStore store = OutreachStore.open(dir.resolve("s.json"), CLOCK)) {
      OutreachRequest r = plan("320500", TODAY, List.of(0, 1)).requests().get(0);
      TrackedRequest first = store.track(r, "王明");
      TrackedRequest again = store.track(plan("320500", TODAY, List.of(1, 0)).requests().get(0), "王明");

      assertThat(again).isEqualTo(first);
      assertThat(store.all()).hasSize(1);
    }
  }

  /** A run: which sender plans on which of two days for which suppliers. */
  record Run(int sender, int day, List<Integer> suppliers) {}

  @Provide
  Arbitrary<List<Run>> runs() {
    Arbitrary<Run> run = Combinators.combine(
            Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, SUPPLIERS.size() - 1).set().ofMinSize(1)
                .map(s -> s.stream().sorted().toList()))
        .as(Run::new);
    return run.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 60)
  void afterAnySequenceOfRunsEveryItemOfEveryLetterIsInTheStore(@ForAll("runs") List<Run> runs)
      throws IOException {
    Path temp = Files.createTempDirectory("outreach-property");
    try {
      Map<String, Set<String>> lettered = new HashMap<>();
      for (Run run : runs) {
        // Each run opens the store as a CLI run would.
        try (OutreachStore store = OutreachStore.open(temp.resolve("s.json"), CLOCK)) {
          OutreachPlan plan = plan(SENDERS[run.sender()], TODAY.plusDays(run.day()), run.suppliers());
          for (OutreachRequest r : plan.requests()) {
            String id = store.track(r, "王明").id();
            Set<String> previous = lettered.put(id, items(r));
            assertThat(previous).as("id %s reused for other items", id).isIn(null, items(r));
          }
        }
        try (OutreachStore reopened = OutreachStore.open(temp.resolve("s.json"), CLOCK)) {
          lettered.forEach((id, items) ->
              assertThat(reopened.find(id)).as(id).hasValueSatisfying(t ->
                  assertThat(items(t)).isEqualTo(items)));
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(temp)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aSecondStoreWaitsForTheFirstToCloseWithinItsBound() throws Exception {
    Path file = dir.resolve("s.json");
    OutreachStore first = OutreachStore.open(file, CLOCK);
    CompletableFuture<OutreachStore> second = CompletableFuture.supplyAsync(() -> {
      try {
        return OutreachStore.open(file, CLOCK, Duration.ofSeconds(20));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Thread.sleep(300);
    assertThat(second).isNotDone();
    first.close();

    second.get(20, TimeUnit.SECONDS).close();
  }

  @Test
  void aStoreHeldLongerThanTheBoundIsReportedAfterWaiting() throws Exception {
    Path file = dir.resolve("s.json");
    try (OutreachStore first = OutreachStore.open(file, CLOCK)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> OutreachStore.open(file, CLOCK, Duration.ofMillis(200)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already open elsewhere").hasMessageContaining("waited 200 ms");
      assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(200_000_000L);
    }
  }

  @Test
  void aCorruptStoreIsRejectedWithLineAndColumnAndLeftUntouched() throws IOException {
    Path file = dir.resolve("s.json");
    String broken = "{\n  \"format\" : \"chainmatch-outreach-store\",\n  \"version\" : 1,\n"
        + "  \"requests\" : [ { \"id\" : \"OR-1\", ] \n}\n";
    Files.writeString(file, broken, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> OutreachStore.open(file, CLOCK))
        .isInstanceOfSatisfying(CorruptStoreException.class, e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(35);
          assertThat(e.getMessage()).startsWith(file.toAbsolutePath() + ":4:35: ");
        });
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
  }

  @Test
  void aRequestBreakingTheRulesIsLocatedAtItsStart() throws IOException {
    Path file = dir.resolve("s.json");
    try (OutreachStore store = OutreachStore.open(file, CLOCK)) {
      store.track(plan("320500", TODAY, List.of(0)).requests().get(0), "王明");
    }
    // The state says SENT but the history ends in DRAFT.
    String text = Files.readString(file).replace("\"state\" : \"DRAFT\"", "\"state\" : \"SENT\"");
    Files.writeString(file, text);

    assertThatThrownBy(() -> OutreachStore.open(file, CLOCK))
        .isInstanceOfSatisfying(CorruptStoreException.class, e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.reason()).contains("OR-320500-320200-20240201-1");
        });
  }

  @Test
  void aStoreReachedThroughASymbolicLinkIsWrittenAndLockedWhereTheLinkPoints() throws IOException {
    Path real = Files.createDirectories(dir.resolve("shared")).resolve("store.json");
    Path link = Files.createSymbolicLink(dir.resolve("my-store.json"), real);

    try (OutreachStore store = OutreachStore.open(link, CLOCK)) {
      store.track(plan("320500", TODAY, List.of(0)).requests().get(0), "王明");
      assertThat(store.file()).isEqualTo(real.toRealPath());
    }

    assertThat(link).isSymbolicLink();
    assertThat(Files.readString(real)).contains("OR-320500-320200-20240201-1");
    assertThat(real.resolveSibling("store.json.lock")).exists();
    assertThat(dir.resolve("my-store.json.lock")).doesNotExist();
  }
}
