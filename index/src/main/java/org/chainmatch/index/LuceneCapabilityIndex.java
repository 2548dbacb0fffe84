package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.io.TaskResults;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;

/**
 * A {@link CapabilityIndex} on an embedded Lucene index.
 *
 * <h2>Scoring</h2>
 *
 * A candidate's score is {@code 1.0·p + 0.1·s + 0.05·n}, where
 *
 * <ul>
 *   <li>{@code p} is the best similarity, in [0, 1], between the query and one of the
 *       enterprise's product names (token-set cosine over smartcn words, CJK bigrams and
 *       single ideographs by default, see {@link ProductAnalysis} and {@link TokenSetSimilarity}); products found through synonyms count {@value #SYNONYM_WEIGHT} of
 *       their similarity, narrower products from the taxonomy {@value #NARROWER_WEIGHT};
 *       with a {@link ProductVocabulary}: products named by an alias of the query count
 *       {@value #ALIAS_WEIGHT} of their similarity, narrower ones {@value #NARROWER_WEIGHT}, loose
 *       synonyms {@value #NEAR_WEIGHT}, broader ones {@value #BROADER_WEIGHT}, and products the
 *       vocabulary calls look-alikes of the query's (氨纶 for 氨) none;
 *   <li>{@code s} is the share of the query's bigrams that occur in the business scope, counted
 *       when it is at least half;
 *   <li>{@code n} is the same share for the registered name.
 * </ul>
 *
 * Products dominate: scope and name can add at most 0.15, less than the gap between an exact
 * product and a longer one containing it (熔喷布 vs 熔喷布设备, about 0.2), so they break ties
 * among holders of the same product and find enterprises that list no products at all.
 *
 * <p>{@link Candidate#relevance()} divides the score by the best achievable, 1.15 (a product named
 * exactly as the query, and every query bigram in scope and name). It is therefore absolute: an
 * enterprise whose product is exactly the query but whose scope and name do not mention it gets
 * 1/1.15 ≈ 0.87, whatever else the query finds. At least one text match is required; filters
 * never admit an enterprise on their own.
 *
 * <h2>Lifecycle and durability</h2>
 *
 * Changes are visible to searches after {@link #refresh()} and durable after {@link #commit()}.
 * After a crash (process killed, power lost) reopening the directory yields exactly the last
 * commit: everything added, replaced, deleted or re-statused since is lost, and nothing is
 * half-applied. {@link #close()} commits. Status changes ({@link #updateStatus}) rewrite doc
 * values only, never re-analyse text.
 *
 * <p>Thread-safe: searches run concurrently with each other and with changes. A search sees one
 * point-in-time snapshot throughout.
 */
public final class LuceneCapabilityIndex implements CapabilityIndex {
  static final double PRODUCT_WEIGHT = CapabilityScoring.PRODUCT_WEIGHT;
  static final double SCOPE_WEIGHT = CapabilityScoring.SCOPE_WEIGHT;
  static final double NAME_WEIGHT = CapabilityScoring.NAME_WEIGHT;
  static final double BEST_SCORE = CapabilityScoring.BEST_SCORE;
  /** Share of its similarity a product found through a synonym of the query contributes. */
  static final double SYNONYM_WEIGHT = CapabilityScoring.SYNONYM_WEIGHT;
  /** Share a product narrower than the query (per the taxonomy or vocabulary) contributes. */
  static final double NARROWER_WEIGHT = CapabilityScoring.NARROWER_WEIGHT;
  /** Share a product named by a vocabulary alias of the whole query contributes. */
  static final double ALIAS_WEIGHT = CapabilityScoring.ALIAS_WEIGHT;
  /** Share for a product found by replacing a known name inside a longer query by an alias. */
  static final double VARIANT_WEIGHT = CapabilityScoring.VARIANT_WEIGHT;
  /** Share a loose synonym (vocabulary {@code near}) contributes. */
  static final double NEAR_WEIGHT = CapabilityScoring.NEAR_WEIGHT;
  /** Share a broader product contributes. */
  static final double BROADER_WEIGHT = CapabilityScoring.BROADER_WEIGHT;

