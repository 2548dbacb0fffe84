package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * How a capability query is scored, shared by every {@link CapabilityIndex} backend so that they
 * rank alike: the weights of {@link LuceneCapabilityIndex}'s score (its class documentation
 * explains them), how query text becomes weighted product names, and which terms a product-name
 * search and the scope and name evidence use. Applications need not use this class. Stateless.
 */
public final class CapabilityScoring {
  /** Weight of the best product similarity. */
  public static final double PRODUCT_WEIGHT = 1.0;
  /** Weight of the business-scope evidence. */
  public static final double SCOPE_WEIGHT = 0.1;
  /** Weight of the registered-name evidence. */
  public static final double NAME_WEIGHT = 0.05;
  /** The best achievable score; relevance is the score divided by it. */
  public static final double BEST_SCORE = PRODUCT_WEIGHT + SCOPE_WEIGHT + NAME_WEIGHT;
  /** Share of its similarity a product found through a synonym of the query contributes. */
  public static final double SYNONYM_WEIGHT = 0.9;
  /** Share a product narrower than the query (per the taxonomy) contributes. */
  public static final double NARROWER_WEIGHT = 0.7;
  /**
   * Share of its similarity a product found through a vocabulary alias of the whole query
   * contributes: all of it, an alias is as good as the name (readiness and distance then decide).
   */
  public static final double ALIAS_WEIGHT = 1.0;
  /** Share for a product found by replacing a known name inside a longer query by an alias. */
  public static final double VARIANT_WEIGHT = 0.95;
  /** Share a loose synonym (vocabulary {@code near}) contributes, below a narrower product. */
  public static final double NEAR_WEIGHT = 0.6;
  /** Share a broader product contributes: its maker may make the asked kind, or may not. */
  public static final double BROADER_WEIGHT = 0.5;
  /** Most rewritten variants of a longer query. */
  private static final int MAX_VARIANTS = 8;
  /** Most product names a query text is turned into. */
  public static final int MAX_PRODUCTS = ProductCatalogue.MAX_PRODUCTS;
  /** Product names scoring below this similarity are not evidence of capability. */
  public static final double MIN_SIMILARITY = ProductCatalogue.MIN_SIMILARITY;

  /** The product-name token streams, each a field of a product-name document. */
  public enum Stream {
    /** {@link AnalysisChains#words()}. */
    WORDS,
    /** {@link AnalysisChains#bigrams()}. */
    BIGRAMS,
    /** {@link AnalysisChains#unigrams()}. */
    UNIGRAMS
  }

  /**
   * One clause of a product-name search: documents whose {@code stream} holds {@code term} score
   * {@code boost} divided by the square root of the name's term count (see {@link
   * AnalysisChains#tokenSetSimilarity()}).
   */
  public record NameClause(Stream stream, String term, float boost) {}

  /** Finds product names similar to a text: name to similarity in [0, 1]. */
  @FunctionalInterface
  public interface NameMatcher {
    /** At most {@link #MAX_PRODUCTS} names, none below {@link #MIN_SIMILARITY}. */
    Map<String, Double> match(String text) throws IOException;
  }

  // Analyzers are thread-safe and reuse per-thread components, so one of each serves all calls.
  private static final Analyzer WORDS = TextAnalyzers.words();
  private static final Analyzer BIGRAMS = TextAnalyzers.bigrams();
  private static final Analyzer UNIGRAMS = TextAnalyzers.unigrams();

  private CapabilityScoring() {}

  /**
   * The form product names are compared and stored in: NFKC (full-width to half-width), lower
   * case, inner white space collapsed to one space, trimmed.
   */
  public static String productKey(String name) {
    checkNotNull(name, "name");
    return ProductCatalogue.key(name);
  }

  /**
   * The clauses of a product-name search for {@code text} under {@code analysis}, whose summed
   * score is the weighted token-set cosine; empty when the text has no tokens. Clause order is
   * stable, so that float sums round alike on every backend.
   */
  public static List<NameClause> nameClauses(String text, ProductAnalysis analysis) {
    checkNotNull(text, "text");
    checkNotNull(analysis, "analysis");
    return nameClauses(text, analysis, WORDS);
  }

  /** Like {@link #nameClauses(String, ProductAnalysis)} with {@code words} as the word stream. */
  static List<NameClause> nameClauses(String text, ProductAnalysis analysis, Analyzer words) {
    List<NameClause> out = new ArrayList<>();
    addStream(out, Stream.WORDS, words, text, analysis.words());
    addStream(out, Stream.BIGRAMS, BIGRAMS, text, analysis.bigrams());
    addStream(out, Stream.UNIGRAMS, UNIGRAMS, text, analysis.unigrams());
    return out;
  }

