package org.chainmatch.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.EnterpriseCsv;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.core.io.OfferCsv;
import org.chainmatch.core.io.RelationCsv;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.index.ProductSynonyms;
import org.chainmatch.index.ProductTaxonomy;
import org.chainmatch.matching.CustomerMatcher;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.OfferText;
import org.chainmatch.matching.OpenDemands;

/**
 * Measures downstream matching (buyers for offers) against the labelled downstream cases of the
 * evaluation folder: {@code enterprises.csv}, {@code relations.csv}, {@code offers.csv}, {@code
 * offer-qrels.csv} ({@code offer_id,uscc,grade}) and {@code offer-cases.csv} ({@code
 * offer_id,kind,comment}). Two rankings are compared: the index's own order for the offer's
 * product text (what a text search for the product gives: mostly its makers), and {@link
 * CustomerMatcher}'s multi-factor ranking with the set's relations. The supplier itself is left
 * out of both. nDCG@10, Recall@10 and MRR as in {@link MatchEvaluation}.
 *
 * <p>Usage: {@code CustomerEvaluation FOLDER}: prints the tables for an index without any
 * vocabulary, with the bundled one (the default), and with the folder's synonyms and taxonomy.
 *
 * <p>Evaluation tooling, not part of the stable API.
 */
public final class CustomerEvaluation {

  static final int K = MatchEvaluation.K;
  static final int LIST = MatchEvaluation.LIST;

  /** The rankings compared. */
  enum Setup {
    TEXT("text only"),
    FACTORS("multi-factor");

    final String label;

    Setup(String label) {
      this.label = label;
    }
  }

  /** One labelled offer. */
  record OfferCase(Offer offer, String kind, Judgments judgments) {}

  private final List<Enterprise> enterprises;
  private final SupplyGraph graph;
  private final List<OfferCase> cases;

  private CustomerEvaluation(List<Enterprise> enterprises, List<SupplyRelation> relations, List<OfferCase> cases) {
    this.enterprises = ImmutableList.copyOf(enterprises);
    this.graph = SupplyGraph.of(enterprises, relations);
    this.cases = ImmutableList.copyOf(cases);
  }

  /**
   * Loads the downstream cases of an evaluation folder.
   *
   * @throws InputRejectedException if a contract file has a bad row
   * @throws IllegalArgumentException naming the file and line if offer-qrels.csv is bad
   */
  public static CustomerEvaluation load(Path folder) throws IOException, InputRejectedException {
    LoadOptions strict = LoadOptions.strict();
    List<Enterprise> enterprises = new ArrayList<>();
    EnterpriseCsv.read(folder.resolve("enterprises.csv"), strict, enterprises::add);
    Map<String, Uscc> codes = new HashMap<>();
    enterprises.forEach(e -> codes.put(e.uscc().value(), e.uscc()));
    List<SupplyRelation> relations = new ArrayList<>();
    RelationCsv.read(folder.resolve("relations.csv"), strict, codes::get, relations::add);
    List<Offer> offers = new ArrayList<>();
    OfferCsv.read(folder.resolve("offers.csv"), strict, codes::get, offers::add);
    Map<String, Map<Uscc, Integer>> qrels = new HashMap<>();
    for (CSVRecord row : rows(folder.resolve("offer-qrels.csv"))) {
      String where = "offer-qrels.csv line " + (row.getRecordNumber() + 1);
      checkArgument(row.isSet("offer_id") && row.isSet("uscc") && row.isSet("grade"),
          "%s: need offer_id, uscc and grade", where);
      int grade;
      try {
        grade = Integer.parseInt(row.get("grade"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": grade \"" + row.get("grade") + "\" is not a number", e);
      }
      qrels.computeIfAbsent(row.get("offer_id"), id -> new LinkedHashMap<>())
          .put(Uscc.parse(row.get("uscc"), UsccPolicy.ACCEPT_IRREGULAR_CHECK), grade);
    }
    Map<String, String> kinds = new HashMap<>();
    for (CSVRecord row : rows(folder.resolve("offer-cases.csv"))) {
      kinds.put(row.get("offer_id"), row.get("kind"));
    }
    List<OfferCase> cases = new ArrayList<>();
    for (Offer o : offers) {
      Map<Uscc, Integer> grades = qrels.get(o.id());
      if (grades != null) {
        cases.add(new OfferCase(o, kinds.getOrDefault(o.id(), "unlabelled"), new Judgments(grades)));
      }
    }
    return new CustomerEvaluation(enterprises, relations, cases);
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return format.parse(in).getRecords();
    }
  }

