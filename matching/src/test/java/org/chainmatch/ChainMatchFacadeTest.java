package org.chainmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.index.IndexFolder;
import org.chainmatch.testkit.index.FakeCapabilityIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the facade adds over its parts: the index it is given, index folders, cached analysis. */
class ChainMatchFacadeTest {

  private static final RegionTable REGIONS = RegionTable.bundled();
  private final Uscc maker = Uscc.withComputedCheck("91320505000000001"); // 苏州 虎丘区
  private final Uscc customer = Uscc.withComputedCheck("91320506000000002"); // 苏州 吴中区

  private List<Enterprise> enterprises() {
    return List.of(
        Enterprise.builder(maker, "甲无纺布厂", REGIONS.resolve("320505"))
            .product("熔喷布").status(OperatingStatus.of(OperatingState.RESUMED)).build(),
        Enterprise.builder(customer, "乙口罩厂", REGIONS.resolve("320506"))
            .product("口罩").status(OperatingStatus.of(OperatingState.RESUMED)).build());
  }

  private ChainMatch.Builder builder() {
    return ChainMatch.builder().homeCity("320500").enterprises(enterprises())
        .relations(List.of(SupplyRelation.of(maker, customer, "熔喷布")));
  }

  /** A fake that records whether it was committed and closed. */
  private static final class RecordingIndex extends FakeCapabilityIndex {
    int commits;
    boolean closed;

    @Override
    public void commit() {
      super.commit();
      commits++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void matchesAgainstAGivenIndexFilledWithTheEnterprises() throws IOException {
    RecordingIndex index = new RecordingIndex();
    try (ChainMatch engine = builder().index(index).build()) {
      var result = engine.match(Demand.of("d1", customer, "熔喷布"));

      assertThat(index.size()).isEqualTo(2);
      assertThat(index.searchCount()).isEqualTo(1);
      assertThat(result.matches()).extracting(m -> m.enterprise().uscc()).containsExactly(maker);
    }
  }

  @Test
  void aGivenIndexIsCommittedOnCloseButLeftOpenForItsOwner() throws IOException {
    RecordingIndex index = new RecordingIndex();
    builder().index(index).build().close();

    assertThat(index.commits).isEqualTo(1);
    assertThat(index.closed).isFalse();
  }

  @Test
  void updatesReachTheGivenIndexAfterRefresh() throws IOException {
    RecordingIndex index = new RecordingIndex();
    try (ChainMatch engine = builder().index(index).build()) {
      engine.updateStatus(maker, OperatingStatus.of(OperatingState.SUSPENDED));
      Demand demand = Demand.of("d1", customer, "熔喷布");
      var before = engine.match(demand).matches().get(0).enterprise().status().state();
      engine.refresh();
      var after = engine.match(demand).matches().get(0).enterprise().status().state();

      assertThat(before).isEqualTo(OperatingState.RESUMED);
      assertThat(after).isEqualTo(OperatingState.SUSPENDED);
    }
  }

  @Test
  void anIndexAndAnIndexFolderTogetherAreRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> builder().index(new FakeCapabilityIndex()).indexDirectory(dir).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("either an index or an index directory");
  }

  @Test
  void theHomeCityIsResolvedInTheTableSetAfterIt() throws IOException {
    // regions() after homeCity(): build() resolves the code, so the order does not matter.
    try (ChainMatch engine = ChainMatch.builder().homeCity("320500").regions(REGIONS)
        .enterprises(enterprises()).build()) {
      assertThat(engine.homeCity().code()).isEqualTo("320500");
    }
  }

  @Test
  void aCountyAsHomeCityIsRefusedByBuildNamingTheCode() {
    ChainMatch.Builder b = ChainMatch.builder().homeCity("320505").enterprises(enterprises());

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("320505");
  }

  @Test
  void anIndexFolderIsReusedForTheSameEnterprisesAndRebuiltForOthers(@TempDir Path dir)
      throws IOException {
    try (ChainMatch first = builder().indexDirectory(dir).build()) {
      assertThat(first.reusedIndex()).isFalse();
    }
    assertThat(dir.resolve(IndexFolder.FINGERPRINT_FILE)).exists();
    try (ChainMatch again = builder().indexDirectory(dir).build()) {
      assertThat(again.reusedIndex()).isTrue();
    }
    try (ChainMatch other = ChainMatch.builder().homeCity("320500")
        .enterprises(enterprises().subList(0, 1)).indexDirectory(dir).build()) {
      assertThat(other.reusedIndex()).isFalse();
      assertThat(other.enterpriseCount()).isEqualTo(1);
    }
  }

  @Test
  void aFolderHoldingSomethingElseIsNotEmptied(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("thesis.docx"), "years of work");

    assertThatThrownBy(() -> builder().indexDirectory(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no index");
    assertThat(dir.resolve("thesis.docx")).hasContent("years of work");
  }

  @Test
  void analyzeReturnsTheSameReportUntilAStatusChanges() throws IOException {
    try (ChainMatch engine = builder().build()) {
      ResumptionReport first = engine.analyze();
      ResumptionReport again = engine.analyze();
      engine.updateStatus(maker, OperatingStatus.of(OperatingState.SUSPENDED));
      ResumptionReport after = engine.analyze();

      assertThat(again).isSameAs(first);
      assertThat(after).isNotSameAs(first);
      // The topology prepared once serves both reports.
      assertThat(after.analysis()).isSameAs(first.analysis());
      assertThat(first.blocked()).isEmpty();
      assertThat(after.blocked()).extracting(b -> b.enterprise()).containsExactly(customer);
    }
  }

  @Test
  void whatIfLeavesTheEngineStatusesAndItsReportAsTheyAre() throws IOException {
    try (ChainMatch engine = builder().build()) {
      ResumptionReport before = engine.analyze();
      var whatIf = engine.whatIf(Map.of(maker, OperatingStatus.of(OperatingState.SUSPENDED)));

      assertThat(whatIf.newlyBlockedCount()).isEqualTo(1);
      assertThat(engine.analyze()).isSameAs(before);
      assertThat(engine.enterprise(maker).orElseThrow().status().state()).isEqualTo(OperatingState.RESUMED);
    }
  }
}
