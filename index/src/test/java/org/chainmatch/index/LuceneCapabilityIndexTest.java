package org.chainmatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.index.TestEnterprises.HANGZHOU;
import static org.chainmatch.index.TestEnterprises.HUQIU;
import static org.chainmatch.index.TestEnterprises.XIHU;
import static org.chainmatch.index.TestEnterprises.builder;
import static org.chainmatch.index.TestEnterprises.maker;
import static org.chainmatch.index.TestEnterprises.uscc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCapabilityIndexTest {
  private final LuceneCapabilityIndex index = newIndex();

  private static LuceneCapabilityIndex newIndex() {
    try {
      return LuceneCapabilityIndex.inMemory(IndexOptions.defaults());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private void add(Enterprise... enterprises) throws IOException {
    index.addAll(List.of(enterprises));
    index.refresh();
  }

  private List<Uscc> found(String text, CandidateFilter filter) throws IOException {
    return index.search(new CapabilityQuery(text, 10, filter, false)).stream()
        .map(Candidate::uscc)
        .toList();
  }

  private List<Uscc> found(String text) throws IOException {
    return found(text, CandidateFilter.none());
  }

  @Test
  void findsEnterpriseByProduct() throws IOException {
    add(maker(1, "顺丁橡胶"), maker(2, "轮胎"));

    assertThat(found("顺丁橡胶")).containsExactly(uscc(1));
  }

  @Test
  void exactProductMatchWithoutScopeOrNameHasRelevanceOneOverBestScore() throws IOException {
    add(maker(1, "顺丁橡胶"));

    Candidate only = index.search(CapabilityQuery.of("顺丁橡胶", 5)).get(0);

    // p = 1, no scope, name "第1号有限公司" shares no bigram: 1.0 / 1.15.
    assertThat(only.relevance()).isCloseTo(1 / 1.15, within(1e-6));
  }

  @Test
  void filtersNeverAdmitAnEnterpriseWithoutATextMatch() throws IOException {
    add(maker(1, "顺丁橡胶"), maker(2, "轮胎"));

    assertThat(found("轮胎", CandidateFilter.none().inside(HANGZHOU))).containsExactly(uscc(2));
  }

  @Test
  void queryMatchingNothingFindsNothing() throws IOException {
    add(maker(1, "顺丁橡胶"));

    assertThat(found("集成电路")).isEmpty();
  }

  @Test
  void insideAnAreaKeepsEnterprisesInItsCounties() throws IOException {
    add(
        builder(1).product("轮胎").build(),
        Enterprise.builder(uscc(2), "苏州轮胎厂", HUQIU).product("轮胎").build());

    assertThat(found("轮胎", CandidateFilter.none().inside(HANGZHOU))).containsExactly(uscc(1));
  }

  @Test
  void outsideAnAreaDropsEnterprisesInIt() throws IOException {
    add(
        builder(1).product("轮胎").build(),
        Enterprise.builder(uscc(2), "苏州轮胎厂", HUQIU).product("轮胎").build());

    assertThat(found("轮胎", CandidateFilter.none().outside(HANGZHOU))).containsExactly(uscc(2));
  }

  @Test
  void outsideACountyKeepsOtherCountiesOfTheSameCity() throws IOException {
    add(
        builder(1).product("轮胎").build(),
        Enterprise.builder(uscc(2), "西湖轮胎厂", XIHU).product("轮胎").build());

    assertThat(found("轮胎", CandidateFilter.none().outside(TestEnterprises.SHANGCHENG)))
        .containsExactly(uscc(2));
  }

  @Test
  void stateFilterKeepsOnlyAllowedStates() throws IOException {
    add(
        builder(1).product("轮胎").status(OperatingStatus.of(OperatingState.SUSPENDED)).build(),
        builder(2).product("轮胎").status(OperatingStatus.of(OperatingState.PARTIAL, 40)).build(),
        builder(3).product("轮胎").status(OperatingStatus.unknown()).build());

    assertThat(found("轮胎", CandidateFilter.none().withStates(
            EnumSet.of(OperatingState.RESUMED, OperatingState.PARTIAL))))
        .containsExactly(uscc(2));
  }

  @Test
  void minimumCapacityUsesEffectiveCapacity() throws IOException {
    add(
        builder(1).product("轮胎").status(OperatingStatus.of(OperatingState.PARTIAL, 40)).build(),
        // Unknown capacity while PARTIAL counts as 50.
        builder(2).product("轮胎").status(OperatingStatus.of(OperatingState.PARTIAL)).build(),
        builder(3).product("轮胎").status(OperatingStatus.of(OperatingState.RESUMED)).build());

    assertThat(found("轮胎", CandidateFilter.none().withMinCapacity(50)))
        .containsExactlyInAnyOrder(uscc(2), uscc(3));
  }

  @Test
  void industryPrefixMatchesCodesBeneathIt() throws IOException {
    add(
        builder(1).product("轮胎").industry(IndustryCode.parse("C2911")).build(),
        builder(2).product("轮胎").industry(IndustryCode.parse("C3670")).build());

    assertThat(found("轮胎", CandidateFilter.none().withIndustry(IndustryCode.parse("C291"))))
        .containsExactly(uscc(1));
  }

  @Test
  void excludedEnterprisesAreNeverReturned() throws IOException {
    add(maker(1, "轮胎"), maker(2, "轮胎"), maker(3, "轮胎"));

    assertThat(found("轮胎", CandidateFilter.none().excluding(Set.of(uscc(1), uscc(3)))))
        .containsExactly(uscc(2));
  }

  @Test
  void changesAreInvisibleUntilRefresh() throws IOException {
    index.upsert(maker(1, "轮胎"));

    assertThat(found("轮胎")).isEmpty();
    index.refresh();
    assertThat(found("轮胎")).containsExactly(uscc(1));
  }

  @Test
  void upsertReplacesTheEnterpriseWithTheSameCode() throws IOException {
    add(maker(1, "轮胎"));

    add(maker(1, "顺丁橡胶"));

    assertThat(found("轮胎")).isEmpty();
    assertThat(found("顺丁橡胶")).containsExactly(uscc(1));
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void productNameFirstSeenAfterASearchIsFoundAfterRefresh() throws IOException {
    add(maker(1, "轮胎"));
    assertThat(found("轮胎")).containsExactly(uscc(1));

    add(maker(2, "子午线轮胎"));

    assertThat(found("轮胎")).containsExactly(uscc(1), uscc(2));
  }

  @Test
  void deleteRemovesAfterRefresh() throws IOException {
    add(maker(1, "轮胎"), maker(2, "轮胎"));

    index.delete(uscc(1));
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

  @Test
  void statusUpdateChangesFiltersAndReturnedStatus() throws IOException {
    add(maker(1, "轮胎"));
    CandidateFilter working = CandidateFilter.none().withStates(EnumSet.of(OperatingState.RESUMED));

    OperatingStatus suspended = OperatingStatus.of(OperatingState.SUSPENDED)
        .reportedAt(java.time.Instant.parse("2024-02-01T08:00:00Z"), "复工调查");
    index.updateStatus(uscc(1), suspended);
    index.refresh();

    assertThat(found("轮胎", working)).isEmpty();
    assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).status()).isEqualTo(suspended);
  }

  @Test
  void statusUpdateRewritesNoDocument() throws IOException {
    add(maker(1, "轮胎"), maker(2, "顺丁橡胶"));
    index.commit();
    int before = index.maxDoc();

    index.updateStatus(uscc(1), OperatingStatus.of(OperatingState.PARTIAL, 30));
    index.refresh();

    // An update through re-indexing would add a document and delete the old one.
    assertThat(index.maxDoc()).isEqualTo(before);
    assertThat(found("轮胎", CandidateFilter.none().withMinCapacity(31))).isEmpty();
  }

  @Test
  void statusUpdateOfAnUpsertNotYetRefreshedSucceeds() throws IOException {
    index.upsert(maker(1, "轮胎"));

    index.updateStatus(uscc(1), OperatingStatus.of(OperatingState.SUSPENDED));
    index.refresh();

    assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).status().state())
        .isEqualTo(OperatingState.SUSPENDED);
  }

  @Test
  void statusUpdateOfAnUpsertNotYetRefreshedMakesNothingVisibleBeforeRefresh() throws IOException {
    add(maker(1, "轮胎"));
    index.upsert(maker(2, "顺丁橡胶"));

    index.updateStatus(uscc(2), OperatingStatus.of(OperatingState.PARTIAL, 50));

    assertThat(found("顺丁橡胶")).isEmpty();
    assertThat(index.size()).isEqualTo(1);
    index.refresh();
    assertThat(found("顺丁橡胶")).containsExactly(uscc(2));
  }

  @Test
  void statusUpdateOfAnEnterpriseDeletedButNotYetRefreshedIsRejected() throws IOException {
    add(maker(1, "轮胎"));
    index.delete(uscc(1));

    assertThatThrownBy(() -> index.updateStatus(uscc(1), OperatingStatus.unknown()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(uscc(1).value());
  }

  @Test
  void statusUpdateOfAnEnterpriseDeletedThenUpsertedAgainSucceeds() throws IOException {
    add(maker(1, "轮胎"));
    index.delete(uscc(1));
    index.upsert(maker(1, "轮胎"));

    index.updateStatus(uscc(1), OperatingStatus.of(OperatingState.SUSPENDED));
    index.refresh();

    assertThat(index.search(CapabilityQuery.of("轮胎", 1)).get(0).status().state())
        .isEqualTo(OperatingState.SUSPENDED);
  }

  @Test
  void statusUpdateOfAnUnknownCodeIsRejected() throws IOException {
    add(maker(1, "轮胎"));

    assertThatThrownBy(() -> index.updateStatus(uscc(2), OperatingStatus.unknown()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(uscc(2).value());
  }

  @Test
  void explanationNamesMatchedProductAndScopeAndSumsToRelevance() throws IOException {
    add(builder(1).product("顺丁橡胶").scope("顺丁橡胶的生产和销售").build());

    Candidate c = index.search(new CapabilityQuery("顺丁橡胶", 1, CandidateFilter.none(), true)).get(0);

    TermMatch strongest = c.matches().get(0);
    assertThat(strongest.field()).isEqualTo("product");
    assertThat(strongest.term()).isEqualTo("顺丁橡胶");
    assertThat(strongest.weight()).isCloseTo(1 / 1.15, within(1e-6));
    assertThat(c.matches()).extracting(TermMatch::field).containsOnly("product", "scope");
    // All three bigrams 顺丁, 丁橡, 橡胶 are in the scope: (1 + 0.1) / 1.15.
    assertThat(c.relevance()).isCloseTo(1.1 / 1.15, within(1e-6));
    assertThat(c.matches().stream().mapToDouble(TermMatch::weight).sum())
        .isCloseTo(c.relevance(), within(1e-6));
  }

  @Test
  void fewExactHoldersStillComeBeforeManyRelatedOnes() throws IOException {
    // Two exact holders without scope; twelve holders of a longer name that also mention the
    // query in scope and name. The first search stage cannot settle the top 10 alone.
    index.upsert(maker(1, "熔喷布"));
    index.upsert(maker(2, "熔喷布"));
    for (int i = 10; i < 22; i++) {
      index.upsert(Enterprise.builder(uscc(i), "熔喷布设备厂" + i, TestEnterprises.SHANGCHENG)
          .product("熔喷布设备").scope("熔喷布设备的生产").build());
    }
    index.refresh();

    List<Uscc> top = found("熔喷布");

    assertThat(top).hasSize(10);
    assertThat(top.subList(0, 2)).containsExactlyInAnyOrder(uscc(1), uscc(2));
  }

  @Test
  void withoutExplainMatchesAreEmpty() throws IOException {
    add(maker(1, "顺丁橡胶"));

    assertThat(index.search(CapabilityQuery.of("顺丁橡胶", 1)).get(0).matches()).isEmpty();
  }

  @Test
  void scopeAloneIsWeakerEvidenceThanAProduct() throws IOException {
    add(
        builder(1).scope("轮胎的销售").build(),
        maker(2, "轮胎"));

    assertThat(found("轮胎")).containsExactly(uscc(2), uscc(1));
  }

  @Test
  void equalScoresComeInTheOrderAddAllWasGiven() throws IOException {
    // Enough equally relevant makers for several indexing batches: a cut through them must keep
    // the first ones given, so that the same input gives the same pool on every build.
    List<Enterprise> makers = new ArrayList<>();
    for (int n = 5_000; n >= 1; n--) {
      makers.add(maker(n, "轮胎"));
    }
    index.addAll(makers);
    index.refresh();

    assertThat(index.search(CapabilityQuery.of("轮胎", 5)))
        .extracting(Candidate::uscc)
        .containsExactly(uscc(5_000), uscc(4_999), uscc(4_998), uscc(4_997), uscc(4_996));
  }

  @Test
  void anUpsertMovesAnEnterpriseAfterTheEquallyScoredOthers() throws IOException {
    add(maker(1, "轮胎"), maker(2, "轮胎"), maker(3, "轮胎"));
    index.upsert(maker(1, "轮胎"));
    index.refresh();

    assertThat(found("轮胎")).containsExactly(uscc(2), uscc(3), uscc(1));
  }

  @Test
  void reopeningADirectoryFindsWhatWasCommitted(@TempDir Path dir) throws IOException {
    try (LuceneCapabilityIndex first = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      first.upsert(maker(1, "轮胎"));
      first.commit();
    }

    try (LuceneCapabilityIndex reopened = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      assertThat(reopened.search(CapabilityQuery.of("轮胎", 5)))
          .extracting(Candidate::uscc)
          .containsExactly(uscc(1));
    }
  }

  @Test
  void closeCommits(@TempDir Path dir) throws IOException {
    try (LuceneCapabilityIndex first = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      first.upsert(maker(1, "轮胎"));
    }

    try (LuceneCapabilityIndex reopened = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      assertThat(reopened.size()).isEqualTo(1);
    }
  }

  @Test
  void reopenedIndexFindsCommittedProductsByPartOfTheirName(@TempDir Path dir) throws IOException {
    try (LuceneCapabilityIndex first = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      first.upsert(maker(1, "全钢子午线轮胎"));
    }

    try (LuceneCapabilityIndex reopened = LuceneCapabilityIndex.open(dir, IndexOptions.defaults())) {
      assertThat(reopened.search(CapabilityQuery.of("子午线轮胎", 5)))
          .extracting(Candidate::uscc)
          .containsExactly(uscc(1));
    }
  }
}
