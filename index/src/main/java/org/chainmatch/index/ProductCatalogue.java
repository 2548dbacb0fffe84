package org.chainmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
 * <p>Product documents live in the same Lucene index as enterprises, so a commit covers both and a
 * crash cannot separate them. They are never deleted: a name nobody holds any more simply finds
 * no enterprise. Thread-safe.
 */
final class ProductCatalogue {
  /** Most product names a query is turned into. */
  static final int MAX_PRODUCTS = 64;
  /** Product names scoring below this are not evidence of capability. */
  static final double MIN_SIMILARITY = 0.2;

  static final String KEY = "pkey";
  static final String NAME_DV = "pname";
  static final String WORDS = "pw";
  static final String BIGRAMS = "pb";
  static final String UNIGRAMS = "pu";

  private static final FieldType SET_OF_TOKENS = tokenSetType();

  private final Analyzer words = TextAnalyzers.words();
  private final Analyzer bigrams = TextAnalyzers.bigrams();
  private final Analyzer unigrams = TextAnalyzers.unigrams();
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  private ProductCatalogue() {}

  /** A catalogue knowing the product names already in {@code reader}. */
  static ProductCatalogue of(DirectoryReader reader) throws IOException {
    ProductCatalogue catalogue = new ProductCatalogue();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(KEY);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          catalogue.known.add(t.utf8ToString());
        }
      }
    }
    return catalogue;
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

  /**
   * The product document for {@code key} if no thread has claimed it yet, else null; claiming
   * makes the caller responsible for adding it.
   */
  Document claim(String key) {
    if (!known.add(key)) {
      return null;
    }
    Document doc = new Document();
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new BinaryDocValuesField(NAME_DV, new BytesRef(key)));
    doc.add(new Field(WORDS, key, SET_OF_TOKENS));
    doc.add(new Field(BIGRAMS, key, SET_OF_TOKENS));
    doc.add(new Field(UNIGRAMS, key, SET_OF_TOKENS));
    return doc;
  }

  /** Forgets a claim whose document could not be added, so a later upsert adds it again. */
  void release(String key) {
    known.remove(key);
  }

  /** The distinct bigram tokens of {@code text}, as used for scope and name evidence. */
  List<String> bigramTokens(String text) {
    return List.copyOf(tokens(bigrams, text));
  }

  /**
   * Product names similar to {@code text} with their similarity in [0, 1] (1 for the same token
   * sets), best first, at most {@link #MAX_PRODUCTS}, none below {@link #MIN_SIMILARITY}.
   */
  Map<String, Double> match(IndexSearcher searcher, String text, ProductAnalysis analysis)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    addStream(query, WORDS, words, text, analysis.words());
    addStream(query, BIGRAMS, bigrams, text, analysis.bigrams());
    addStream(query, UNIGRAMS, unigrams, text, analysis.unigrams());
    BooleanQuery built = query.build();
    Map<String, Double> out = new HashMap<>();
    if (built.clauses().isEmpty()) {
      return out;
    }
    TopDocs top = searcher.search(built, MAX_PRODUCTS);
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
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
    return out;
  }

  private static void addStream(
      BooleanQuery.Builder query, String field, Analyzer analyzer, String text, double weight) {
    if (weight == 0) {
      return;
    }
    Set<String> tokens = tokens(analyzer, text);
    float boost = (float) (weight / Math.sqrt(tokens.size()));
    for (String t : tokens) {
      query.add(new BoostQuery(new TermQuery(new Term(field, t)), boost), Occur.SHOULD);
    }
  }

  private static Set<String> tokens(Analyzer analyzer, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out;
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
