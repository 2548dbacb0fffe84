package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Product-name synonyms in Solr format ({@code 口罩, 面罩} for equivalents, {@code 胶鞋 => 橡胶鞋}
 * for one-way rewrites), applied at query time only so that a changed file needs no re-indexing.
 *
 * <p>Entries are whole product names, compared after width folding and lower-casing: a synonym
 * replaces the whole query text, not a word inside it. Each variant is searched like the original
 * and scored slightly lower (see {@link LuceneCapabilityIndex}). Immutable and thread-safe.
 */
public final class ProductSynonyms {
  private final Analyzer expander;

  private ProductSynonyms(SynonymMap map) {
    this.expander = TextAnalyzers.widthFolded(
        KeywordTokenizer::new, s -> new SynonymGraphFilter(new LowerCaseFilter(s), map, true));
  }

  /** Reads a UTF-8 Solr synonyms file. */
  public static ProductSynonyms load(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in);
    }
  }

  /**
   * Parses Solr-format rules.
   *
   * @throws IllegalArgumentException naming the problem if the rules are malformed
   */
  public static ProductSynonyms parse(Reader rules) throws IOException {
    checkNotNull(rules, "rules");
    Analyzer normalizer = TextAnalyzers.widthFolded(KeywordTokenizer::new, LowerCaseFilter::new);
    SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizer);
    try {
      parser.parse(rules);
      return new ProductSynonyms(parser.build());
    } catch (ParseException e) {
      throw new IllegalArgumentException("Invalid synonym rules: " + e.getMessage(), e);
    }
  }

  /** The texts the query may also mean, excluding the query itself; empty when none. */
  List<String> variants(String query) {
    Set<String> out = new LinkedHashSet<>(TextAnalyzers.terms(expander, query));
    out.remove(ProductCatalogue.key(query));
    return ImmutableList.copyOf(out);
  }
}
