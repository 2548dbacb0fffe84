package org.chainmatch.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.index.ProductSynonyms;
import org.chainmatch.index.ProductTaxonomy;
import org.chainmatch.index.ProductVocabulary;
import org.chainmatch.matching.DemandText;
import org.chainmatch.matching.Factor;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.SupplierMatcher;

/**
 * Measures the full ranking against a labelled {@link EvaluationSet}: nDCG@10, Recall@10 and MRR
 * (the metrics of {@link org.chainmatch.evaluation.Judgments}), overall and per kind of case, for
 * four {@link Setup}s: the index's own relevance order and the multi-factor ranking, each with and
 * without demand understanding.
 *
 * <p>The set has no relations, so {@link Factor#RELATIONSHIP} is 0 throughout; every other factor
 * is in play. The requester is excluded in every setup (it is never a right answer).
 *
 * <p>Usage: {@code MatchEvaluation FOLDER [--synonyms [FILE]] [--taxonomy [FILE]]}. Prints the
 * tables for an index without synonyms and taxonomy, then, when either option is given, for one
 * with them (a FILE defaults to the folder's {@code synonyms.txt} or {@code taxonomy.csv}).
 *
 * <p>Evaluation tooling, not a library API.
 */
public final class MatchEvaluation {

  /** The rank cut-off of nDCG and recall. */
  static final int K = 10;

  /** How many results each setup ranks: the matcher's default list length. */
  static final int LIST = MatchOptions.defaults().topK();

  /** The rankings compared. */
  enum Setup {
    TEXT("text only", false, false),
    TEXT_UNDERSTOOD("text only + understanding", false, true),
    FACTORS("multi-factor", true, false),
    FACTORS_UNDERSTOOD("multi-factor + understanding", true, true);

    final String label;
    final boolean factors;
    final boolean understand;

    Setup(String label, boolean factors, boolean understand) {
      this.label = label;
      this.factors = factors;
      this.understand = understand;
    }
  }

  private final EvaluationSet set;
  private final SupplyGraph graph;

  private MatchEvaluation(EvaluationSet set) {
    this.set = set;
    this.graph = SupplyGraph.of(set.enterprises(), List.of());
  }

  /** An evaluation of this set. */
  public static MatchEvaluation of(EvaluationSet set) {
    return new MatchEvaluation(set);
  }

  /**
   * Ranks every case under each setup with {@code index}, which must hold the set's enterprises.
   *
   * @return setup → ({@code all}, then each kind in alphabetical order) → means
   * @throws IOException if the index cannot be read
   */
  public Map<Setup, Map<String, MetricMeans>> scores(CapabilityIndex index) throws IOException {
    SupplierMatcher matcher = SupplierMatcher.builder(index).graph(graph).build();
    Map<Setup, Map<String, MetricMeans>> all = new LinkedHashMap<>();
    for (Setup setup : Setup.values()) {
      Map<String, MetricMeans> byKind = new TreeMap<>();
      MetricMeans overall = MetricMeans.empty();
      for (EvaluationCase c : set.cases()) {
        List<Uscc> ranking = setup.factors
            ? factorRanking(matcher, c.demand(), setup.understand)
            : textRanking(index, c.demand(), setup.understand);
        double ndcg = c.judgments().ndcgAt(ranking, K);
        double recall = c.judgments().recallAt(ranking, K);
        double rr = c.judgments().reciprocalRank(ranking);
        overall = overall.plus(ndcg, recall, rr);
        byKind.merge(c.kind(), MetricMeans.empty().plus(ndcg, recall, rr), (a, b) -> a.plus(ndcg, recall, rr));
      }
      Map<String, MetricMeans> ordered = new LinkedHashMap<>();
      ordered.put("all", overall);
      ordered.putAll(byKind);
      all.put(setup, ordered);
    }
    return all;
  }

  private static List<Uscc> factorRanking(SupplierMatcher matcher, Demand demand, boolean understand)
      throws IOException {
    MatchOptions options = MatchOptions.defaults().withTopK(LIST).withUnderstandDemands(understand);
    return matcher.match(demand, options).matches().stream().map(m -> m.enterprise().uscc()).toList();
  }

  /** The index's own order for the (understood) text, the requester left out. */
  private static List<Uscc> textRanking(CapabilityIndex index, Demand demand, boolean understand)
      throws IOException {
    String text = understand ? DemandText.parse(demand.product()).product() : demand.product().strip();
    CandidateFilter notSelf = CandidateFilter.none().excluding(Set.of(demand.requester()));
    List<Uscc> ranking = new ArrayList<>();
    for (Candidate c : index.search(new CapabilityQuery(text, LIST, notSelf, false))) {
      ranking.add(c.uscc());
    }
    return ranking;
  }

  /**
   * The evaluation as Markdown: one table per metric, a row per kind of case, a column per setup.
   *
   * @param index an index holding the set's enterprises
   * @throws IOException if the index cannot be read
   */
  public String report(CapabilityIndex index) throws IOException {
    return report(scores(index));
  }

