package org.chainmatch.opensearch.plugin;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.chainmatch.index.AnalysisChains;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexModule;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The OpenSearch plugin that makes a cluster analyse text exactly as chainmatch's embedded index
 * does: it registers the library's own analysis chains ({@link AnalysisChains}), not copies, so
 * server-side tokens equal the library's.
 *
 * <ul>
 *   <li>analyzers {@value #WORDS} (smartcn words, letter-digit runs rejoined), {@value #BIGRAMS}
 *       (CJK bigrams) and {@value #UNIGRAMS} (single ideographs), each folding full-width to
 *       half-width and lower-casing;
 *   <li>the similarity type {@value #TOKEN_SET} (token-set cosine of product names).
 * </ul>
 *
 * <p>Installed on every node of a cluster with {@code bin/opensearch-plugin install
 * file:///path/chainmatch-opensearch-0.1.0-plugin.zip}; see the module README.
 */
public final class ChainmatchAnalysisPlugin extends Plugin implements AnalysisPlugin {
  /** Analyzer name: smartcn words. */
  public static final String WORDS = "chainmatch_words";
  /** Analyzer name: CJK bigrams. */
  public static final String BIGRAMS = "chainmatch_bigrams";
  /** Analyzer name: single ideographs. */
  public static final String UNIGRAMS = "chainmatch_unigrams";
  /** Similarity type: token-set cosine. */
  public static final String TOKEN_SET = "chainmatch_token_set";

  /** Called by OpenSearch's plugin loader. */
  public ChainmatchAnalysisPlugin() {}

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        WORDS, provider(AnalysisChains::words),
        BIGRAMS, provider(AnalysisChains::bigrams),
        UNIGRAMS, provider(AnalysisChains::unigrams));
  }

  @Override
  public void onIndexModule(IndexModule module) {
    module.addSimilarity(TOKEN_SET, (settings, version, scripts) -> AnalysisChains.tokenSetSimilarity());
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(
      Supplier<Analyzer> chain) {
    return (indexSettings, environment, name, settings) ->
        new ChainProvider(indexSettings, name, settings, chain.get());
  }

  /** One analyzer instance per index, as OpenSearch expects of index-scoped providers. */
  private static final class ChainProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
    private final Analyzer analyzer;

    ChainProvider(IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
      super(indexSettings, name, settings);
      this.analyzer = analyzer;
    }

    @Override
    public Analyzer get() {
      return analyzer;
    }
  }
}
