package org.chainmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
import org.chainmatch.core.Enterprise;
import org.chainmatch.index.CapabilityQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.node.Node;

/**
 * Faults: rejected bulk items, lost answers, timeouts and a node stopped while indexing. What is
 * safe to repeat is repeated; what still fails is reported naming the enterprise; nothing
 * acknowledged is lost.
 */
@ExtendWith(TestCluster.Extension.class)
class FaultToleranceTest {

  private static List<Enterprise> makers(int from, int count) {
    List<Enterprise> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(Fixtures.maker(i, i % 2 == 0 ? "熔喷布" : "口罩机"));
    }
    return out;
  }

  private static OpenSearchTransport transport(TestCluster cluster) {
    HttpHost[] hosts = cluster.nodes().stream().map(u -> new HttpHost("http", u.getHost(), u.getPort()))
        .toArray(HttpHost[]::new);
    return ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper()).build();
  }

  private static OpenSearchIndexOptions options(String name) {
    return OpenSearchIndexOptions.defaults(name).withShards(1).withReplicas(0)
        .withBulkActions(50).withRetries(3, Duration.ofMillis(10));
  }

  @Test
  void rejectedBulkItemsAreRetriedUntilApplied(TestCluster cluster) throws Exception {
    try (FaultyTransport faulty = new FaultyTransport(transport(cluster));
        OpenSearchCapabilityIndex index = OpenSearchCapabilityIndex.open(faulty, options("faults-rejected"))) {
      // Every other item of every first and second attempt is refused by a "full write queue".
      faulty.reject = (attempt, op) -> attempt <= 2 && op.isIndex() && op.index().id().hashCode() % 2 == 0;
      index.addAll(makers(1, 200));
      index.refresh();
      assertThat(faulty.rejectedItems.get()).isPositive();
      assertThat(index.size()).isEqualTo(200);
    }
  }

  @Test
  void anItemRejectedBeyondTheRetriesIsReportedByNameAndAgainByRefresh(TestCluster cluster) throws Exception {
    try (FaultyTransport faulty = new FaultyTransport(transport(cluster));
        OpenSearchCapabilityIndex index = OpenSearchCapabilityIndex.open(faulty, options("faults-given-up"))) {
      String doomed = Fixtures.uscc(3).value();
      faulty.reject = (attempt, op) -> op.isIndex() && op.index().id().equals(doomed);
      assertThatThrownBy(() -> index.addAll(makers(1, 5)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("enterprise " + doomed)
          .hasMessageContaining("gave up after 4 attempts")
          .hasMessageContaining("es_rejected_execution_exception");
      assertThatThrownBy(index::refresh).isInstanceOf(IOException.class).hasMessageContaining(doomed);
      index.refresh();
      assertThat(index.size()).isEqualTo(4);
    }
  }

  @Test
  void aBulkWhoseAnswerTimedOutIsRepeatedWithoutDuplicates(TestCluster cluster) throws Exception {
    try (FaultyTransport faulty = new FaultyTransport(transport(cluster));
        OpenSearchCapabilityIndex index = OpenSearchCapabilityIndex.open(faulty, options("faults-timeout"))) {
      faulty.bulkTimeoutsLeft.set(2);
      index.addAll(makers(1, 120));
      index.refresh();
      assertThat(faulty.bulkAttempts.get()).isGreaterThan(3);
      assertThat(index.size()).isEqualTo(120);
      assertThat(index.search(CapabilityQuery.of("熔喷布", 1000))).hasSize(60);
    }
  }

  @Test
  void aSearchThatKeepsTimingOutFailsClearly(TestCluster cluster) throws Exception {
    try (FaultyTransport faulty = new FaultyTransport(transport(cluster));
        OpenSearchCapabilityIndex index = OpenSearchCapabilityIndex.open(faulty, options("faults-search"))) {
      index.upsert(Fixtures.maker(1, "熔喷布"));
      index.refresh();
      faulty.searchTimeoutsLeft.set(2);
      assertThat(index.search(CapabilityQuery.of("熔喷布", 10))).hasSize(1);
      faulty.searchTimeoutsLeft.set(100);
      assertThatThrownBy(() -> index.search(CapabilityQuery.of("口罩机", 10)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("failed after 4 attempts")
          .hasMessageContaining("timed out");
    }
  }

  /**
   * The non-manager node of the pair is stopped in the middle of {@code addAll} (by the iterator
   * that feeds it, so while bulks are in flight) into 2 shards with 1 in-sync replica each.
   * Every bulk the index acknowledged must be readable afterwards from the surviving node, whose
   * replicas were promoted, and bulks that were cut off are repeated there, so {@code addAll}
   * completes and every enterprise is found. Failed before the index was green at the stop (a
   * replica not yet in sync cannot take over, so the shard hung until the node returned). A
   * bulk that meets the replica's loss is acknowledged listing it in {@code _shards.failures},
   * which opensearch-java 2.22 cannot read ({@link WithoutShardFailures} filters it): seen once
   * in a diagnostic run, a race, so this test does not fail reliably without the filter. The
   * node is started again afterwards for the other tests.
   */
  @Test
  void aNodeStoppedWhileIndexingLosesNothingAcknowledged(TestCluster cluster) throws Exception {
    OpenSearchIndexOptions options = OpenSearchIndexOptions.defaults("faults-node")
        .withShards(2).withReplicas(1).withBulkActions(50).withRetries(8, Duration.ofMillis(100));
    List<Enterprise> all = makers(1, 2500);
    Node victim = cluster.runner().nonMasterNode();
    int victimIndex = cluster.runner().getNodeIndex(victim);
    try (OpenSearchCapabilityIndex index = cluster.open(options)) {
      index.addAll(all.subList(0, 500));
      // OpenSearch's promise covers in-sync copies: a replica still copying its primary when the
      // primary's node stops cannot take over (the shard is unavailable until the node returns).
      cluster.runner().ensureGreen("faults-node", "faults-node-products");

      index.addAll(stoppingAt(all.subList(500, all.size()), 1000, victim));

      assertThat(victim.isClosed()).isTrue();
      index.refresh();
      assertThat(index.size()).isEqualTo(all.size());
      assertThat(index.search(CapabilityQuery.of("口罩机", 10_000))).hasSize(all.size() / 2);
    } finally {
      cluster.restart(victimIndex);
    }
  }

  /** The enterprises, closing {@code node} (and waiting until it is down) before element {@code at}. */
  private static Iterable<Enterprise> stoppingAt(List<Enterprise> enterprises, int at, Node node) {
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < enterprises.size();
      }

      @Override
      public Enterprise next() {
        if (next == at) {
          try {
            node.close();
            assertThat(node.awaitClose(60, TimeUnit.SECONDS)).as("node stopped").isTrue();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
        return enterprises.get(next++);
      }
    };
  }
}
