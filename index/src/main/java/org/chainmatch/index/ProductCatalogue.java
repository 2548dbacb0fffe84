package org.chainmatch.index;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The distinct product names of all enterprises, each analysed once.
 *
 * <p>Many enterprises share product names, so each name is indexed once as a small "product"
 * document (its three token streams) and enterprise documents carry only the name as a keyword
 * term. A query first scores product names ({@link #match}), then finds the enterprises holding
 * the best ones by exact term. This keeps slow word segmentation off the bulk indexing path and
 * makes the per-query text scoring run over thousands of names instead of a million enterprises.
 *
 * <p>The catalogue is a small in-memory Lucene index derived from the enterprise index: it is
 * rebuilt on open from the enterprise index's product terms, so it can never disagree with what
 * was committed, and needs no durability of its own. Keeping it out of the enterprise index also
 * keeps that index's doc values dense. Names are never removed while open: a name nobody holds
 * any more simply finds no enterprise. Thread-safe; {@link #close()} once searches have ended.
 */
final class ProductCatalogue implements Closeable {
  /** Most product names a query is turned into. */
  static final int MAX_PRODUCTS = 32;
  /** Product names scoring below this are not evidence of capability. */
  static final double MIN_SIMILARITY = 0.2;
  /** Most query texts whose matches are remembered. */
  static final int MATCH_CACHE_SIZE = 10_000;

  static final String NAME_DV = "pname";
  static final String WORDS = "pw";
  static final String BIGRAMS = "pb";
  static final String UNIGRAMS = "pu";

  private static final FieldType SET_OF_TOKENS = tokenSetType();

  private final Analyzer words;
  private final Analyzer bigrams = TextAnalyzers.bigrams();
  private final Analyzer unigrams = TextAnalyzers.unigrams();
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  // Demands repeat product names, and the catalogue rarely changes once built, so matches are
  // cached. The generation in the key retires every entry when new names become searchable.
  private final Cache<MatchKey, Map<String, Double>> matches =
      CacheBuilder.newBuilder().maximumSize(MATCH_CACHE_SIZE).build();
  private final AtomicLong generation = new AtomicLong();
  private volatile int searchableNames;

  private record MatchKey(String text, ProductAnalysis analysis, long generation) {}

  private ProductCatalogue(Analyzer words) throws IOException {
    this.words = words;
    TokenSetSimilarity similarity = new TokenSetSimilarity();
    Analyzer perField =
        new PerFieldAnalyzerWrapper(bigrams, Map.of(WORDS, words, UNIGRAMS, unigrams));
    writer = new IndexWriter(
        new ByteBuffersDirectory(),
        new IndexWriterConfig(perField).setSimilarity(similarity).setCommitOnClose(false));
    searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
      }
    });
  }

  /**
   * A catalogue of the names held in {@code field} of {@code reader}'s documents, searchable at
   * once.
   */
  static ProductCatalogue of(IndexReader reader, String field) throws IOException {
    return of(reader, field, TextAnalyzers.words());
  }

  /**
   * Like {@link #of(IndexReader, String)}, with {@code words} segmenting the word stream instead
   * of smartcn. Lets other segmenters (ICU) be measured without being dependencies of the index.
   */
  static ProductCatalogue of(IndexReader reader, String field, Analyzer words) throws IOException {
    ProductCatalogue catalogue = new ProductCatalogue(words);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms != null) {
          TermsEnum it = terms.iterator();
          for (BytesRef t = it.next(); t != null; t = it.next()) {
            catalogue.add(t.utf8ToString());
          }
        }
      }
      catalogue.refresh();
      return catalogue;
    } catch (IOException | RuntimeException e) {
      catalogue.close();
      throw e;
    }
  }

  /**
   * The form product names are compared in: NFKC (full-width to half-width), lower case, inner
   * white space collapsed to one space, trimmed.
   */
  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Adds a product name (a {@link #key}) unless it is known already. */
  void add(String key) throws IOException {
    if (!known.add(key)) {
      return;
    }
    Document doc = new Document();
    doc.add(new BinaryDocValuesField(NAME_DV, new BytesRef(key)));
    doc.add(new Field(WORDS, key, SET_OF_TOKENS));
    doc.add(new Field(BIGRAMS, key, SET_OF_TOKENS));
    doc.add(new Field(UNIGRAMS, key, SET_OF_TOKENS));
    try {
      writer.addDocument(doc);
    } catch (IOException | RuntimeException e) {
      known.remove(key);
      throw e;
    }
  }

  /**
   * Whether {@code key} was ever added. Names are added before any document holding them is
   * written and never removed while open, so a name this denies is held by no enterprise document
   * any searcher can see.
   */
  boolean knows(String key) {
    return known.contains(key);
  }

  /** Makes names added so far searchable. */
  void refresh() throws IOException {
    int names = known.size();
    searchers.maybeRefreshBlocking();
    if (names != searchableNames) {
      searchableNames = names;
      generation.incrementAndGet();
      matches.invalidateAll();
    }
  }

  @Override
  public void close() throws IOException {
    try (IndexWriter w = writer; SearcherManager s = searchers) {
      // closes both, searchers first
    }
  }

  /** The distinct bigram tokens of {@code text}, as used for scope and name evidence. */
  List<String> bigramTokens(String text) {
    return List.copyOf(tokens(bigrams, text));
  }

  /**
   * Product names similar to {@code text} with their similarity in [0, 1] (1 for the same token
   * sets), at most {@link #MAX_PRODUCTS}, none below {@link #MIN_SIMILARITY}.
   */
  Map<String, Double> match(String text, ProductAnalysis analysis) throws IOException {
    try {
      return matches.get(
          new MatchKey(text, analysis, generation.get()), () -> search(text, analysis));
    } catch (ExecutionException e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    } catch (UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  private Map<String, Double> search(String text, ProductAnalysis analysis) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (CapabilityScoring.NameClause c : CapabilityScoring.nameClauses(text, analysis, words)) {
      String field = switch (c.stream()) {
        case WORDS -> WORDS;
        case BIGRAMS -> BIGRAMS;
        case UNIGRAMS -> UNIGRAMS;
      };
      query.add(new BoostQuery(new TermQuery(new Term(field, c.term())), c.boost()), Occur.SHOULD);
    }
    BooleanQuery built = query.build();
    Map<String, Double> out = new HashMap<>();
    if (built.clauses().isEmpty()) {
      return Map.of();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      collect(searcher,
          searcher.search(built, new TopScoreDocCollectorManager(MAX_PRODUCTS, null, MAX_PRODUCTS)),
          out);
    } finally {
      searchers.release(searcher);
    }
    return Map.copyOf(out);
  }

  private static void collect(IndexSearcher searcher, TopDocs top, Map<String, Double> out)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc hit : top.scoreDocs) {
      if (hit.score < MIN_SIMILARITY) {
        break;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      BinaryDocValues names = leaf.reader().getBinaryDocValues(NAME_DV);
      if (names != null && names.advanceExact(hit.doc - leaf.docBase)) {
        // Float sums can exceed 1 by an ulp; the contract is [0, 1].
        out.put(names.binaryValue().utf8ToString(), Math.min(1.0, hit.score));
      }
    }
  }

  private static Set<String> tokens(Analyzer analyzer, String text) {
    return new LinkedHashSet<>(TextAnalyzers.terms(analyzer, text));
  }

  private static FieldType tokenSetType() {
    FieldType type = new FieldType();
    // Norms keep the name's length for TokenSetSimilarity; frequencies and positions are unused.
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(false);
    type.freeze();
    return type;
  }
}
