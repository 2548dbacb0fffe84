package org.chainmatch.opensearch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.chainmatch.index.IndexOptions;

/**
 * Where and how an {@link OpenSearchCapabilityIndex} keeps its data on a cluster.
 *
 * @param indexName the enterprise index; the product-name catalogue lives in {@code
 *     <indexName>-products}. Lower case letters, digits, '-' and '_', starting with a letter
 * @param scoring analysis, synonyms and taxonomy exactly as for the embedded index; {@link
 *     IndexOptions#indexingThreads()} is the number of bulk requests {@link
 *     OpenSearchCapabilityIndex#addAll} keeps in flight (1 by default, since the embedded index
 *     needs one thread for a reproducible order; raise it here for faster loading)
 * @param shards primary shards of the enterprise index, 1..1024 (the catalogue has one)
 * @param replicas copies of every shard, 0..10; at least 1 for a node loss to lose nothing
 * @param bulkActions changes sent in one bulk request, 1..10000
 * @param maxRetries how often a failed request that is safe to repeat is retried, 0..20
 * @param initialBackoff the wait before the first retry; it doubles on each further one, up to
 *     {@link #MAX_BACKOFF}
 */
public record OpenSearchIndexOptions(
    String indexName,
    IndexOptions scoring,
    int shards,
    int replicas,
    int bulkActions,
    int maxRetries,
    Duration initialBackoff) {

  /** The longest wait between two retries. */
  public static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  /** Validates the components. */
  public OpenSearchIndexOptions {
    checkNotNull(indexName, "indexName");
    checkNotNull(scoring, "scoring");
    checkNotNull(initialBackoff, "initialBackoff");
    checkArgument(indexName.matches("[a-z][a-z0-9_-]{0,200}"),
        "indexName must be lower case letters, digits, '-' or '_' starting with a letter but was \"%s\"",
        indexName);
    checkArgument(shards >= 1 && shards <= 1024, "shards must be 1..1024 but was %s", shards);
    checkArgument(replicas >= 0 && replicas <= 10, "replicas must be 0..10 but was %s", replicas);
    checkArgument(bulkActions >= 1 && bulkActions <= 10_000, "bulkActions must be 1..10000 but was %s", bulkActions);
    checkArgument(maxRetries >= 0 && maxRetries <= 20, "maxRetries must be 0..20 but was %s", maxRetries);
    checkArgument(!initialBackoff.isNegative() && initialBackoff.compareTo(MAX_BACKOFF) <= 0,
        "initialBackoff must be 0..%s but was %s", MAX_BACKOFF, initialBackoff);
  }

  /**
   * Default scoring ({@link IndexOptions#defaults()}), 2 shards, 1 replica, 1000 changes per
   * bulk, 5 retries from 100 ms.
   */
  public static OpenSearchIndexOptions defaults(String indexName) {
    return new OpenSearchIndexOptions(
        indexName, IndexOptions.defaults(), 2, 1, 1000, 5, Duration.ofMillis(100));
  }

  public OpenSearchIndexOptions withScoring(IndexOptions value) {
    return new OpenSearchIndexOptions(indexName, value, shards, replicas, bulkActions, maxRetries, initialBackoff);
  }

  public OpenSearchIndexOptions withShards(int value) {
    return new OpenSearchIndexOptions(indexName, scoring, value, replicas, bulkActions, maxRetries, initialBackoff);
  }

  public OpenSearchIndexOptions withReplicas(int value) {
    return new OpenSearchIndexOptions(indexName, scoring, shards, value, bulkActions, maxRetries, initialBackoff);
  }

  public OpenSearchIndexOptions withBulkActions(int value) {
    return new OpenSearchIndexOptions(indexName, scoring, shards, replicas, value, maxRetries, initialBackoff);
  }

  public OpenSearchIndexOptions withRetries(int value, Duration backoff) {
    return new OpenSearchIndexOptions(indexName, scoring, shards, replicas, bulkActions, value, backoff);
  }

  /** The name of the product-name catalogue index. */
  public String productsIndex() {
    return indexName + "-products";
  }
}
