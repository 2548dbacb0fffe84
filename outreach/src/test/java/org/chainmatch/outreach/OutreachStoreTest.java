package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.chainmatch.outreach.Fixtures.request;
import static org.chainmatch.outreach.Fixtures.working;
import static org.chainmatch.outreach.RequestState.ACKNOWLEDGED;
import static org.chainmatch.outreach.RequestState.DRAFT;
import static org.chainmatch.outreach.RequestState.EXPIRED;
import static org.chainmatch.outreach.RequestState.REJECTED;
import static org.chainmatch.outreach.RequestState.RESOLVED;
import static org.chainmatch.outreach.RequestState.SENT;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chainmatch.core.Enterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutreachStoreTest {
  static final Enterprise WUXI_A = working(101, "无锡华光电子有限公司", "320205");
  static final Enterprise WUXI_B = working(102, "无锡精工机械有限公司", "320205");
  static final OutreachRequest WUXI = request("320200", WUXI_A, WUXI_B);
  static final String ID = "OR-320200-20240201";
  static final Instant START = Instant.parse("2024-02-01T09:00:00Z");

  @TempDir Path dir;
  Path file;
  MutableClock clock;
  OutreachStore store;

  @BeforeEach
  void open() throws IOException {
    file = dir.resolve("outreach-store.json");
    clock = new MutableClock(START);
    store = OutreachStore.open(file, clock);
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  OutreachStore reopen() throws IOException {
    store.close();
    store = OutreachStore.open(file, clock);
    return store;
  }

  @Test
  void anAddedRequestIsADraftWithItsItemsAndNoOutcomes() {
    TrackedRequest r = store.add(WUXI, "王明");

    assertThat(r.state()).isEqualTo(DRAFT);
    assertThat(r.createdAt()).isEqualTo(START);
    assertThat(r.responsibleOfficer()).isEqualTo("王明");
    assertThat(r.items()).extracting(TrackedItem::supplierName)
        .containsExactly("无锡华光电子有限公司", "无锡精工机械有限公司");
    assertThat(r.itemsWithoutOutcome()).hasSize(2);
  }

  @Test
  void addingTheSameRequestTwiceIsRejected() {
    store.add(WUXI, "王明");

    assertThatThrownBy(() -> store.add(WUXI, "李华"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining("already tracked");
  }

  @Test
  void theFullLifecycleRecordsEveryChangeWithTimeAndOfficer() {
    store.add(WUXI, "王明");
    store.transition(ID, SENT, "王明", "已通过政务专网发送");
    clock.advance(Duration.ofDays(2));
    store.transition(ID, ACKNOWLEDGED, "李华", "无锡市工信局电话回复");
    store.recordOutcome(ID, WUXI_A.uscc().value(), "芯片", Outcome.FULFILLED, "李华", "已发货");
    store.recordOutcome(ID, WUXI_B.uscc().value(), "芯片", Outcome.DECLINED, "李华", "");
    clock.advance(Duration.ofDays(1));

    TrackedRequest r = store.transition(ID, RESOLVED, "李华", "");

    assertThat(r.state()).isEqualTo(RESOLVED);
    assertThat(r.responsibleOfficer()).isEqualTo("李华");
    assertThat(r.sentAt()).contains(START);
    assertThat(r.history())
        .extracting(StateChange::from, StateChange::to, StateChange::at)
        .containsExactly(
            tuple(DRAFT, SENT, START),
            tuple(SENT, ACKNOWLEDGED, START.plus(Duration.ofDays(2))),
            tuple(
                ACKNOWLEDGED, RESOLVED, START.plus(Duration.ofDays(3))));
    assertThat(r.items()).extracting(i -> i.outcome().orElseThrow().outcome())
        .containsExactly(Outcome.FULFILLED, Outcome.DECLINED);
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, ACKNOWLEDGED", "DRAFT, RESOLVED", "DRAFT, REJECTED", "DRAFT, EXPIRED", "DRAFT, DRAFT",
    "SENT, DRAFT", "SENT, SENT", "ACKNOWLEDGED, SENT", "ACKNOWLEDGED, DRAFT",
    "REJECTED, SENT", "EXPIRED, SENT", "EXPIRED, ACKNOWLEDGED"
  })
  void anIllegalMoveIsRejectedNamingTheRequestAndBothStates(RequestState from, RequestState to) {
    store.add(WUXI, "王明");
    moveTo(from);

    assertThatThrownBy(() -> store.transition(ID, to, "王明", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining("from " + from + " to " + to);
    assertThat(store.find(ID).orElseThrow().state()).isEqualTo(from);
  }

  @ParameterizedTest
  @CsvSource({"SENT, REJECTED", "SENT, EXPIRED", "ACKNOWLEDGED, REJECTED", "ACKNOWLEDGED, EXPIRED"})
  void aSentOrAcknowledgedRequestCanBeRejectedOrExpire(RequestState from, RequestState to) {
    store.add(WUXI, "王明");
    moveTo(from);

    assertThat(store.transition(ID, to, "王明", "").state()).isEqualTo(to);
  }

  private void moveTo(RequestState state) {
    switch (state) {
      case DRAFT -> { }
      case SENT -> store.transition(ID, SENT, "王明", "");
      case ACKNOWLEDGED, REJECTED, EXPIRED -> {
        store.transition(ID, SENT, "王明", "");
        store.transition(ID, state, "王明", "");
      }
      default -> throw new AssertionError(state);
    }
  }

  @Test
  void resolvingIsRejectedWhileAnItemHasNoOutcome() {
    store.add(WUXI, "王明");
    store.transition(ID, SENT, "王明", "");
    store.recordOutcome(ID, WUXI_A.uscc().value(), "芯片", Outcome.FULFILLED, "王明", "");

    assertThatThrownBy(() -> store.transition(ID, RESOLVED, "王明", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining(WUXI_B.uscc().value())
        .hasMessageNotContaining(WUXI_A.uscc().value());
  }

  @Test
  void aDraftCannotHaveOutcomes() {
    store.add(WUXI, "王明");

    assertThatThrownBy(() -> store.recordOutcome(
            ID, WUXI_A.uscc().value(), "芯片", Outcome.FULFILLED, "王明", ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining("DRAFT");
  }

  @Test
  void anOutcomeForAnUnknownItemIsRejected() {
    store.add(WUXI, "王明");
    store.transition(ID, SENT, "王明", "");

    assertThatThrownBy(() -> store.recordOutcome(
            ID, WUXI_A.uscc().value(), "轴承", Outcome.FULFILLED, "王明", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("轴承");
  }

  @Test
  void anUnknownRequestIsRejected() {
    assertThatThrownBy(() -> store.transition("OR-nope", SENT, "王明", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OR-nope");
  }

  @Test
  void overdueListsRequestsSentAtLeastNDaysAgoWithoutAnAnswer() {
    OutreachRequest hangzhou = request("330100", working(103, "杭州西湖化工有限公司", "330106"));
    OutreachRequest beijing = request("110000", working(104, "北京朝阳材料有限公司", "110105"));
    store.add(WUXI, "王明");
    store.add(hangzhou, "王明");
    store.add(beijing, "王明");
    store.transition(WUXI.id(), SENT, "王明", "");           // day 0, never answered
    store.transition(hangzhou.id(), SENT, "王明", "");       // day 0, answered on day 1
    clock.advance(Duration.ofDays(1));
    store.transition(hangzhou.id(), ACKNOWLEDGED, "王明", "");
    store.transition(beijing.id(), SENT, "王明", "");        // day 1, never answered
    clock.advance(Duration.ofDays(2));                        // now day 3

    assertThat(store.overdue(Duration.ofDays(3))).extracting(TrackedRequest::id)
        .containsExactly(WUXI.id());
    assertThat(store.overdue(Duration.ofDays(2))).extracting(TrackedRequest::id)
        .containsExactly(WUXI.id(), beijing.id());
    assertThat(store.overdue(Duration.ofDays(4))).isEmpty();
  }

  @Test
  void aReopenedStoreHasEverythingThatWasCommitted() throws IOException {
    store.add(WUXI, "王明");
    store.transition(ID, SENT, "王明", "经办");
    store.recordOutcome(ID, WUXI_A.uscc().value(), "芯片", Outcome.PARTLY_FULFILLED, "李华", "半数");
    List<TrackedRequest> before = store.all();

    OutreachStore reopened = reopen();

    assertThat(reopened.all()).isEqualTo(before);
    assertThat(reopened.discarded()).isEmpty();
  }

  @Test
  void concurrentAddsAreAllCommitted() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 5; i++) {
            OutreachRequest r = request("320200", WUXI_A);
            store.add(new OutreachRequest("OR-" + thread + "-" + i, r.target(), r.authority(),
                r.date(), r.items()), "王明");
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.all()).hasSize(20);
    assertThat(reopen().all()).hasSize(20);
  }

  @Test
  void aSecondStoreOnTheSameFileIsRefused() {
    assertThatThrownBy(() -> OutreachStore.open(file, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already open");
  }

  @Test
  void reopenDeletesAndReportsAStrayTemporaryFile() throws IOException {
    store.add(WUXI, "王明");
    store.close();
    Path stray = dir.resolve(".outreach-store.json.123456.tmp");
    Files.writeString(stray, "{\"format\": \"chainmatch-outreach-st");

    store = OutreachStore.open(file, clock);

    assertThat(store.discarded()).singleElement().asString()
        .contains(".outreach-store.json.123456.tmp");
    assertThat(stray).doesNotExist();
    assertThat(store.all()).extracting(TrackedRequest::id).containsExactly(ID);
  }

  @Test
  void aDamagedStoreFileIsReportedNotDiscarded() throws IOException {
    store.close();
    Files.writeString(file, "{\"format\": \"chainmatch-outreach-store\", \"vers");

    assertThatThrownBy(() -> OutreachStore.open(file, clock))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString());
    assertThat(file).content().startsWith("{\"format\"");
    store = OutreachStore.open(dir.resolve("other.json"), clock); // for @AfterEach
  }

  @Test
  void aChildKilledWhileSavingLeavesTheLastCommittedState() throws Exception {
    store.close();
    Path crashFile = dir.resolve("crash.json");
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            StoreCrashChild.class.getName(), crashFile.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int lastSeen = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && lastSeen < 40; line = out.readLine()) {
        lastSeen = Integer.parseInt(line.substring("committed ".length()));
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lastSeen).as("commits the child reported before it was killed").isEqualTo(40);

    List<String> temporaries;
    try (Stream<Path> files = Files.list(dir)) {
      temporaries = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
          .toList();
    }

    store = OutreachStore.open(crashFile, clock);

    assertThat(store.discarded()).hasSameSizeAs(temporaries);
    for (String t : temporaries) {
      assertThat(store.discarded()).anyMatch(message -> message.contains(t));
    }
    // The child keeps saving until the kill lands, so it may have committed more than it had
    // reported; never less, and always a gap-free prefix of what it saved.
    int reopened = store.all().size();
    assertThat(reopened).isGreaterThanOrEqualTo(lastSeen);
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 1; i <= reopened; i++) {
      expected.add(String.format("OR-%06d", i));
    }
    assertThat(store.all()).extracting(TrackedRequest::id).containsExactlyElementsOf(expected);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