  /** The enterprises to index. */
  public List<Enterprise> enterprises() {
    return enterprises;
  }

  /** Number of labelled offers. */
  public int size() {
    return cases.size();
  }

  /**
   * Ranks every offer under each setup with {@code index}, which must hold the enterprises.
   *
   * @return setup → ({@code all}, then each kind in alphabetical order) → means
   */
  public Map<Setup, Map<String, MetricMeans>> scores(CapabilityIndex index) throws IOException {
    CustomerMatcher matcher = CustomerMatcher.builder().graph(graph).index(index).build();
    MatchOptions options = MatchOptions.defaults().withTopK(LIST);
    Map<Setup, Map<String, MetricMeans>> all = new LinkedHashMap<>();
    for (Setup setup : Setup.values()) {
      Map<String, MetricMeans> byKind = new TreeMap<>();
      MetricMeans overall = MetricMeans.empty();
      for (OfferCase c : cases) {
        List<Uscc> ranking = setup == Setup.FACTORS
            ? matcher.match(c.offer(), OpenDemands.none(), options).matches().stream()
                .map(m -> m.enterprise().uscc()).toList()
            : textRanking(index, c.offer());
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

  /** The index's order for the offer's product (read as the matcher reads it), supplier left out. */
  private static List<Uscc> textRanking(CapabilityIndex index, Offer offer) throws IOException {
    CandidateFilter notSelf = CandidateFilter.none().excluding(Set.of(offer.supplier()));
    List<Uscc> ranking = new ArrayList<>();
    for (Candidate c : index.search(new CapabilityQuery(OfferText.product(offer.product()), LIST, notSelf, false))) {
      ranking.add(c.uscc());
    }
    return ranking;
  }

  /** The evaluation as Markdown tables (nDCG@10, Recall@10, MRR by kind and setup). */
  public String report(CapabilityIndex index) throws IOException {
    Map<Setup, Map<String, MetricMeans>> scores = scores(index);
    StringBuilder md = new StringBuilder();
    String[] metrics = {"nDCG@" + K, "Recall@" + K, "MRR"};
    for (int metric = 0; metric < metrics.length; metric++) {
      md.append("#### ").append(metrics[metric]).append("\n\n| kind | offers |");
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

  /** Builds an in-memory index of the enterprises with {@code options} and reports on it. */
  public String report(IndexOptions options) throws IOException {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(enterprises);
      index.refresh();
      return report(index);
    }
  }

  /** Runs the evaluation on the folder given as the only argument. */
  public static void main(String[] args) throws IOException, InputRejectedException {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      System.err.println("usage: CustomerEvaluation FOLDER");
      System.exit(2);
      return;
    }
    Path folder = Path.of(args[0]);
    CustomerEvaluation evaluation = load(folder);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("%d enterprises, %d judged offers%n%n", evaluation.enterprises.size(), evaluation.size());
    IndexOptions bare = IndexOptions.defaults().withoutVocabulary();
    out.println("### Index without any vocabulary\n");
    out.print(evaluation.report(bare));
    out.println("### Index with the bundled vocabulary (the default)\n");
    out.print(evaluation.report(IndexOptions.defaults()));
    out.println("### Index with the set's synonyms and taxonomy instead\n");
    out.print(evaluation.report(bare
        .withSynonyms(ProductSynonyms.load(folder.resolve("synonyms.txt")))
        .withTaxonomy(ProductTaxonomy.load(folder.resolve("taxonomy.csv")))));
  }
}
