package org.chainmatch.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.index.ProductAnalysis;

/**
 * Measures the capability index on a labelled {@link EvaluationSet}: nDCG@10, Recall@10 and MRR
 * per analysis variant, overall and per case kind. Each demand's product text is the query as is
 * (sentence-form demands are reduced to product names by the matching layer, so their rows here
 * show the raw index only). Variants with synonyms and taxonomy run when the set has them.
 *
 * <p>Usage: {@code IndexEvaluation FOLDER}. Prints a Markdown table.
 */
public final class IndexEvaluation {
  /** Rank cut-off of nDCG and recall. */
  public static final int K = 10;

  private IndexEvaluation() {}

  public static void main(String[] args) throws IOException, InputRejectedException {
    if (args.length != 1) {
      System.err.println("usage: IndexEvaluation EVALUATION_FOLDER");
      System.exit(2);
    }
    EvaluationSet set = EvaluationSet.load(Path.of(args[0]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("%d enterprises, %d judged demands%n%n", set.enterprises().size(), set.cases().size());
    print(out, evaluateAll(set));
  }

  /** Every variant's means: variant name → (kind or {@code all}) → means. */
  public static Map<String, Map<String, MetricMeans>> evaluateAll(EvaluationSet set)
      throws IOException {
    Map<String, IndexOptions> variants = new LinkedHashMap<>();
    for (ProductAnalysis analysis : ProductAnalysis.values()) {
      variants.put(analysis.name(), IndexOptions.defaults().withoutVocabulary().withAnalysis(analysis));
    }
    IndexOptions expanded = IndexOptions.defaults().withoutVocabulary();
    if (set.synonyms().isPresent()) {
      expanded = expanded.withSynonyms(set.synonyms().get());
    }
    if (set.taxonomy().isPresent()) {
      expanded = expanded.withTaxonomy(set.taxonomy().get());
    }
    variants.put(IndexOptions.defaults().analysis().name() + "+vocabulary", IndexOptions.defaults());
    if (set.synonyms().isPresent() || set.taxonomy().isPresent()) {
      variants.put(expanded.analysis().name() + "+synonyms+taxonomy", expanded);
    }
    Map<String, Map<String, MetricMeans>> results = new LinkedHashMap<>();
    for (Map.Entry<String, IndexOptions> v : variants.entrySet()) {
      results.put(v.getKey(), evaluate(set, v.getValue()));
    }
    return results;
  }

  /** Means for one configuration, under {@code all} and under each case kind. */
  public static Map<String, MetricMeans> evaluate(EvaluationSet set, IndexOptions options)
      throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      return evaluate(set, index);
    }
  }

  /**
   * Means for {@code index}, which must be empty: the set's enterprises are added to it and
   * made visible, then every case is searched. The index stays open; the caller closes it.
   */
  public static Map<String, MetricMeans> evaluate(EvaluationSet set, LuceneCapabilityIndex index)
      throws IOException {
    checkArgument(index.size() == 0, "index must be empty, holds %s enterprises", index.size());
    Map<String, MetricMeans> means = new TreeMap<>();
    index.addAll(set.enterprises());
    index.refresh();
    for (EvaluationCase c : set.cases()) {
      List<Uscc> ranking = new ArrayList<>();
      for (Candidate candidate : index.search(CapabilityQuery.of(c.demand().product(), K))) {
        ranking.add(candidate.uscc());
      }
      double ndcg = c.judgments().ndcgAt(ranking, K);
      double recall = c.judgments().recallAt(ranking, K);
      double rr = c.judgments().reciprocalRank(ranking);
      means.merge("all", MetricMeans.empty().plus(ndcg, recall, rr), (a, b) -> a.plus(ndcg, recall, rr));
      means.merge(c.kind(), MetricMeans.empty().plus(ndcg, recall, rr), (a, b) -> a.plus(ndcg, recall, rr));
    }
    return means;
  }

  /**
   * Prints {@code results} (as from {@link #evaluateAll}) as two Markdown tables: overall, and
   * per case kind.
   */
  public static void print(PrintStream out, Map<String, Map<String, MetricMeans>> results) {
    out.println("| variant | cases | nDCG@10 | Recall@10 | MRR |");
    out.println("|---|---|---|---|---|");
    results.forEach((variant, byKind) -> {
      MetricMeans all = byKind.get("all");
      if (all != null) {
        out.printf("| %s | %d | %.3f | %.3f | %.3f |%n", variant, all.cases(), all.ndcg10(), all.recall10(), all.mrr());
      }
    });
    out.println();
    out.println("Per case kind (nDCG@10 / Recall@10 / MRR):");
    out.println();
    List<String> kinds = results.values().iterator().next().keySet().stream()
        .filter(k -> !k.equals("all")).toList();
    out.println("| variant | " + String.join(" | ", kinds) + " |");
    out.println("|---|" + "---|".repeat(kinds.size()));
    results.forEach((variant, byKind) -> {
      StringBuilder row = new StringBuilder("| " + variant + " |");
      for (String kind : kinds) {
        MetricMeans m = byKind.get(kind);
        row.append(String.format(" %.2f / %.2f / %.2f |", m.ndcg10(), m.recall10(), m.mrr()));
      }
      out.println(row);
    });
  }
}
