package org.chainmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.chainmatch.core.Enterprise;
import org.chainmatch.index.AnalysisChains;
import org.chainmatch.opensearch.plugin.ChainmatchAnalysisPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.apache.hc.core5.http.HttpHost;

/**
 * The cluster's {@code _analyze} output through the plugin's analyzers equals the library's terms
 * on every product name, business scope and enterprise name of the evaluation set, plus the
 * width, case and model-number cases the analysis exists for.
 */
@ExtendWith(TestCluster.Extension.class)
class AnalysisParityTest {
  private static final int BATCH = 200;
  private static final List<String> EDGE_CASES = List.of(
      "ＫＮ９５口罩", "N95口罩", "kn95 口罩", "熔喷布", "碳化硅衬底", "PP-R管", "3D打印", "Ｍ８螺栓", "  ", "口");

  private static List<String> texts;

  @BeforeAll
  static void texts() throws Exception {
    TreeSet<String> all = new TreeSet<>(EDGE_CASES);
    for (Enterprise e : EvaluationData.load().enterprises()) {
      all.addAll(e.products());
      all.add(e.scope());
      all.add(e.name());
    }
    all.removeIf(String::isEmpty);
    texts = List.copyOf(all);
  }

  @Test
  void smartcnWordsAreTheLibrarysOnTheCluster(TestCluster cluster) throws Exception {
    assertParity(cluster, ChainmatchAnalysisPlugin.WORDS, AnalysisChains::words);
  }

  @Test
  void bigramsAreTheLibrarysOnTheCluster(TestCluster cluster) throws Exception {
    assertParity(cluster, ChainmatchAnalysisPlugin.BIGRAMS, AnalysisChains::bigrams);
  }

  @Test
  void unigramsAreTheLibrarysOnTheCluster(TestCluster cluster) throws Exception {
    assertParity(cluster, ChainmatchAnalysisPlugin.UNIGRAMS, AnalysisChains::unigrams);
  }

  private static void assertParity(TestCluster cluster, String analyzer, Supplier<Analyzer> library)
      throws Exception {
    assertThat(texts).hasSizeGreaterThan(1000);
    var transport = ApacheHttpClient5TransportBuilder.builder(
            HttpHost.create(cluster.node(0).toString()))
        .setMapper(new JacksonJsonpMapper()).build();
    try (transport; Analyzer local = library.get()) {
      OpenSearchClient client = new OpenSearchClient(transport);
      for (int from = 0; from < texts.size(); from += BATCH) {
        List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
        List<String> server = new ArrayList<>();
        for (AnalyzeToken t : client.indices().analyze(a -> a.analyzer(analyzer).text(batch)).tokens()) {
          server.add(t.token() + "@" + t.startOffset());
        }
        assertThat(server).as("%s on %s", analyzer, batch).containsExactlyElementsOf(expected(local, batch));
      }
    }
  }

  /**
   * The library's terms of several texts with their start offsets as {@code _analyze} numbers
   * them: each text's offsets continue after the previous text's end plus a gap of 1.
   */
  private static List<String> expected(Analyzer analyzer, List<String> batch) throws IOException {
    List<String> out = new ArrayList<>();
    int base = 0;
    for (String text : batch) {
      try (TokenStream ts = analyzer.tokenStream("", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          out.add(term + "@" + (base + offset.startOffset()));
        }
        ts.end();
        base += offset.endOffset() + 1;
      }
    }
    return out;
  }
}
