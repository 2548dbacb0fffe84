package org.chainmatch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.testkit.index.CapabilityIndexContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@link CapabilityIndex} contract on the run's shared 2-node cluster, each test on a new
 * index of 2 shards, so refresh, ordering and concurrency are checked across shards merged from
 * both nodes. Without replicas: a replica per index made this class more than twice as slow
 * (154 s against 69 s on a loaded machine), and searches on replicas are exercised by {@link
 * BackendEqualityTest} and the node-loss test. The
 * indices are deleted when the class ends.
 */
@ExtendWith(TestCluster.Extension.class)
class OpenSearchCapabilityIndexContractTest extends CapabilityIndexContractTest {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static TestCluster cluster;
  private static final List<String> created = new ArrayList<>();

  @BeforeAll
  static void useCluster(TestCluster shared) {
    cluster = shared;
  }

  @Override
  protected CapabilityIndex newIndex() throws IOException {
    OpenSearchIndexOptions options = OpenSearchIndexOptions.defaults("contract-" + NAMES.incrementAndGet()).withReplicas(0);
    created.add(options.indexName());
    created.add(options.productsIndex());
    return cluster.open(options);
  }

  @AfterAll
  static void deleteIndices() {
    cluster.runner().client().admin().indices().prepareDelete(created.toArray(String[]::new)).get();
    created.clear();
  }
}
