package org.chainmatch.opensearch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.io.TaskResults;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.CapabilityScoring;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.index.TermMatch;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.UpdateRequest;
import org.opensearch.client.opensearch.core.UpdateResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.JsonEndpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A {@link CapabilityIndex} on an OpenSearch 2.19 cluster with chainmatch's analysis plugin
 * installed (see the module README). It ranks exactly as {@link LuceneCapabilityIndex} does: the
 * same analysis (the plugin registers the library's own analyzers and similarity), the same
 * constant-score query with the same weights ({@link CapabilityScoring}), run by the cluster's
 * Lucene of the same version; only the order among candidates of exactly equal score may differ.
 * The matching layer's multi-factor scorer re-ranks the returned candidates on the client, as
 * with the embedded index.
 *
 * <h2>Layout</h2>
 *
 * One enterprise index (USCC as {@code _id}, default routing, {@link
 * OpenSearchIndexOptions#shards()} shards) and a one-shard catalogue of distinct product names.
 * Not one index per province, nor routing by province: supply-chain queries mostly look outside
 * the requester's province ({@link CandidateFilter.Scope#OUTSIDE}) or anywhere, which would hit
 * every province's shard anyway, and provinces differ a hundredfold in size, so shards would be
 * badly skewed. The region filter is pushed down as one keyword term instead (every level is
 * indexed), like all other filters.
 *
 * <h2>Writes, visibility and durability</h2>
 *
 * Changes are buffered on the client and sent in bulk requests of {@link
 * OpenSearchIndexOptions#bulkActions()}; the caller whose change fills a bulk sends it, so a slow
 * cluster slows writers down (back-pressure) instead of filling memory. Refresh is manual on the
 * cluster, so changes become visible to searches exactly after {@link #refresh()}, as the
 * interface states. Every acknowledged bulk is on all in-sync copies and fsynced to their
 * translogs; {@link #commit()} sends what is buffered and refreshes. Durability is therefore
 * stronger than the interface requires: a client crash loses only changes not yet sent, and by
 * OpenSearch's replication the loss of a node loses nothing acknowledged while every shard has an
 * in-sync replica on another node (tested with a node stopped mid-{@link #addAll}). A shard
 * whose only in-sync copy was on the lost node is unavailable, not lost, until the node returns;
 * writes to it fail after the retries with an {@link IOException} naming the enterprises.
 *
 * <h2>Failures</h2>
 *
 * Every change is idempotent (index by id, delete by id, set status by id), so a request that
 * failed in transit (connection lost, timeout) or was rejected by an overloaded or recovering
 * cluster (429, 502, 503, 504) is repeated, up to {@link OpenSearchIndexOptions#maxRetries()}
 * times with doubling waits; within a bulk only the rejected items are repeated. Searches are
 * retried the same way. Anything else (a document the mapping refuses, a missing index) fails at
 * once with an {@link IOException} naming the enterprises and the cluster's reason; a change that
 * could not be applied is also reported by the next {@link #refresh()} or {@link #commit()}, so
 * none is dropped silently. Searches never return partial results from a subset of shards.
 *
 * <p>Thread-safe: any number of threads may search and change the index concurrently. {@link
 * #close()} sends buffered changes and closes the connection if this instance opened it.
 */
public final class OpenSearchCapabilityIndex implements CapabilityIndex {
  private static final EnumSet<OperatingState> ALL_STATES = EnumSet.allOf(OperatingState.class);
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);
  /** Transport-level failures a cluster reports as 500 that mean "try again", not "bad data". */
  private static final Set<String> RETRYABLE_TYPES = Set.of(
      "es_rejected_execution_exception",
      "node_not_connected_exception",
      "node_closed_exception",
      "connect_transport_exception",
      "no_shard_available_action_exception",
      "unavailable_shards_exception",
      "cluster_block_exception");
  private static final JsonEndpoint<BulkRequest, BulkResponse, ErrorResponse> BULK = WithoutShardFailures.bulk();
  @SuppressWarnings("rawtypes")
  private static final JsonEndpoint<UpdateRequest<?, ?>, UpdateResponse<Map>, ErrorResponse> UPDATE =
      WithoutShardFailures.update();
  private static final String PRODUCT_PREFIX = "product:";
  private static final String SCOPE_PREFIX = "scope:";
  private static final String NAME_PREFIX = "name:";

  private final OpenSearchClient client;
  private final OpenSearchTransport transport;
  private final boolean ownsTransport;
  private final OpenSearchIndexOptions options;
  private final String enterprises;
  private final String products;

  private final Object bufferLock = new Object();
  private List<Change> buffer = new ArrayList<>();
  private final int maxInFlight;
  private final Semaphore inFlight;
  /** Product names this instance has sent to the catalogue (the cluster deduplicates too). */
  private final Set<String> catalogued = ConcurrentHashMap.newKeySet();
  /** Changes that could not be applied, reported by the next refresh or commit. */
  private final List<String> unreported = new ArrayList<>();

  // Product-name matches are cached like the embedded catalogue's; the generation retires every
  // entry when refresh() makes new names searchable.
  private final Cache<MatchKey, Map<String, Double>> matches =
      CacheBuilder.newBuilder().maximumSize(10_000).build();
  private final AtomicLong generation = new AtomicLong();

  private record MatchKey(String text, long generation) {}

  /** One buffered change: a bulk operation and what to say if it fails. */
  private record Change(BulkOperation operation, String what, String productKey) {}

  private OpenSearchCapabilityIndex(
      OpenSearchTransport transport, boolean ownsTransport, OpenSearchIndexOptions options) {
    this.transport = transport;
    this.ownsTransport = ownsTransport;
    this.client = new OpenSearchClient(transport);
    this.options = options;
    this.enterprises = options.indexName();
    this.products = options.productsIndex();
    this.maxInFlight = Math.max(1, options.scoring().indexingThreads());
    this.inFlight = new Semaphore(maxInFlight);
  }

  /**
   * Connects to a cluster over HTTP and opens the index there, creating both indices if absent.
   * The connection belongs to the index and is closed with it.
   *
   * @param nodes the nodes' HTTP addresses ({@code http://host:9200}); requests are spread over
   *     them round robin, and a node a request failed on is left out for 30 s while others answer
   * @param timeout how long one request may wait for its response before it counts as failed
   * @throws IOException if the cluster cannot be reached or refuses to create the indices
   */
  public static OpenSearchCapabilityIndex connect(
      List<URI> nodes, Duration timeout, OpenSearchIndexOptions options) throws IOException {
    checkNotNull(nodes, "nodes");
    checkNotNull(timeout, "timeout");
    checkNotNull(options, "options");
    checkArgument(!nodes.isEmpty(), "no node address given");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive but was %s", timeout);
    HttpHost[] hosts = new HttpHost[nodes.size()];
    for (int i = 0; i < hosts.length; i++) {
      URI n = nodes.get(i);
      checkArgument(n.getHost() != null && n.getPort() > 0, "node address needs host and port: %s", n);
      hosts[i] = new HttpHost(n.getScheme() == null ? "http" : n.getScheme(), n.getHost(), n.getPort());
    }
    Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
    List<OpenSearchTransport> perNode = new ArrayList<>();
    for (HttpHost host : hosts) {
      perNode.add(ApacheHttpClient5TransportBuilder.builder(host)
          .setMapper(new JacksonJsonpMapper())
          .setRequestConfigCallback(c -> c.setResponseTimeout(t).setConnectionRequestTimeout(t))
          .build());
    }
    OpenSearchTransport transport = new NodeRotation(perNode);
    return open(transport, true, options);
  }

  /**
   * Opens the index on a cluster through an existing transport (for applications that configure
   * TLS, authentication or a proxy themselves), creating both indices if absent. The transport
   * stays the caller's: {@link #close()} does not close it.
   */
  public static OpenSearchCapabilityIndex open(OpenSearchTransport transport, OpenSearchIndexOptions options)
      throws IOException {
    checkNotNull(transport, "transport");
    checkNotNull(options, "options");
    return open(transport, false, options);
  }

  private static OpenSearchCapabilityIndex open(
      OpenSearchTransport transport, boolean owns, OpenSearchIndexOptions options) throws IOException {
    OpenSearchCapabilityIndex index = new OpenSearchCapabilityIndex(transport, owns, options);
    try {
      index.createIfAbsent(index.products, IndexLayout.productIndex(options.replicas()));
      index.createIfAbsent(
          index.enterprises, IndexLayout.enterpriseIndex(options.shards(), options.replicas()));
      return index;
    } catch (IOException | RuntimeException e) {
      if (owns) {
        transport.close();
      }
      throw e;
    }
  }

  private void createIfAbsent(String name, String body) throws IOException {
    retrying("checking index " + name, () -> {
      if (client.indices().exists(r -> r.index(name)).value()) {
        return null;
      }
      try (var response = client.generic().execute(Requests.builder()
          .method("PUT").endpoint("/" + name)
          .body(Body.from(body.getBytes(StandardCharsets.UTF_8), "application/json"))
          .build())) {
        int status = response.getStatus();
        String answer = response.getBody().map(Body::bodyAsString).orElse("");
        // Another client may have created it between the check and now.
        if (status >= 300 && !answer.contains("resource_already_exists_exception")) {
          if (RETRYABLE_STATUS.contains(status)) {
            throw new RetryableException("creating index " + name + ": HTTP " + status + " " + answer);
          }
          throw new IOException("cannot create index " + name + ": HTTP " + status + " " + answer);
        }
      }
      // Wait until the new index can take writes, so the first bulk does not race its shards.
      client.cluster().health(h -> h.index(name).waitForStatus(
          org.opensearch.client.opensearch._types.HealthStatus.Yellow).timeout(to -> to.time("30s")));
      return null;
    });
  }

  /**
   * Upserts many enterprises, keeping up to {@link org.chainmatch.index.IndexOptions#indexingThreads()}
   * bulk requests in flight (the caller's thread sends one of them). Like {@link #upsert},
   * visible after {@link #refresh()}.
   *
   * @throws IOException if some could not be indexed (after retries where safe)
   */
  public void addAll(Iterable<Enterprise> enterprises) throws IOException {
    checkNotNull(enterprises, "enterprises");
    flushBuffer();
    int helpers = maxInFlight - 1;
    Iterator<Enterprise> it = enterprises.iterator();
    ThreadPoolExecutor pool = helpers == 0 ? null : new ThreadPoolExecutor(
        helpers, helpers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(helpers),
        new ThreadFactoryBuilder().setNameFormat("opensearch-bulk-%d").setDaemon(true).build(),
        new ThreadPoolExecutor.CallerRunsPolicy());
    List<Future<?>> pending = new ArrayList<>();
    try {
      while (it.hasNext()) {
        List<Change> bulk = new ArrayList<>(options.bulkActions());
        while (it.hasNext() && bulk.size() < options.bulkActions()) {
          bulk.addAll(changes(it.next()));
        }
        if (pool == null) {
          send(bulk);
        } else {
          pending.add(pool.submit(() -> {
            send(bulk);
            return null;
          }));
          for (Iterator<Future<?>> p = pending.iterator(); p.hasNext(); ) {
            Future<?> f = p.next();
            if (f.isDone()) {
              TaskResults.await(f); // a failed bulk's own exception, unchanged
              p.remove();
            }
          }
        }
      }
      for (Future<?> f : pending) {
        TaskResults.await(f);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  @Override
  public void upsert(Enterprise enterprise) throws IOException {
    checkNotNull(enterprise, "enterprise");
    enqueue(changes(enterprise));
  }

  private List<Change> changes(Enterprise e) {
    List<Change> out = new ArrayList<>(1 + e.products().size());
    for (String product : e.products()) {
      String key = CapabilityScoring.productKey(product);
      if (catalogued.add(key)) {
        out.add(new Change(
            BulkOperation.of(b -> b.index(i -> i.index(products).id(IndexLayout.productId(key))
                .document(IndexLayout.product(key)))),
            "product name \"" + key + "\"", key));
      }
    }
    String id = e.uscc().value();
    Map<String, Object> doc = IndexLayout.enterprise(e);
    out.add(new Change(
        BulkOperation.of(b -> b.index(i -> i.index(enterprises).id(id).document(doc))),
        "enterprise " + id, null));
    return out;
  }

  @Override
  public void delete(Uscc uscc) throws IOException {
    checkNotNull(uscc, "uscc");
    String id = uscc.value();
    enqueue(List.of(new Change(
        BulkOperation.of(b -> b.delete(d -> d.index(enterprises).id(id))), "delete of " + id, null)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>An enterprise upserted but not yet refreshed counts as present. Sends the buffered changes
   * first, then the status at once. The cluster re-indexes the document from its source (it has
   * no doc-values-only update), which re-analyses scope and name as bigrams but never the product
   * names: the results are the same as the embedded index's.
   */
  @Override
  public void updateStatus(Uscc uscc, OperatingStatus status) throws IOException {
    checkNotNull(uscc, "uscc");
    checkNotNull(status, "status");
    flushBuffer();
    Map<String, Object> partial = IndexLayout.status(status);
    retrying("status of " + uscc.value(), () -> {
      try {
        transport.performRequest(
            UpdateRequest.of(u -> u.index(enterprises).id(uscc.value()).doc(partial).retryOnConflict(3)),
            UPDATE, client._transportOptions());
      } catch (OpenSearchException e) {
        if (e.status() == 404) {
          throw new IllegalArgumentException("no enterprise " + uscc + " in the index " + enterprises, e);
        }
        throw e;
      }
      return null;
    });
  }

  @Override
  public void refresh() throws IOException {
    flushBuffer();
    awaitInFlight();
    reportFailures();
    retrying("refresh", () -> client.indices().refresh(r -> r.index(products, enterprises)));
    generation.incrementAndGet();
    matches.invalidateAll();
  }

  /**
   * Sends buffered changes and refreshes. Acknowledged changes are already durable on the cluster
   * (see the class documentation), so no flush of the cluster's Lucene indices is forced.
   */
  @Override
  public void commit() throws IOException {
    refresh();
  }

  @Override
  public int size() throws IOException {
    return retrying("count", () -> Math.toIntExact(client.count(c -> c.index(enterprises)).count()));
  }

  /** Sends buffered changes, then closes the connection if this instance opened it. */
  @Override
  public void close() throws IOException {
    try {
      flushBuffer();
      awaitInFlight();
      reportFailures();
    } finally {
      if (ownsTransport) {
        transport.close();
      }
    }
  }

  // ---- search ----

  @Override
  public List<Candidate> search(CapabilityQuery query) throws IOException {
    checkNotNull(query, "query");
    Map<String, Double> names = CapabilityScoring.products(query.text(), options.scoring(), this::match);
    List<String> bigrams = CapabilityScoring.evidenceBigrams(query.text());
    Query text = textQuery(names, bigrams, query.explain());
    if (text == null) {
      return List.of();
    }
    BoolQuery.Builder full = new BoolQuery.Builder().must(text);
    addFilters(full, query.filter());
    Query built = full.build().toQuery();
    SearchResponse<Map> response = retrying("search for \"" + query.text() + "\"",
        () -> client.search(s -> s.index(enterprises)
            .query(built)
            .size(query.topK())
            .trackTotalHits(t -> t.enabled(false))
            .allowPartialSearchResults(false)
            .source(src -> src.filter(f -> f.includes(IndexLayout.STATUS))),
            Map.class));
    List<Candidate> out = new ArrayList<>(response.hits().hits().size());
    for (Hit<Map> hit : response.hits().hits()) {
      // Scores are floats on the cluster as in Lucene; dividing the same float keeps them equal.
      float score = hit.score() == null ? 0f : hit.score().floatValue();
      Map<?, ?> source = hit.source();
      OperatingStatus status = IndexLayout.status(source == null ? null : (Map<?, ?>) source.get(IndexLayout.STATUS));
      List<TermMatch> matches = query.explain() ? explain(hit.matchedQueries(), names, bigrams) : List.of();
      out.add(new Candidate(
          Uscc.parse(hit.id(), UsccPolicy.ACCEPT_IRREGULAR_CHECK),
          Math.min(1.0, score / CapabilityScoring.BEST_SCORE),
          status,
          matches));
    }
    return out;
  }


  /** Product names similar to {@code text}, scored by the cluster's catalogue. */
  private Map<String, Double> match(String text) throws IOException {
    try {
      return matches.get(new MatchKey(text, generation.get()), () -> searchCatalogue(text));
    } catch (ExecutionException e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  private Map<String, Double> searchCatalogue(String text) throws IOException {
    List<CapabilityScoring.NameClause> clauses =
        CapabilityScoring.nameClauses(text, options.scoring().analysis());
    if (clauses.isEmpty()) {
      return Map.of();
    }
    BoolQuery.Builder bool = new BoolQuery.Builder();
    for (CapabilityScoring.NameClause c : clauses) {
      String field = switch (c.stream()) {
        case WORDS -> IndexLayout.WORDS;
        case BIGRAMS -> IndexLayout.BIGRAMS;
        case UNIGRAMS -> IndexLayout.UNIGRAMS;
      };
      bool.should(q -> q.term(t -> t.field(field).value(FieldValue.of(c.term())).boost(c.boost())));
    }
    Query query = bool.build().toQuery();
    SearchResponse<Map> response = retrying("product names for \"" + text + "\"",
        () -> client.search(s -> s.index(products)
            .query(query)
            .size(CapabilityScoring.MAX_PRODUCTS)
            .trackTotalHits(t -> t.enabled(false))
            .allowPartialSearchResults(false)
            .source(src -> src.filter(f -> f.includes(IndexLayout.PRODUCT_NAME))),
            Map.class));
    Map<String, Double> out = new HashMap<>();
    for (Hit<Map> hit : response.hits().hits()) {
      float score = hit.score() == null ? 0f : hit.score().floatValue();
      if (score < CapabilityScoring.MIN_SIMILARITY) {
        break;
      }
      // Float sums can exceed 1 by an ulp; the contract is [0, 1].
      out.put((String) hit.source().get(IndexLayout.PRODUCT_NAME), Math.min(1.0, score));
    }
    return Map.copyOf(out);
  }

  /** The text part: any product, scope or name evidence; null when the query has none. */
  private static Query textQuery(Map<String, Double> names, List<String> bigrams, boolean explain) {
    BoolQuery.Builder text = new BoolQuery.Builder();
    boolean any = false;
    if (!names.isEmpty()) {
      List<Query> alternatives = new ArrayList<>(names.size());
      names.forEach((p, weight) -> alternatives.add(constant(
          IndexLayout.PRODUCT, p, CapabilityScoring.PRODUCT_WEIGHT * weight,
          explain ? PRODUCT_PREFIX + p : null)));
      // Max, not sum: five weak product names must not beat one exact one.
      text.should(q -> q.disMax(d -> d.queries(alternatives).tieBreaker(0.0)));
      any = true;
    }
    if (!bigrams.isEmpty()) {
      text.should(coverage(IndexLayout.SCOPE, bigrams, CapabilityScoring.SCOPE_WEIGHT, explain ? SCOPE_PREFIX : null));
      text.should(coverage(IndexLayout.NAME, bigrams, CapabilityScoring.NAME_WEIGHT, explain ? NAME_PREFIX : null));
      any = true;
    }
    return any ? text.build().toQuery() : null;
  }

  private static Query coverage(String field, List<String> bigrams, double weight, String namePrefix) {
    BoolQuery.Builder any = new BoolQuery.Builder();
    for (String b : bigrams) {
      any.should(constant(field, b, weight / bigrams.size(), namePrefix == null ? null : namePrefix + b));
    }
    any.minimumShouldMatch(Integer.toString(CapabilityScoring.minimumCoverage(bigrams.size())));
    return any.build().toQuery();
  }

  private static Query constant(String field, String term, double weight, String name) {
    return Query.of(q -> q.constantScore(c -> {
      c.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(term)))).boost((float) weight);
      if (name != null) {
        c.queryName(name);
      }
      return c;
    }));
  }

  private static void addFilters(BoolQuery.Builder query, CandidateFilter filter) {
    filter.area().ifPresent(area -> {
      Query in = Query.of(q -> q.term(t -> t.field(IndexLayout.REGION).value(FieldValue.of(area.code()))));
      switch (filter.scope()) {
        case INSIDE -> query.filter(in);
        case OUTSIDE -> query.mustNot(in);
        case ANYWHERE -> { }
      }
    });
    if (!filter.states().equals(ALL_STATES)) {
      List<FieldValue> ordinals = filter.states().stream()
          .map(s -> FieldValue.of(s.ordinal())).toList();
      query.filter(q -> q.terms(t -> t.field(IndexLayout.STATE).terms(v -> v.value(ordinals))));
    }
    if (filter.minCapacity() > 0) {
      query.filter(q -> q.range(r -> r.field(IndexLayout.CAPACITY).gte(JsonData.of(filter.minCapacity()))));
    }
    filter.industryPrefix().ifPresent(code -> query.filter(
        q -> q.term(t -> t.field(IndexLayout.INDUSTRY).value(FieldValue.of(code.code())))));
    if (!filter.excluded().isEmpty()) {
      List<String> ids = filter.excluded().stream().map(Uscc::value).toList();
      query.mustNot(q -> q.ids(i -> i.values(ids)));
    }
  }

  /** What the query matched in a hit, strongest first; weights sum to its relevance. */
  private static List<TermMatch> explain(
      List<String> matched, Map<String, Double> names, List<String> bigrams) {
    Set<String> hits = Set.copyOf(matched);
    List<TermMatch> out = new ArrayList<>();
    names.entrySet().stream()
        .filter(p -> hits.contains(PRODUCT_PREFIX + p.getKey()))
        .max(Map.Entry.comparingByValue())
        .ifPresent(p -> out.add(new TermMatch(IndexLayout.PRODUCT, p.getKey(),
            CapabilityScoring.PRODUCT_WEIGHT * p.getValue() / CapabilityScoring.BEST_SCORE)));
    addHeld(out, hits, SCOPE_PREFIX, IndexLayout.SCOPE, bigrams, CapabilityScoring.SCOPE_WEIGHT);
    addHeld(out, hits, NAME_PREFIX, IndexLayout.NAME, bigrams, CapabilityScoring.NAME_WEIGHT);
    out.sort(Comparator.comparingDouble(TermMatch::weight).reversed());
    return out;
  }

  private static void addHeld(List<TermMatch> out, Set<String> hits, String prefix, String field,
      List<String> bigrams, double weight) {
    List<String> held = bigrams.stream().filter(b -> hits.contains(prefix + b)).toList();
    if (!held.isEmpty() && held.size() >= CapabilityScoring.minimumCoverage(bigrams.size())) {
      for (String b : held) {
        out.add(new TermMatch(field, b, weight / bigrams.size() / CapabilityScoring.BEST_SCORE));
      }
    }
  }

  // ---- bulk sending ----

  private void enqueue(List<Change> changes) throws IOException {
    List<Change> full = null;
    synchronized (bufferLock) {
      buffer.addAll(changes);
      if (buffer.size() >= options.bulkActions()) {
        full = buffer;
        buffer = new ArrayList<>();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  private void flushBuffer() throws IOException {
    List<Change> pending;
    synchronized (bufferLock) {
      pending = buffer;
      buffer = new ArrayList<>();
    }
    if (!pending.isEmpty()) {
      send(pending);
    }
  }

  /** Waits until bulks other threads are sending have been answered. */
  private void awaitInFlight() {
    inFlight.acquireUninterruptibly(maxInFlight);
    inFlight.release(maxInFlight);
  }

  private void reportFailures() throws IOException {
    List<String> failed;
    synchronized (unreported) {
      if (unreported.isEmpty()) {
        return;
      }
      failed = List.copyOf(unreported);
      unreported.clear();
    }
    throw new IOException(failed.size() + " change(s) could not be applied to " + enterprises + ": "
        + String.join("; ", failed.subList(0, Math.min(5, failed.size())))
        + (failed.size() > 5 ? "; ..." : ""));
  }

  /**
   * Sends changes in one bulk, repeating the items that failed for a reason worth retrying.
   * Blocks while {@code maxInFlight} bulks are already being sent (back-pressure).
   */
  private void send(List<Change> changes) throws IOException {
    inFlight.acquireUninterruptibly();
    try {
      sendWithRetries(changes);
    } finally {
      inFlight.release();
    }
  }

  private void sendWithRetries(List<Change> changes) throws IOException {
    List<Change> remaining = changes;
    List<String> failed = new ArrayList<>();
    String lastReason = "";
    for (int attempt = 0; !remaining.isEmpty(); attempt++) {
      if (attempt > 0) {
        if (attempt > options.maxRetries()) {
          for (Change c : remaining) {
            failed.add(c.what() + " (gave up after " + attempt + " attempts: " + lastReason + ")");
          }
          break;
        }
        pause(attempt);
      }
      List<BulkOperation> operations = remaining.stream().map(Change::operation).toList();
      BulkRequest request = BulkRequest.of(b -> b.operations(operations));
      BulkResponse response;
      try {
        response = transport.performRequest(request, BULK, client._transportOptions());
      } catch (IOException e) {
        lastReason = describe(e);
        continue;
      } catch (OpenSearchException e) {
        if (retryable(e.status(), e.error())) {
          lastReason = describe(e);
          continue;
        }
        for (Change c : remaining) {
          failed.add(c.what() + " (" + describe(e) + ")");
        }
        break;
      } catch (RuntimeException e) {
        // The client could not read the answer: whether the bulk was applied is unknown, and
        // repeating it would most likely meet the same answer.
        for (Change c : remaining) {
          failed.add(c.what() + " (unreadable answer from the cluster, may or may not be applied: "
              + e.getMessage() + ")");
        }
        break;
      }
      List<Change> again = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        Change change = remaining.get(i);
        if (item.error() == null || isMissingDelete(item)) {
          continue;
        }
        if (retryable(item.status(), item.error())) {
          again.add(change);
          lastReason = item.status() + " " + item.error().type() + ": " + item.error().reason();
        } else {
          failed.add(change.what() + " (" + item.status() + " " + item.error().type() + ": "
              + item.error().reason() + ")");
        }
      }
      remaining = again;
    }
    if (!failed.isEmpty()) {
      for (Change c : changes) {
        if (c.productKey() != null && failed.stream().anyMatch(f -> f.startsWith(c.what()))) {
          catalogued.remove(c.productKey());
        }
      }
      synchronized (unreported) {
        unreported.addAll(failed);
      }
      throw new IOException(failed.size() + " change(s) could not be applied to " + enterprises
          + ": " + String.join("; ", failed.subList(0, Math.min(5, failed.size())))
          + (failed.size() > 5 ? "; ..." : ""));
    }
  }

  private static boolean isMissingDelete(BulkResponseItem item) {
    return item.status() == 404 && "not_found".equals(item.result());
  }

  private static boolean retryable(int status, ErrorCause error) {
    return RETRYABLE_STATUS.contains(status)
        || (error != null && RETRYABLE_TYPES.contains(error.type()));
  }

  private static String describe(Exception e) {
    if (e instanceof OpenSearchException os) {
      return os.status() + " " + (os.error() == null ? "" : os.error().type() + ": " + os.error().reason());
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private void pause(int attempt) throws IOException {
    long millis = Math.min(
        OpenSearchIndexOptions.MAX_BACKOFF.toMillis(),
        options.initialBackoff().toMillis() << Math.min(20, attempt - 1));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** A request whose failure is worth repeating. */
  private static final class RetryableException extends IOException {
    RetryableException(String message) {
      super(message);
    }
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws IOException;
  }

  /**
   * Runs a request that is safe to repeat, repeating it on transport failures and retryable
   * cluster answers; anything else propagates at once.
   */
  private <T> T retrying(String what, Call<T> call) throws IOException {
    for (int attempt = 0; ; attempt++) {
      if (attempt > 0) {
        pause(attempt);
      }
      try {
        return call.run();
      } catch (OpenSearchException e) {
        if (!retryable(e.status(), e.error())) {
          throw new IOException(what + " failed on " + enterprises + ": " + describe(e), e);
        }
        if (attempt >= options.maxRetries()) {
          throw new IOException(what + " failed after " + (attempt + 1) + " attempts: " + describe(e), e);
        }
      } catch (IOException e) {
        if (attempt >= options.maxRetries()) {
          throw new IOException(what + " failed after " + (attempt + 1) + " attempts: " + describe(e), e);
        }
      }
    }
  }
}
