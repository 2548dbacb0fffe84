package org.chainmatch.benchmarks.alternatives;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;

/**
 * What a developer reaching for a search library would build: Lucene out of the box, with {@link
 * StandardAnalyzer} (which cuts Chinese into single characters) and the default BM25 similarity,
 * over a {@code products} and a {@code scope} field of equal weight. The query is the user's text
 * analysed the same way, any term may match (OR).
 *
 * <p>Held in memory. Thread-safe for searching; close it.
 */
final class PlainLuceneSearch implements SupplierSearch {
  private static final String PRODUCTS = "products";
  private static final String SCOPE = "scope";
  private static final String POSITION = "pos";

  private final Uscc[] codes;
  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries;

  private PlainLuceneSearch(Uscc[] codes, Analyzer analyzer, ByteBuffersDirectory directory)
      throws IOException {
    this.codes = codes;
    this.analyzer = analyzer;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.queries = new QueryBuilder(analyzer);
  }

  /** Indexes {@code enterprises} in memory. */
  static PlainLuceneSearch over(List<Enterprise> enterprises) throws IOException {
    Analyzer analyzer = new StandardAnalyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Uscc[] codes = new Uscc[enterprises.size()];
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < codes.length; i++) {
        Enterprise e = enterprises.get(i);
        codes[i] = e.uscc();
        Document doc = new Document();
        // Lucene may renumber documents when it merges segments, so each carries its position.
        doc.add(new StoredField(POSITION, i));
        doc.add(new TextField(PRODUCTS, String.join("；", e.products()), Field.Store.NO));
        doc.add(new TextField(SCOPE, e.scope(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return new PlainLuceneSearch(codes, analyzer, directory);
  }

  @Override
  public List<Uscc> top(Demand demand, int k) throws IOException {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    String productText = demand.product();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String field : List.of(PRODUCTS, SCOPE)) {
      Query perField = queries.createBooleanQuery(field, productText);
      if (perField != null) {
        query.add(perField, Occur.SHOULD);
      }
    }
    ScoreDoc[] hits = searcher.search(query.build(), k).scoreDocs;
    List<Uscc> found = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      Document doc = searcher.storedFields().document(hit.doc);
      found.add(codes[doc.getField(POSITION).numericValue().intValue()]);
    }
    return found;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
