package org.chainmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index's own behaviour on the 2-node cluster: writes, visibility, filters, status. */
@ExtendWith(TestCluster.Extension.class)
class OpenSearchCapabilityIndexTest {
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** A new index per test; one shard without replica keeps creating it quick. */
  private static OpenSearchIndexOptions fresh() {
    return OpenSearchIndexOptions.defaults("unit-" + NAMES.incrementAndGet()).withShards(1).withReplicas(0);
  }

  @Test
  void changesBecomeVisibleOnlyAfterRefresh(TestCluster cluster) throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      index.upsert(Fixtures.maker(1, "熔喷布"));
      assertThat(index.size()).isZero();
      assertThat(index.search(CapabilityQuery.of("熔喷布", 10))).isEmpty();
      index.refresh();
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.search(CapabilityQuery.of("熔喷布", 10)))
          .extracting(Candidate::uscc).containsExactly(Fixtures.uscc(1));
    }
  }

  @Test
  void anExactProductWithoutScopeOrNameEvidenceHasTheEmbeddedIndexRelevance(TestCluster cluster)
      throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      index.upsert(Fixtures.maker(1, "熔喷布"));
      index.refresh();
      Candidate only = index.search(CapabilityQuery.of("熔喷布", 10)).get(0);
      // Product similarity 1, no scope, a name without 熔喷: 1 / 1.15.
      assertThat(only.relevance()).isCloseTo(1 / 1.15, org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void upsertReplacesAndDeleteRemoves(TestCluster cluster) throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      index.upsert(Fixtures.maker(1, "熔喷布"));
      index.refresh();
      index.upsert(Fixtures.maker(1, "口罩机"));
      index.refresh();
      assertThat(index.search(CapabilityQuery.of("熔喷布", 10))).isEmpty();
      assertThat(index.search(CapabilityQuery.of("口罩机", 10))).hasSize(1);
      index.delete(Fixtures.uscc(1));
      index.delete(Fixtures.uscc(2));
      index.commit();
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void filtersArePushedDown(TestCluster cluster) throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      Enterprise hangzhou = Fixtures.maker(1, "熔喷布");
      Enterprise suzhou = Enterprise.builder(Fixtures.uscc(2), "苏州某公司", Fixtures.HUQIU)
          .product("熔喷布").industry(IndustryCode.parse("C1789"))
          .status(OperatingStatus.of(OperatingState.SUSPENDED)).build();
      index.addAll(List.of(hangzhou, suzhou));
      index.refresh();
      CandidateFilter none = CandidateFilter.none();
      assertThat(ids(index, none.inside(Fixtures.REGIONS.resolve("330000")))).containsExactly(hangzhou.uscc().value());
      assertThat(ids(index, none.outside(Fixtures.REGIONS.resolve("330100")))).containsExactly(suzhou.uscc().value());
      assertThat(ids(index, none.withStates(EnumSet.of(OperatingState.SUSPENDED))))
          .containsExactly(suzhou.uscc().value());
      assertThat(ids(index, none.withMinCapacity(50))).containsExactly(hangzhou.uscc().value());
      assertThat(ids(index, none.withIndustry(IndustryCode.parse("C17")))).containsExactly(suzhou.uscc().value());
      assertThat(ids(index, none.excluding(Set.of(hangzhou.uscc())))).containsExactly(suzhou.uscc().value());
    }
  }

  @Test
  void statusChangesWithoutReindexingAndIsReturned(TestCluster cluster) throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      Enterprise e = Fixtures.maker(1, "熔喷布");
      index.upsert(e);
      // Not refreshed yet: still counts as present.
      index.updateStatus(e.uscc(), OperatingStatus.of(OperatingState.SUSPENDED));
      index.refresh();
      Candidate c = index.search(CapabilityQuery.of("熔喷布", 10)).get(0);
      assertThat(c.status().state()).isEqualTo(OperatingState.SUSPENDED);
      assertThat(ids(index, CandidateFilter.none().withStates(EnumSet.of(OperatingState.RESUMED)))).isEmpty();
    }
  }

  @Test
  void statusOfAnUnknownEnterpriseIsRefused(TestCluster cluster) throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      assertThatThrownBy(() -> index.updateStatus(
              Fixtures.uscc(7), OperatingStatus.of(OperatingState.SUSPENDED)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Fixtures.uscc(7).value());
    }
  }

  @Test
  void explanationsNameTheMatchedProductAndBigrams(TestCluster cluster) throws Exception {
    try (OpenSearchCapabilityIndex index = cluster.open(fresh())) {
      index.upsert(Enterprise.builder(Fixtures.uscc(1), "杭州熔喷布厂", Fixtures.SHANGCHENG)
          .product("熔喷布").scope("熔喷布的生产").build());
      index.refresh();
      Candidate c = index.search(new CapabilityQuery("熔喷布", 10, CandidateFilter.none(), true)).get(0);
      assertThat(c.relevance()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(c.matches()).first().satisfies(m -> {
        assertThat(m.field()).isEqualTo("product");
        assertThat(m.term()).isEqualTo("熔喷布");
      });
      assertThat(c.matches()).extracting(m -> m.field()).contains("scope", "name");
      assertThat(c.matches().stream().mapToDouble(m -> m.weight()).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  private static List<String> ids(OpenSearchCapabilityIndex index, CandidateFilter filter) throws Exception {
    return index.search(new CapabilityQuery("熔喷布", 10, filter, false)).stream()
        .map(c -> c.uscc().value()).toList();
  }
}
