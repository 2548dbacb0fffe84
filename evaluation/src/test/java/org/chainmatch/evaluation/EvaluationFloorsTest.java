package org.chainmatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.evaluation.MatchEvaluation.Setup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled evaluation set (the CSV files beside this module's pom.xml, {@code <repo>/evaluation}) ranked through a real index, with floors
 * a few points below the figures measured in {@code matching/EVALUATION.md}, so that a regression
 * of the ranking fails the build. Skipped when the set is absent.
 */
class EvaluationFloorsTest {

  private static final Path SET = Path.of(".");
  private static final List<String> RELEVANCE_KINDS =
      List.of("catalogue", "kag", "oov", "subcategory", "synonym", "width", "alias", "abbreviation");
  /** The kinds of the set before issue 17 added the alias and abbreviation cases. */
  private static final String[] FIRST_KINDS = {
      "kag", "catalogue", "synonym", "subcategory", "oov", "sentence", "readiness", "proximity", "width"};
  private static final String[] NAME_KINDS = {"alias", "abbreviation"};

  private static Map<Setup, Map<String, MetricMeans>> plain;
  private static Map<Setup, Map<String, MetricMeans>> vocabulary;
  private static Map<Setup, Map<String, MetricMeans>> expanded;
  private static Map<CustomerEvaluation.Setup, Map<String, MetricMeans>> buyersPlain;
  private static Map<CustomerEvaluation.Setup, Map<String, MetricMeans>> buyersDefault;
  private static Map<CustomerEvaluation.Setup, Map<String, MetricMeans>> buyersExpanded;

  @BeforeAll
  static void evaluate() throws Exception {
    assumeTrue(Files.isDirectory(SET), "no evaluation set at " + SET.toAbsolutePath());
    EvaluationSet set = EvaluationSet.load(SET);
    MatchEvaluation evaluation = MatchEvaluation.of(set);
    IndexOptions bare = IndexOptions.defaults().withoutVocabulary();
    plain = scores(evaluation, set, bare);
    vocabulary = scores(evaluation, set, IndexOptions.defaults());
    IndexOptions withSetVocabulary =
        bare.withSynonyms(set.synonyms().orElseThrow()).withTaxonomy(set.taxonomy().orElseThrow());
    expanded = scores(evaluation, set, withSetVocabulary);
    CustomerEvaluation buyers = CustomerEvaluation.load(SET);
    buyersPlain = buyerScores(buyers, bare);
    buyersDefault = buyerScores(buyers, IndexOptions.defaults());
    buyersExpanded = buyerScores(buyers, withSetVocabulary);
    for (var s : List.of(buyersPlain, buyersDefault, buyersExpanded)) {
      System.out.printf("downstream: %d offers, nDCG@10 text only %.3f, multi-factor %.3f; Recall@10 %.3f, %.3f%n",
          s.get(CustomerEvaluation.Setup.TEXT).get("all").cases(),
          s.get(CustomerEvaluation.Setup.TEXT).get("all").ndcg10(),
          s.get(CustomerEvaluation.Setup.FACTORS).get("all").ndcg10(),
          s.get(CustomerEvaluation.Setup.TEXT).get("all").recall10(),
          s.get(CustomerEvaluation.Setup.FACTORS).get("all").recall10());
    }
  }

  private static Map<CustomerEvaluation.Setup, Map<String, MetricMeans>> buyerScores(
      CustomerEvaluation evaluation, IndexOptions options) throws Exception {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(evaluation.enterprises());
      index.refresh();
      return evaluation.scores(index);
    }
  }

  private static Map<Setup, Map<String, MetricMeans>> scores(
      MatchEvaluation evaluation, EvaluationSet set, IndexOptions options) throws Exception {
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(options)) {
      index.addAll(set.enterprises());
      index.refresh();
      return evaluation.scores(index);
    }
  }

  private static double ndcg(Map<Setup, Map<String, MetricMeans>> s, Setup setup, String... kinds) {
    double sum = 0;
    int cases = 0;
    for (String kind : kinds) {
      MetricMeans m = s.get(setup).get(kind);
      sum += m.ndcg10() * m.cases();
      cases += m.cases();
    }
    return sum / cases;
  }

  @Test
  void multiFactorRankingBeatsTextOnReadinessAndProximity() {
    for (Map<Setup, Map<String, MetricMeans>> s : List.of(plain, vocabulary, expanded)) {
      // Measured: 0.80 text only, 0.96 to 0.97 multi-factor.
      assertThat(ndcg(s, Setup.FACTORS, "readiness", "proximity"))
          .isGreaterThan(ndcg(s, Setup.TEXT, "readiness", "proximity") + 0.10)
          .isGreaterThan(0.93);
    }
  }

  @Test
  void multiFactorRankingLosesNoRelevanceOnThePureRelevanceKinds() {
    for (Map<Setup, Map<String, MetricMeans>> s : List.of(plain, vocabulary, expanded)) {
      for (String kind : RELEVANCE_KINDS) {
        // Measured: at most 0.006 below text only; 0.010 on catalogue with the vocabulary (text
        // alone is perfect there, 1.000); the name kinds 0.013 below without any vocabulary, where
        // text finds few of their makers and readiness re-orders near misses.
        double slack = List.of(NAME_KINDS).contains(kind) || s == vocabulary ? 0.02 : 0.01;
        assertThat(ndcg(s, Setup.FACTORS, kind)).as(kind).isGreaterThan(ndcg(s, Setup.TEXT, kind) - slack);
      }
    }
  }

  @Test
  void understandingHelpsTheSentenceCases() {
    for (Map<Setup, Map<String, MetricMeans>> s : List.of(plain, vocabulary, expanded)) {
      // Measured: +0.06 without, +0.09 with synonyms and taxonomy.
      assertThat(ndcg(s, Setup.FACTORS_UNDERSTOOD, "sentence"))
          .isGreaterThan(ndcg(s, Setup.FACTORS, "sentence") + 0.03);
    }
  }

  @Test
  void understandingCostsNothingOnBareProductNames() {
    for (Map<Setup, Map<String, MetricMeans>> s : List.of(plain, vocabulary, expanded)) {
      for (String kind : RELEVANCE_KINDS) {
        // The parser misreads two of the 174 name cases (P.O 42.5 -> P.O, 原奶 -> 奶: a number
        // after a space taken for a quantity, a leading 原 stripped, fix14's item): measured -0.018
        // and -0.009 with the vocabulary. Every other kind: within 0.005.
        double slack = List.of(NAME_KINDS).contains(kind) ? 0.03 : 0.005;
        assertThat(ndcg(s, Setup.FACTORS_UNDERSTOOD, kind)).as(kind)
            .isGreaterThan(ndcg(s, Setup.FACTORS, kind) - slack);
      }
    }
  }

  @Test
  void defaultVocabularyCostsNoKindMoreThanHalfAPoint() {
    for (String kind : plain.get(Setup.FACTORS_UNDERSTOOD).keySet()) {
      assertThat(ndcg(vocabulary, Setup.FACTORS_UNDERSTOOD, kind)).as(kind)
          .isGreaterThan(ndcg(plain, Setup.FACTORS_UNDERSTOOD, kind) - 0.005);
    }
  }

  @Test
  void defaultVocabularyFindsTradeNamesAndAbbreviations() {
    // Measured 0.325-0.352 without and 0.97-0.98 with the default vocabulary (the synonym kind's
    // names come from the generator catalogue, one of the vocabulary's sources).
    assertThat(ndcg(vocabulary, Setup.FACTORS_UNDERSTOOD, "synonym")).isGreaterThan(0.93);
    // The alias and abbreviation cases (issue 17's acceptance: >= 0.85). Measured 0.287 without,
    // 0.386 with the first vocabulary (written before the cases), 0.982 with the second pass
    // (written after the first measurement, so no longer independent: see evaluation/README.md).
    assertThat(ndcg(vocabulary, Setup.FACTORS_UNDERSTOOD, NAME_KINDS)).isGreaterThan(0.85);
    assertThat(ndcg(vocabulary, Setup.FACTORS_UNDERSTOOD, "alias")).isGreaterThan(0.85);
    assertThat(ndcg(vocabulary, Setup.FACTORS_UNDERSTOOD, "abbreviation")).isGreaterThan(0.85);
  }

  /**
   * The held-out names of {@code unseen/} (written on 2026-12-05 without reading the vocabulary; see
   * evaluation/README.md): measured 0.085–0.086 without and 0.165 with the default vocabulary (alias
   * 0.130 → 0.231, abbreviation 0.000 → 0.040). Only that the vocabulary helps, never hurts, is
   * asserted: a floor near the figure would invite adding these very names to the vocabulary,
   * which would end their use as a held-out test.
   */
  @Test
  void heldOutNamesDoNotLoseWithTheVocabulary() throws Exception {
    Path folder = SET.resolve("unseen");
    assumeTrue(Files.isDirectory(folder), "no held-out folder at " + folder.toAbsolutePath());
    EvaluationSet unseen = EvaluationSet.load(folder);
    MatchEvaluation evaluation = MatchEvaluation.of(unseen);
    var without = scores(evaluation, unseen, IndexOptions.defaults().withoutVocabulary());
    var with = scores(evaluation, unseen, IndexOptions.defaults());
    System.out.printf("held-out names: %d cases, nDCG@10 %.3f without, %.3f with the vocabulary%n",
        with.get(Setup.FACTORS_UNDERSTOOD).get("all").cases(),
        ndcg(without, Setup.FACTORS_UNDERSTOOD, "all"), ndcg(with, Setup.FACTORS_UNDERSTOOD, "all"));
    assertThat(with.get(Setup.FACTORS_UNDERSTOOD)).containsKeys("alias-unseen", "abbreviation-unseen");
    for (String kind : with.get(Setup.FACTORS_UNDERSTOOD).keySet()) {
      assertThat(ndcg(with, Setup.FACTORS_UNDERSTOOD, kind)).as(kind)
          .isGreaterThanOrEqualTo(ndcg(without, Setup.FACTORS_UNDERSTOOD, kind));
    }
    assertThat(ndcg(with, Setup.FACTORS_UNDERSTOOD, "all"))
        .isGreaterThan(ndcg(without, Setup.FACTORS_UNDERSTOOD, "all"));
  }

  @Test
  void overallQualityStaysAboveItsFloor() {
    // Measured on the first nine kinds: 0.815 plain, 0.939 with the set's synonyms and taxonomy,
    // 0.958 with the default vocabulary (multi-factor with understanding); MRR 1.000 expanded.
    assertThat(ndcg(plain, Setup.FACTORS_UNDERSTOOD, FIRST_KINDS)).isGreaterThan(0.79);
    assertThat(ndcg(expanded, Setup.FACTORS_UNDERSTOOD, FIRST_KINDS)).isGreaterThan(0.92);
    assertThat(ndcg(vocabulary, Setup.FACTORS_UNDERSTOOD, FIRST_KINDS)).isGreaterThan(0.93);
    assertThat(expanded.get(Setup.FACTORS_UNDERSTOOD).get("synonym").mrr()).isGreaterThan(0.95);
  }

  @Test
  void buyersComeFromUseNotFromMakingTheSameProduct() {
    // Measured: text only 0.103 / 0.120 (a text search for the product finds its makers),
    // multi-factor 0.630 / 0.739 nDCG@10 on 104 offers, without / with the set's synonyms and
    // taxonomy (0.772 with the bundled vocabulary).
    assertThat(buyersPlain.get(CustomerEvaluation.Setup.TEXT).get("all").cases()).isGreaterThanOrEqualTo(80);
    for (var s : List.of(buyersPlain, buyersExpanded)) {
      assertThat(s.get(CustomerEvaluation.Setup.FACTORS).get("all").ndcg10())
          .isGreaterThan(s.get(CustomerEvaluation.Setup.TEXT).get("all").ndcg10() + 0.40);
    }
    assertThat(buyersPlain.get(CustomerEvaluation.Setup.FACTORS).get("all").ndcg10()).isGreaterThan(0.60);
    assertThat(buyersExpanded.get(CustomerEvaluation.Setup.FACTORS).get("all").ndcg10()).isGreaterThan(0.72);
    assertThat(buyersPlain.get(CustomerEvaluation.Setup.FACTORS).get("all").recall10()).isGreaterThan(0.49);
    assertThat(buyersExpanded.get(CustomerEvaluation.Setup.FACTORS).get("all").recall10()).isGreaterThan(0.60);
  }

  @Test
  void buyersOfAnAliasNeedTheSynonyms() {
    // The relations use the catalogue name: nothing finds the alias's buyers without synonyms.
    assertThat(buyersExpanded.get(CustomerEvaluation.Setup.FACTORS).get("alias").ndcg10())
        .isGreaterThan(buyersPlain.get(CustomerEvaluation.Setup.FACTORS).get("alias").ndcg10() + 0.5);
  }
}