  private static final int BATCH = 512;
  /** How far below the best product similarity each search stage reaches (see topDocs). */
  private static final double[] STAGE_WIDTHS = {0.05, 0.35};

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ProductCatalogue catalogue;
  private final IndexOptions options;
  /**
   * Codes deleted since the last refresh (and not upserted again): searches still see them, so
   * {@link #updateStatus} must not take them for present. Small: deletes are rare.
   */
  private final Set<String> pendingDeletes = ConcurrentHashMap.newKeySet();

  /**
   * Documents per segment at most. Why: a status update is a doc-values update, and making it
   * visible rewrites that field for the whole segment holding the document. With segments of
   * 250,000 documents (what the default policy builds at 1M) an update took 2.5 times as long
   * to become visible as with segments of 65,536; searches visit more segments in exchange
   * (figures in benchmarks/RESULTS.md).
   */
  static final int MAX_SEGMENT_DOCS = 1 << 16;

  /**
   * Searchers without Lucene's query cache. Why: every search here is a fresh combination of
   * product clauses and filters, so caching rarely pays, while each lookup takes the JVM-wide
   * cache's lock in every segment; and that default cache is shared by all indexes in the JVM.
   * Measured at 1M (benchmarks, 2026-12-05): one demand 11% faster, the filtered top-20 query
   * 11% faster, a 20,000-demand batch on two threads 9% faster.
   */
  private static final class UncachedSearchers extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      return searcher;
    }
  }

  private static MergePolicy segmentsOfAtMost(int docs) {
    LogDocMergePolicy policy = new LogDocMergePolicy();
    policy.setMaxMergeDocs(docs);
    return policy;
  }

  private LuceneCapabilityIndex(Directory directory, IndexOptions options, Analyzer words)
      throws IOException {
    this.directory = directory;
    this.options = options;
    // Enterprise scoring is all constant-score clauses, so the default similarity never matters.
    IndexWriterConfig config =
        new IndexWriterConfig(TextAnalyzers.bigrams())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(options.ramBufferMb())
            .setMaxBufferedDocs(MAX_SEGMENT_DOCS)
            .setMergePolicy(segmentsOfAtMost(MAX_SEGMENT_DOCS))
            .setCommitOnClose(true);
    IndexWriter w = new IndexWriter(directory, config);
    ProductCatalogue c = null;
    try {
      // A new index gets an empty first commit, so that "open" always finds a valid index.
      if (!DirectoryReader.indexExists(directory)) {
        w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(w)) {
        c = ProductCatalogue.of(reader, EnterpriseDocuments.PRODUCT, words);
      }
      this.searchers = new SearcherManager(w, new UncachedSearchers());
    } catch (IOException | RuntimeException e) {
      try (ProductCatalogue closing = c) {
        w.rollback();
      }
      throw e;
    }
    this.writer = w;
    this.catalogue = c;
  }

  /** A new empty index held in memory; nothing survives {@link #close()}. */
  public static LuceneCapabilityIndex inMemory(IndexOptions options) throws IOException {
    checkNotNull(options, "options");
    return new LuceneCapabilityIndex(new ByteBuffersDirectory(), options, TextAnalyzers.words());
  }

  /**
   * Like {@link #inMemory(IndexOptions)}, with {@code words} segmenting the product word stream
   * instead of smartcn; for measuring other segmenters (see {@code index/EVALUATION.md}).
   */
  static LuceneCapabilityIndex inMemory(IndexOptions options, Analyzer words) throws IOException {
    checkNotNull(options, "options");
    checkNotNull(words, "words");
    return new LuceneCapabilityIndex(new ByteBuffersDirectory(), options, words);
  }

  /** An index over a directory the caller supplies (tests inject failing directories). */
  static LuceneCapabilityIndex over(Directory directory, IndexOptions options) throws IOException {
    return new LuceneCapabilityIndex(directory, options, TextAnalyzers.words());
  }

  /**
   * Opens the index in {@code dir} at its last commit, or creates an empty one if the directory
   * holds none. Only one open instance may use a directory at a time (Lucene's write lock).
   *
   * @throws org.apache.lucene.store.LockObtainFailedException if another writer holds the
   *     directory
   */
  public static LuceneCapabilityIndex open(Path dir, IndexOptions options) throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(options, "options");
    Directory directory = FSDirectory.open(dir);
    try {
      return new LuceneCapabilityIndex(directory, options, TextAnalyzers.words());
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Upserts many enterprises using {@link IndexOptions#indexingThreads()} threads (the caller's
   * thread is one of them). Like {@link #upsert}, visible after {@link #refresh()}, durable after
   * {@link #commit()}. If several enterprises have the same code, which one is kept is undefined.
   *
   * <p>Order: with one thread (the default) the enterprises are added in the order given, and
   * searches return equally relevant enterprises in that order (a later {@link #upsert} moves an
   * enterprise after them), so the same input gives the same results on every build. With more
   * threads, documents are numbered in the order the threads happen to flush, and a search cut
   * through equal scores keeps a different subset from one build to the next.
   */
  @Override
  public void addAll(Iterable<Enterprise> enterprises) throws IOException {
    checkNotNull(enterprises, "enterprises");
    int helpers = options.indexingThreads() - 1;
    Iterator<Enterprise> it = enterprises.iterator();
    if (helpers == 0) {
      while (it.hasNext()) {
        upsert(it.next());
      }
      return;
    }
    // A short queue and caller-runs keep memory bounded and make the caller the last indexer.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            helpers,
            helpers,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(helpers * 2),
            new ThreadFactoryBuilder().setNameFormat("capability-index-builder-%d").setDaemon(true).build(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    List<Future<?>> pending = new ArrayList<>();
    try {
      while (it.hasNext()) {
        List<Enterprise> batch = new ArrayList<>(BATCH);
        while (it.hasNext() && batch.size() < BATCH) {
          batch.add(it.next());
        }
        pending.add(pool.submit(() -> {
          for (Enterprise e : batch) {
            upsert(e);
          }
          return null;
        }));
        // Drop finished batches, rethrowing the first failure at once.
        for (Iterator<Future<?>> f = pending.iterator(); f.hasNext(); ) {
          Future<?> batchDone = f.next();
          if (batchDone.isDone()) {
            TaskResults.await(batchDone);
            f.remove();
          }
        }
      }
      for (Future<?> f : pending) {
        TaskResults.await(f);
      }
    } catch (RuntimeException e) {
      // When one thread's write failed, the writer closed itself and the others then fail with
      // AlreadyClosedException; whichever is seen first, the caller is owed the write failure.
      if (writer.getTragicException() instanceof IOException failed) {
        IOException reported = new IOException(failed.getMessage(), failed);
        reported.addSuppressed(e);
        throw reported;
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  @Override
  public void upsert(Enterprise enterprise) throws IOException {
    checkNotNull(enterprise, "enterprise");
    for (String product : enterprise.products()) {
      catalogue.add(ProductCatalogue.key(product));
    }
    writer.updateDocument(
        new Term(EnterpriseDocuments.USCC, enterprise.uscc().value()),
        EnterpriseDocuments.of(enterprise));
    pendingDeletes.remove(enterprise.uscc().value());
  }

  @Override
  public void delete(Uscc uscc) throws IOException {
    checkNotNull(uscc, "uscc");
    pendingDeletes.add(uscc.value());
    writer.deleteDocuments(new Term(EnterpriseDocuments.USCC, uscc.value()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>An enterprise upserted but not yet refreshed counts as present, and one deleted but not
   * yet refreshed counts as absent; either way, nothing becomes visible to searches before the
   * next {@link #refresh()}. Why it matters: a caller that batches changes and refreshes once
   * must not see half of the batch published by a status update in the middle.
   */
  @Override
  public void updateStatus(Uscc uscc, OperatingStatus status) throws IOException {
    checkNotNull(uscc, "uscc");
    checkNotNull(status, "status");
    Term id = new Term(EnterpriseDocuments.USCC, uscc.value());
    checkArgument(exists(id), "no enterprise %s in the index", uscc);
    writer.updateDocValues(id, EnterpriseDocuments.statusFields(status));
  }

  /** Whether the writer holds {@code id} now, refreshed or not. */
  private boolean exists(Term id) throws IOException {
    if (pendingDeletes.contains(id.text())) {
      return false;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      if (searcher.count(new TermQuery(id)) > 0) {
        return true;
      }
    } finally {
      searchers.release(searcher);
    }
    // Not visible yet: ask a private near-real-time reader, which publishes nothing to searches.
    try (DirectoryReader latest = DirectoryReader.open(writer)) {
      return new IndexSearcher(latest).count(new TermQuery(id)) > 0;
    }
  }

  @Override
  public void refresh() throws IOException {
    // Catalogue first, so no enterprise becomes visible before the names it holds.
    catalogue.refresh();
    Set<String> deleted = Set.copyOf(pendingDeletes);
    searchers.maybeRefreshBlocking();
    pendingDeletes.removeAll(deleted);
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
    refresh();
  }

  @Override
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new FieldExistsQuery(EnterpriseDocuments.USCC_DV));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Enterprise documents in the index including deleted ones not yet merged away. */
  int maxDoc() {
    return writer.getDocStats().maxDoc;
  }

  /** Commits pending changes and releases the index; the instance is unusable afterwards. */
  @Override
  public void close() throws IOException {
    try (Directory d = directory;
        IndexWriter w = writer;
        ProductCatalogue c = catalogue;
        SearcherManager s = searchers) {
      // try-with-resources closes in reverse order: searchers, catalogue, writer (commits),
      // directory.
    }
  }

  @Override
  public List<Candidate> search(CapabilityQuery query) throws IOException {
    checkNotNull(query, "query");
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, Double> products = products(query.text());
      List<String> bigrams = catalogue.bigramTokens(query.text());
      TopDocs top = topDocs(searcher, products, bigrams, query);
      List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      TermPresence presence = query.explain()
          ? TermPresence.of(leaves, top.scoreDocs, products.keySet(), bigrams)
          : null;
      for (ScoreDoc hit : top.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        int doc = hit.doc - leaf.docBase;
        List<TermMatch> matches =
            query.explain() ? explain(presence, hit.doc, products, bigrams) : List.of();
        out.add(new Candidate(
            uscc(leaf.reader(), doc),
            Math.min(1.0, hit.score / BEST_SCORE),
            status(leaf.reader(), doc),
            matches));
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The best {@code topK} documents, found in stages. When the query names a product exactly, its
   * holders usually fill the top; but merging the postings of all related names (熔喷布设备,
   * 熔喷布生产线, ...) until scores rise high enough to skip them costs milliseconds at city scale.
   * So first only the best-matching names are searched; if the k-th score found already beats
   * anything the remaining names could give (their best similarity plus full scope and name
   * evidence), that is the exact answer. Otherwise the next stage widens, and the last one runs
   * the whole query.
   */
  private static TopDocs topDocs(
      IndexSearcher searcher,
      Map<String, Double> products,
      List<String> bigrams,
      CapabilityQuery query) throws IOException {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(products.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    for (double width : STAGE_WIDTHS) {
      if (ranked.isEmpty()) {
        break;
      }
      double floor = ranked.get(0).getValue() - width;
      int cut = 0;
      while (cut < ranked.size() && ranked.get(cut).getValue() >= floor) {
        cut++;
      }
      if (cut == ranked.size()) {
        break;
      }
      Map<String, Double> tier = new HashMap<>();
      ranked.subList(0, cut).forEach(e -> tier.put(e.getKey(), e.getValue()));
      BooleanQuery.Builder staged = new BooleanQuery.Builder()
          .add(productQuery(tier), Occur.MUST);
      addEvidence(staged, bigrams);
      TopDocs top = search(searcher, staged.build(), query);
      double outside = PRODUCT_WEIGHT * ranked.get(cut).getValue() + SCOPE_WEIGHT + NAME_WEIGHT;
      // Strictly above, with float slack: a tie could be broken differently by the full query.
      if (top.scoreDocs.length == query.topK()
          && top.scoreDocs[query.topK() - 1].score > outside + 1e-4) {
        return top;
      }
    }
    Query text = textQuery(products, bigrams);
    return text == null ? new TopDocs(null, new ScoreDoc[0]) : search(searcher, text, query);
  }

  private static TopDocs search(IndexSearcher searcher, Query text, CapabilityQuery query)
      throws IOException {
    BooleanQuery.Builder full = new BooleanQuery.Builder().add(text, Occur.MUST);
    CandidateFilters.addTo(full, query.filter());
    // Total hit counts are not needed, so scoring may skip non-competitive documents as soon as
    // topK are collected (the default counts the first 1000 hits exactly).
    return searcher.search(
        full.build(), new TopScoreDocCollectorManager(query.topK(), null, query.topK()));
  }

  /**
   * Product names the query means, with the weight each contributes as product evidence, less the
   * names no enterprise holds. The vocabulary and the taxonomy name related products whether or
   * not this city makes them; each such name would cost a term lookup in every segment and match
   * nothing, so dropping it changes no score and no staged-search bound that a held name could
   * reach.
   */
  private Map<String, Double> products(String text) throws IOException {
    Map<String, Double> products =
        CapabilityScoring.products(text, options, t -> catalogue.match(t, options.analysis()));
    Map<String, Double> held = new HashMap<>(products.size());
    products.forEach((name, weight) -> {
      if (catalogue.knows(name)) {
        held.put(name, weight);
      }
    });
    return held;
  }

  /** The text part: any product, scope or name evidence; null when the query has none. */
  private static Query textQuery(Map<String, Double> products, List<String> bigrams) {
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    if (!products.isEmpty()) {
      text.add(productQuery(products), Occur.SHOULD);
    }
    addEvidence(text, bigrams);
    BooleanQuery built = text.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** The best similarity among the products a document holds. */
  private static Query productQuery(Map<String, Double> products) {
    List<Query> alternatives = new ArrayList<>(products.size());
    products.forEach((p, weight) -> alternatives.add(constant(
        EnterpriseDocuments.PRODUCT, p, PRODUCT_WEIGHT * weight)));
    // Max, not sum: five weak product names must not beat one exact one.
    return new DisjunctionMaxQuery(alternatives, 0f);
  }

  private static void addEvidence(BooleanQuery.Builder query, List<String> bigrams) {
    if (!bigrams.isEmpty()) {
      query.add(coverage(EnterpriseDocuments.SCOPE, bigrams, SCOPE_WEIGHT), Occur.SHOULD);
      query.add(coverage(EnterpriseDocuments.NAME, bigrams, NAME_WEIGHT), Occur.SHOULD);
    }
  }

  /**
   * {@code weight} times the share of the query's bigrams the field holds, counted only when it
   * holds at least half of them: below that, a long scope matches by accident, and requiring
   * half keeps a common bigram (设备, 生产) from dragging most of the index into the query.
   */
  private static Query coverage(String field, List<String> bigrams, double weight) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String b : bigrams) {
      any.add(constant(field, b, weight / bigrams.size()), Occur.SHOULD);
    }
    return any.setMinimumNumberShouldMatch(minimumCoverage(bigrams.size())).build();
  }

  static int minimumCoverage(int bigrams) {
    return CapabilityScoring.minimumCoverage(bigrams);
  }

  private static Query constant(String field, String term, double weight) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), (float) weight);
  }

  /** What the query matched in this document, strongest first; weights sum to its relevance. */
  private static List<TermMatch> explain(
      TermPresence presence, int doc, Map<String, Double> products, List<String> bigrams) {
    List<TermMatch> out = new ArrayList<>();
    products.entrySet().stream()
        .filter(p -> presence.has(EnterpriseDocuments.PRODUCT, p.getKey(), doc))
        .max(Map.Entry.comparingByValue())
        .ifPresent(p -> out.add(new TermMatch(
            EnterpriseDocuments.PRODUCT, p.getKey(), PRODUCT_WEIGHT * p.getValue() / BEST_SCORE)));
    for (String field : List.of(EnterpriseDocuments.SCOPE, EnterpriseDocuments.NAME)) {
      List<String> held = bigrams.stream().filter(b -> presence.has(field, b, doc)).toList();
      if (!held.isEmpty() && held.size() >= minimumCoverage(bigrams.size())) {
        double weight = field.equals(EnterpriseDocuments.SCOPE) ? SCOPE_WEIGHT : NAME_WEIGHT;
        for (String b : held) {
          out.add(new TermMatch(field, b, weight / bigrams.size() / BEST_SCORE));
        }
      }
    }
    out.sort(Comparator.comparingDouble(TermMatch::weight).reversed());
    return out;
  }

  /**
   * Which of the hits hold which of the query's terms, for explanations: each term is looked up
   * once per segment and its postings walked over the segment's hits in doc order, rather than
   * looked up again for every hit (twenty hits and fifty related product names were a thousand
   * term-dictionary seeks).
   */
  private static final class TermPresence {
    /** field, NUL, term, NUL, top-level doc id of every (hit, term) held. */
    private final Set<String> held;

    private TermPresence(Set<String> held) {
      this.held = held;
    }

    static TermPresence of(
        List<LeafReaderContext> leaves, ScoreDoc[] hits, Set<String> products, List<String> bigrams)
        throws IOException {
      Map<Integer, List<Integer>> byLeaf = new HashMap<>();
      for (ScoreDoc hit : hits) {
        byLeaf.computeIfAbsent(ReaderUtil.subIndex(hit.doc, leaves), l -> new ArrayList<>()).add(hit.doc);
      }
      Set<String> held = new HashSet<>();
      for (Map.Entry<Integer, List<Integer>> entry : byLeaf.entrySet()) {
        LeafReaderContext leaf = leaves.get(entry.getKey());
        List<Integer> docs = entry.getValue();
        docs.sort(Comparator.naturalOrder());
        collect(leaf, EnterpriseDocuments.PRODUCT, products, docs, held);
        collect(leaf, EnterpriseDocuments.SCOPE, bigrams, docs, held);
        collect(leaf, EnterpriseDocuments.NAME, bigrams, docs, held);
      }
      return new TermPresence(held);
    }

    private static void collect(
        LeafReaderContext leaf, String field, Iterable<String> terms, List<Integer> docs, Set<String> held)
        throws IOException {
      Terms all = leaf.reader().terms(field);
      if (all == null) {
        return;
      }
      TermsEnum it = all.iterator();
      for (String term : terms) {
        if (!it.seekExact(new BytesRef(term))) {
          continue;
        }
        PostingsEnum postings = it.postings(null, PostingsEnum.NONE);
        for (int doc : docs) {
          int local = doc - leaf.docBase;
          if (postings.docID() < local) {
            postings.advance(local);
          }
          if (postings.docID() == local) {
            held.add(field + '\0' + term + '\0' + doc);
          }
        }
      }
    }

    boolean has(String field, String term, int doc) {
      return held.contains(field + '\0' + term + '\0' + doc);
    }
  }

  private static Uscc uscc(LeafReader reader, int doc) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(EnterpriseDocuments.USCC_DV);
    if (values == null || !values.advanceExact(doc)) {
      throw new IllegalStateException("enterprise document " + doc + " has no code");
    }
    // Indexed codes were valid Usccs; an irregular one parses back as irregular.
    return Uscc.parse(values.binaryValue().utf8ToString(), UsccPolicy.ACCEPT_IRREGULAR_CHECK);
  }

  private static OperatingStatus status(LeafReader reader, int doc) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(EnterpriseDocuments.STATUS);
    if (values == null || !values.advanceExact(doc)) {
      return OperatingStatus.unknown();
    }
    return EnterpriseDocuments.decode(values.binaryValue());
  }

  /** The filter clauses of a query. */
  static final class CandidateFilters {
    private CandidateFilters() {}

    static void addTo(BooleanQuery.Builder query, CandidateFilter filter) {
      filter.area().ifPresent(area -> {
        Query in = new TermQuery(new Term(EnterpriseDocuments.REGION, area.code()));
        switch (filter.scope()) {
          case INSIDE -> query.add(in, Occur.FILTER);
          case OUTSIDE -> query.add(in, Occur.MUST_NOT);
          case ANYWHERE -> { }
        }
      });
      if (!filter.states().equals(EnumSet.allOf(OperatingState.class))) {
        long[] ordinals = filter.states().stream().mapToLong(Enum::ordinal).toArray();
        query.add(NumericDocValuesField.newSlowSetQuery(EnterpriseDocuments.STATE, ordinals), Occur.FILTER);
      }
      if (filter.minCapacity() > 0) {
        query.add(
            NumericDocValuesField.newSlowRangeQuery(
                EnterpriseDocuments.CAPACITY, filter.minCapacity(), Long.MAX_VALUE),
            Occur.FILTER);
      }
      filter.industryPrefix().ifPresent(code -> query.add(
          new TermQuery(new Term(EnterpriseDocuments.INDUSTRY, code.code())), Occur.FILTER));
      if (!filter.excluded().isEmpty()) {
        List<BytesRef> codes = filter.excluded().stream().map(u -> new BytesRef(u.value())).toList();
        query.add(new TermInSetQuery(EnterpriseDocuments.USCC, codes), Occur.MUST_NOT);
      }
    }
  }
}