  /** The tables of {@link #report(CapabilityIndex)} for scores already computed. */
  static String report(Map<Setup, Map<String, MetricMeans>> scores) {
    StringBuilder md = new StringBuilder();
    String[] metrics = {"nDCG@" + K, "Recall@" + K, "MRR"};
    for (int metric = 0; metric < metrics.length; metric++) {
      md.append("#### ").append(metrics[metric]).append("\n\n| kind | cases |");
      for (Setup s : Setup.values()) {
        md.append(' ').append(s.label).append(" |");
      }
      md.append("\n|---|---:|").append("---:|".repeat(Setup.values().length)).append('\n');
      for (String kind : scores.get(Setup.TEXT).keySet()) {
        md.append("| ").append(kind).append(" | ").append(scores.get(Setup.TEXT).get(kind).cases()).append(" |");
        for (Setup s : Setup.values()) {
          MetricMeans m = scores.get(s).get(kind);
          double v = metric == 0 ? m.ndcg10() : metric == 1 ? m.recall10() : m.mrr();
          md.append(String.format(Locale.ROOT, " %.3f |", v));
        }
        md.append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }

  /**
   * Builds an in-memory {@link LuceneCapabilityIndex} of the set's enterprises with {@code
   * options} and reports on it.
   */
  public String report(IndexOptions options) throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(set.enterprises());
      index.refresh();
      return report(index);
    }
  }

  /** Runs the evaluation; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException, InputRejectedException {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: MatchEvaluation FOLDER [--synonyms [FILE]] [--taxonomy [FILE]]");
      System.exit(2);
      return;
    }
    EvaluationSet set = EvaluationSet.load(a.folder);
    MatchEvaluation evaluation = of(set);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("%d enterprises, %d judged demands%n%n", set.enterprises().size(), set.cases().size());
    IndexOptions bare = IndexOptions.defaults().withoutVocabulary();
    Map<Setup, Map<String, MetricMeans>> without = evaluation.scores(bare);
    Map<Setup, Map<String, MetricMeans>> with = evaluation.scores(IndexOptions.defaults());
    out.println("### Default vocabulary, multi-factor + understanding (the default ranking)\n");
    out.print(comparison(without, with));
    out.println("### Index without vocabulary, synonyms or taxonomy\n");
    out.print(report(without));
    out.println("### Index with the default vocabulary (" + ProductVocabulary.bundled().edition() + ")\n");
    out.print(report(with));
    IndexOptions expanded = bare;
    List<String> used = new ArrayList<>();
    if (a.synonyms.isPresent()) {
      expanded = expanded.withSynonyms(ProductSynonyms.load(a.synonyms.get()));
      used.add("synonyms");
    }
    if (a.taxonomy.isPresent()) {
      expanded = expanded.withTaxonomy(ProductTaxonomy.load(a.taxonomy.get()));
      used.add("taxonomy");
    }
    if (!used.isEmpty()) {
      out.println("### Index with the set's " + String.join(" and ", used) + " (no vocabulary)\n");
      out.print(evaluation.report(expanded));
    }
  }

  /** Scores with an in-memory index of the set's enterprises built with {@code options}. */
  public Map<Setup, Map<String, MetricMeans>> scores(IndexOptions options) throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(set.enterprises());
      index.refresh();
      return scores(index);
    }
  }

  /**
   * nDCG@10 and Recall@10 of the default ranking (multi-factor + understanding) per kind, without
   * and with a vocabulary, and the change, as a Markdown table.
   */
  static String comparison(
      Map<Setup, Map<String, MetricMeans>> without, Map<Setup, Map<String, MetricMeans>> with) {
    StringBuilder md = new StringBuilder(
        "| kind | cases | nDCG@10 without | nDCG@10 with | change | Recall@10 without | Recall@10 with | change |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<String, MetricMeans> a = without.get(Setup.FACTORS_UNDERSTOOD);
    Map<String, MetricMeans> b = with.get(Setup.FACTORS_UNDERSTOOD);
    for (String kind : a.keySet()) {
      MetricMeans x = a.get(kind);
      MetricMeans y = b.get(kind);
      md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %+.3f | %.3f | %.3f | %+.3f |%n",
          kind, x.cases(), x.ndcg10(), y.ndcg10(), y.ndcg10() - x.ndcg10(),
          x.recall10(), y.recall10(), y.recall10() - x.recall10()));
    }
    return md.append('\n').toString();
  }

  /** The command line, parsed. */
  private record Arguments(Path folder, Optional<Path> synonyms, Optional<Path> taxonomy) {
    static Arguments parse(String[] args) {
      checkArgument(args.length >= 1 && !args[0].startsWith("--"), "no evaluation folder given");
      Path folder = Path.of(args[0]);
      checkArgument(Files.isDirectory(folder), "evaluation folder %s does not exist", folder);
      Optional<Path> synonyms = Optional.empty();
      Optional<Path> taxonomy = Optional.empty();
      List<String> rest = ImmutableList.copyOf(args).subList(1, args.length);
      for (int i = 0; i < rest.size(); i++) {
        String option = rest.get(i);
        boolean hasFile = i + 1 < rest.size() && !rest.get(i + 1).startsWith("--");
        switch (option) {
          case "--synonyms" -> synonyms = Optional.of(
              hasFile ? Path.of(rest.get(++i)) : folder.resolve("synonyms.txt"));
          case "--taxonomy" -> taxonomy = Optional.of(
              hasFile ? Path.of(rest.get(++i)) : folder.resolve("taxonomy.csv"));
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      return new Arguments(folder, synonyms, taxonomy);
    }
  }
}
