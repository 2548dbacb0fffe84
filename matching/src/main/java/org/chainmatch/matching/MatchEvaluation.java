package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.index.CapabilityIndex;

/**
 * Measures the full ranking against a labelled evaluation set: nDCG@10, Recall@10 and MRR,
 * overall and per kind of case, for text-only ranking and for the multi-factor ranking, each with
 * and without demand understanding.
 *
 * <p>The evaluation folder holds {@code enterprises.csv}, {@code demands.csv} and, when known,
 * {@code relations.csv} in the contract formats, plus {@code qrels.csv} ({@code
 * demand_id,uscc,grade} with grade 1..3) and {@code cases.csv} ({@code demand_id,kind,comment}; a
 * demand may belong to several kinds). Demands without judgements are not scored.
 *
 * <p>Loading is done once; {@link #report(CapabilityIndex)} may then be run over any index that
 * holds this set's enterprises. Not thread-safe.
 */
public final class MatchEvaluation {

  /** The rank cut-off of nDCG and recall. */
  static final int K = 10;

  /** The rankings compared. */
  enum Setup {
    TEXT_RAW("text only, as written", MatchWeights.relevanceOnly(), false),
    TEXT_UNDERSTOOD("text only, understood", MatchWeights.relevanceOnly(), true),
    FACTORS_RAW("multi-factor, as written", MatchWeights.defaults(), false),
    FACTORS_UNDERSTOOD("multi-factor, understood", MatchWeights.defaults(), true);

    final String label;
    final MatchOptions options;

    Setup(String label, MatchWeights weights, boolean understand) {
      this.label = label;
      this.options = MatchOptions.builder().weights(weights).understandDemands(understand).build();
    }
  }

  /** Mean metrics over some demands. */
  record Scores(double ndcg, double recall, double mrr, int demands) {}

  private final List<Enterprise> enterprises;
  private final List<SupplyRelation> relations;
  private final List<Demand> demands;
  private final Map<String, Judgements> judgements;
  private final ListMultimap<String, String> kinds;

  private MatchEvaluation(
      Dataset data, Map<String, Judgements> judgements, ListMultimap<String, String> kinds) {
    this.enterprises = data.enterprises();
    this.relations = data.relations();
    this.demands = data.demands().stream().filter(d -> judgements.containsKey(d.id())).toList();
    this.judgements = judgements;
    this.kinds = kinds;
  }

  /**
   * Loads an evaluation folder.
   *
   * @throws IOException if a file cannot be read
   * @throws InputRejectedException if a contract file is rejected
   */
  public static MatchEvaluation load(Path folder) throws IOException, InputRejectedException {
    checkArgument(Files.isDirectory(folder), "evaluation folder %s does not exist", folder);
    Path relations = folder.resolve("relations.csv");
    Dataset data = Dataset.load(
        folder.resolve("enterprises.csv"),
        Files.exists(relations) ? relations : null,
        folder.resolve("demands.csv"),
        LoadOptions.strict());
    Map<String, Map<Uscc, Integer>> grades = new HashMap<>();
    for (CSVRecord r : records(folder.resolve("qrels.csv"))) {
      grades.computeIfAbsent(r.get("demand_id").strip(), id -> new LinkedHashMap<>())
          .put(Uscc.parse(r.get("uscc")), Integer.parseInt(r.get("grade").strip()));
    }
    ImmutableMap.Builder<String, Judgements> judgements = ImmutableMap.builder();
    grades.forEach((id, g) -> judgements.put(id, Judgements.of(g)));
    ListMultimap<String, String> kinds = MultimapBuilder.treeKeys().arrayListValues().build();
    Path cases = folder.resolve("cases.csv");
    if (Files.exists(cases)) {
      for (CSVRecord r : records(cases)) {
        kinds.put(r.get("kind").strip(), r.get("demand_id").strip());
      }
    }
    return new MatchEvaluation(data, judgements.buildOrThrow(), kinds);
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ImmutableList.copyOf(format.parse(in));
    }
  }

  /** The enterprises an index for {@link #report} must hold. */
  public List<Enterprise> enterprises() {
    return enterprises;
  }

  /**
   * Ranks every judged demand under each {@link Setup} and returns the scores, by setup, then by
   * kind ({@code "all"} first).
   *
   * @param index an index holding {@link #enterprises()}
   * @throws IOException if the index cannot be read
   */
  Map<Setup, Map<String, Scores>> scores(CapabilityIndex index) throws IOException {
    SupplierMatcher matcher = new SupplierMatcher(index, RelationTable.of(enterprises, relations), MatchOptions.defaults());
    Map<Setup, Map<String, Scores>> all = new LinkedHashMap<>();
    for (Setup setup : Setup.values()) {
      Map<String, double[]> perDemand = new HashMap<>();
      for (Demand d : demands) {
        List<Uscc> ranking = matcher.match(d, setup.options).matches().stream()
            .map(m -> m.enterprise().uscc())
            .toList();
        Judgements j = judgements.get(d.id());
        perDemand.put(d.id(), new double[] {j.ndcg(ranking, K), j.recall(ranking, K), j.reciprocalRank(ranking)});
      }
      Map<String, Scores> byKind = new LinkedHashMap<>();
      byKind.put("all", mean(demands.stream().map(Demand::id).toList(), perDemand));
      for (String kind : kinds.keySet()) {
        byKind.put(kind, mean(kinds.get(kind), perDemand));
      }
      all.put(setup, byKind);
    }
    return all;
  }

  private static Scores mean(List<String> ids, Map<String, double[]> perDemand) {
    double[] sum = new double[3];
    int n = 0;
    for (String id : new TreeSet<>(ids)) {
      double[] m = perDemand.get(id);
      if (m != null) {
        for (int i = 0; i < 3; i++) {
          sum[i] += m[i];
        }
        n++;
      }
    }
    return n == 0 ? new Scores(0, 0, 0, 0) : new Scores(sum[0] / n, sum[1] / n, sum[2] / n, n);
  }

  /**
   * The evaluation as Markdown: one table per metric, a row per kind of case, a column per setup.
   *
   * @param index an index holding {@link #enterprises()}
   * @throws IOException if the index cannot be read
   */
  public String report(CapabilityIndex index) throws IOException {
    Map<Setup, Map<String, Scores>> scores = scores(index);
    StringBuilder md = new StringBuilder();
    String[] metrics = {"nDCG@" + K, "Recall@" + K, "MRR"};
    for (int metric = 0; metric < 3; metric++) {
      md.append("### ").append(metrics[metric]).append("\n\n| kind | demands |");
      for (Setup s : Setup.values()) {
        md.append(' ').append(s.label).append(" |");
      }
      md.append("\n|---|---:|");
      md.append("---:|".repeat(Setup.values().length)).append('\n');
      for (String kind : scores.get(Setup.TEXT_RAW).keySet()) {
        md.append("| ").append(kind).append(" | ").append(scores.get(Setup.TEXT_RAW).get(kind).demands()).append(" |");
        for (Setup s : Setup.values()) {
          Scores sc = scores.get(s).get(kind);
          double v = metric == 0 ? sc.ndcg() : metric == 1 ? sc.recall() : sc.mrr();
          md.append(String.format(Locale.ROOT, " %.3f |", v));
        }
        md.append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The demand ids of each kind (for tests). */
  ImmutableListMultimap<String, String> kinds() {
    return ImmutableListMultimap.copyOf(kinds);
  }
}