  private static void addStream(
      List<NameClause> out, Stream stream, Analyzer analyzer, String text, double weight) {
    if (weight == 0) {
      return;
    }
    Set<String> tokens = new LinkedHashSet<>(TextAnalyzers.terms(analyzer, text));
    float boost = (float) (weight / Math.sqrt(tokens.size()));
    for (String t : tokens) {
      out.add(new NameClause(stream, t, boost));
    }
  }

  /**
   * Product names the query text means, with the weight each contributes as product evidence:
   * the names similar to the text, to its synonyms (times {@link #SYNONYM_WEIGHT}), the names
   * the taxonomy puts under it ({@link #NARROWER_WEIGHT}) and what the product vocabulary says
   * the text means, per {@code options}.
   */
  public static Map<String, Double> products(String text, IndexOptions options, NameMatcher names)
      throws IOException {
    checkNotNull(text, "text");
    checkNotNull(options, "options");
    checkNotNull(names, "names");
    Map<String, Double> out = new HashMap<>(names.match(text));
    if (options.synonyms().isPresent()) {
      for (String variant : options.synonyms().get().variants(text)) {
        names.match(variant).forEach((p, sim) -> out.merge(p, SYNONYM_WEIGHT * sim, Math::max));
      }
    }
    if (options.taxonomy().isPresent()) {
      for (String narrower : options.taxonomy().get().narrowerThan(text)) {
        // Only the narrower name itself: its own fuzzy neighbours would drift too far.
        out.merge(narrower, NARROWER_WEIGHT, Math::max);
      }
    }
    ProductVocabulary vocabulary = options.vocabulary();
    if (vocabulary.size() > 0) {
      expand(vocabulary, ProductCatalogue.key(text), options, names, out);
    }
    return out;
  }

  /**
   * Adds what the vocabulary says {@code key} means: products named by an alias as if named by the
   * query, narrower, loosely synonymous and broader products at decreasing weights (their names
   * only: fuzzy neighbours of a related name drift too far), and, for a longer text, the text with
   * a known name in it replaced by each alias (PVC粒子 → 聚氯乙烯粒子). Then drops the products the
   * vocabulary says only look like the query's (氨纶 for 氨).
   */
  private static void expand(
      ProductVocabulary vocabulary, String key, IndexOptions options, NameMatcher names,
      Map<String, Double> out) throws IOException {
    if (vocabulary.knows(key)) {
      for (String alias : vocabulary.aliases(key)) {
        addNaming(alias, alias, ALIAS_WEIGHT, names, out);
      }
      for (String narrower : vocabulary.narrower(key)) {
        out.merge(narrower, NARROWER_WEIGHT, Math::max);
      }
      for (String near : vocabulary.near(key)) {
        out.merge(near, NEAR_WEIGHT, Math::max);
      }
      for (String broader : vocabulary.broader(key)) {
        out.merge(broader, BROADER_WEIGHT, Math::max);
      }
    } else {
      int variants = 0;
      for (ProductVocabulary.Found found : vocabulary.find(key)) {
        // A single character is too ambiguous to rewrite inside a longer name.
        if (found.end() - found.start() < 2) {
          continue;
        }
        for (String alias : vocabulary.aliases(found.name())) {
          if (variants++ == MAX_VARIANTS) {
            break;
          }
          String variant = key.substring(0, found.start()) + alias + key.substring(found.end());
          addNaming(variant, alias, VARIANT_WEIGHT, names, out);
        }
      }
    }
    ProductVocabulary.LookAlikes lookAlikes = vocabulary.lookAlikes(key);
    if (!lookAlikes.isEmpty()) {
      out.keySet().removeIf(lookAlikes::rejects);
    }
  }

  /**
   * Adds the products similar to {@code text} that name {@code alias} (as a whole letter-digit
   * run), at {@code weight} times their similarity. Other neighbours of an alias are left out: they
   * resemble the alias, not what the buyer wrote (N95 means N95口罩, not KN95口罩, its neighbour).
   */
  private static void addNaming(
      String text, String alias, double weight, NameMatcher names, Map<String, Double> out)
      throws IOException {
    names.match(text).forEach((p, sim) -> {
      if (ProductVocabulary.holds(p, alias)) {
        out.merge(p, weight * sim, Math::max);
      }
    });
  }


  /** The distinct bigram tokens of {@code text}, in order, as used for scope and name evidence. */
  public static List<String> evidenceBigrams(String text) {
    checkNotNull(text, "text");
    return List.copyOf(new LinkedHashSet<>(TextAnalyzers.terms(BIGRAMS, text)));
  }

  /**
   * How many of a query's {@code bigrams} a scope or name must hold to count as evidence: at
   * least half, so a long scope does not match by accident.
   */
  public static int minimumCoverage(int bigrams) {
    return (bigrams + 1) / 2;
  }
}
