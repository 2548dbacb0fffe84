package org.chainmatch.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.evaluation.EvaluationSet;
import org.chainmatch.evaluation.IndexEvaluation;
import org.chainmatch.evaluation.MetricMeans;

/**
 * Measures ICU words in place of smartcn words: alone, fused with bigrams, and fused with bigrams
 * and unigrams (same weights as the smartcn variants of {@link ProductAnalysis}), each with and
 * without the set's synonyms and taxonomy, next to the smartcn rows of the same run. Same metrics and tables as {@link IndexEvaluation}.
 *
 * <p>Usage (test class path): {@code IcuEvaluation FOLDER}.
 */
final class IcuEvaluation {
  private static final List<ProductAnalysis> WITH_WORDS =
      List.of(
          ProductAnalysis.WORDS,
          ProductAnalysis.WORDS_AND_BIGRAMS,
          ProductAnalysis.WORDS_BIGRAMS_AND_UNIGRAMS);

  private IcuEvaluation() {}

  public static void main(String[] args) throws IOException, InputRejectedException {
    if (args.length != 1) {
      System.err.println("usage: IcuEvaluation EVALUATION_FOLDER");
      System.exit(2);
    }
    EvaluationSet set = EvaluationSet.load(Path.of(args[0]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("%d enterprises, %d judged demands%n%n", set.enterprises().size(), set.cases().size());
    IndexOptions expanded = IndexOptions.defaults().withoutVocabulary();
    if (set.synonyms().isPresent()) {
      expanded = expanded.withSynonyms(set.synonyms().get());
    }
    if (set.taxonomy().isPresent()) {
      expanded = expanded.withTaxonomy(set.taxonomy().get());
    }
    Map<String, Map<String, MetricMeans>> results = new LinkedHashMap<>();
    // smartcn rows from the same run, so the two segmenters are compared like for like.
    Map<String, Analyzer> segmenters =
        Map.of("WORDS", TextAnalyzers.words(), "ICU", IcuWords.analyzer());
    for (ProductAnalysis analysis : WITH_WORDS) {
      for (String segmenter : List.of("WORDS", "ICU")) {
        String name = analysis.name().replace("WORDS", segmenter);
        Analyzer words = segmenters.get(segmenter);
        results.put(name, evaluate(set, IndexOptions.defaults().withoutVocabulary().withAnalysis(analysis), words));
        results.put(
            name + "+synonyms+taxonomy", evaluate(set, expanded.withAnalysis(analysis), words));
      }
    }
    IndexEvaluation.print(out, results);
  }

  private static Map<String, MetricMeans> evaluate(
      EvaluationSet set, IndexOptions options, Analyzer words) throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options, words)) {
      return IndexEvaluation.evaluate(set, index);
    }
  }
}
