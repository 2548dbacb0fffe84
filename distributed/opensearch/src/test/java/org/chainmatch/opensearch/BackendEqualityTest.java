package org.chainmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.evaluation.EvaluationCase;
import org.chainmatch.evaluation.EvaluationSet;
import org.chainmatch.matching.DemandText;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.SupplierMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the labelled evaluation set, the OpenSearch backend answers every demand as the embedded
 * Lucene index does: the same top 10 (ids and order; candidates of exactly equal score may come
 * in another order), with and without the set's synonyms and taxonomy, and the unchanged matchers
 * on top of it rank the same suppliers.
 */
@ExtendWith(TestCluster.Extension.class)
class BackendEqualityTest {
  private static final int K = 10;
  /** Float rounding: a few ulps of a score near 1 (an ulp is 6e-8 there). */
  private static final double SAME_SCORE = 1e-6;

  private static EvaluationSet set;
  private static LuceneCapabilityIndex lucene;
  private static LuceneCapabilityIndex luceneExpanded;
  private static OpenSearchCapabilityIndex cluster;
  private static OpenSearchCapabilityIndex clusterExpanded;

  @BeforeAll
  static void build(TestCluster testCluster) throws Exception {
    set = EvaluationData.load();
    IndexOptions plain = IndexOptions.defaults();
    IndexOptions expanded = plain.withSynonyms(set.synonyms().orElseThrow())
        .withTaxonomy(set.taxonomy().orElseThrow());
    lucene = filled(LuceneCapabilityIndex.inMemory(plain));
    luceneExpanded = filled(LuceneCapabilityIndex.inMemory(expanded));
    // Two shards and a replica: the top 10 is merged from both nodes.
    cluster = testCluster.open(OpenSearchIndexOptions.defaults("equality"));
    cluster.addAll(set.enterprises());
    cluster.refresh();
    // The same cluster indices, read with the set's synonyms and taxonomy.
    clusterExpanded = testCluster.open(OpenSearchIndexOptions.defaults("equality").withScoring(expanded));
  }

  private static LuceneCapabilityIndex filled(LuceneCapabilityIndex index) throws Exception {
    index.addAll(set.enterprises());
    index.refresh();
    return index;
  }

  @AfterAll
  static void close() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {lucene, luceneExpanded, cluster, clusterExpanded}) {
      if (c != null) {
        c.close();
      }
    }
  }

  @Test
  void bothBackendsHoldTheWholeSet() throws Exception {
    assertThat(cluster.size()).isEqualTo(lucene.size()).isEqualTo(set.enterprises().size());
  }

  @Test
  void everyDemandsTopTenIsTheSame() throws Exception {
    assertSameTopTen(lucene, cluster);
  }

  @Test
  void everyDemandsTopTenIsTheSameWithSynonymsAndTaxonomy() throws Exception {
    assertSameTopTen(luceneExpanded, clusterExpanded);
  }

  /**
   * The unchanged matchers on either backend rank the same suppliers with the same scores, for
   * all but a few demands. Those few are not the backend's doing: the matcher lets the first
   * candidates of the pool vote for the requester's industry, and among candidates of equal
   * relevance that order is the index's arbitrary one (insertion order in Lucene, shard order on
   * the cluster), so the embedded index alone can rank them differently after a rebuild.
   */
  @Test
  void theMatchersRankTheSameSuppliersOnEitherBackend() throws Exception {
    SupplierMatcher onLucene = SupplierMatcher.builder(lucene).enterprises(set.enterprises()).build();
    SupplierMatcher onCluster = SupplierMatcher.builder(cluster).enterprises(set.enterprises()).build();
    MatchOptions top = MatchOptions.defaults().withTopK(K);
    MatchOptions deep = MatchOptions.defaults().withTopK(10 * K);
    int compared = 0;
    List<String> differing = new ArrayList<>();
    for (EvaluationCase c : set.cases()) {
      List<Ranked> expected = ranked(onLucene.match(c.demand(), top).matches());
      List<Ranked> actual = ranked(onCluster.match(c.demand(), top).matches());
      Map<Uscc, Double> deeper = new HashMap<>();
      onLucene.match(c.demand(), deep).matches().forEach(m -> deeper.put(m.enterprise().uscc(), m.score()));
      try {
        assertSameRanking("suppliers for " + c.demand().id() + " " + c.demand().product(),
            expected, actual, deeper);
      } catch (AssertionError e) {
        differing.add(e.getMessage().lines().findFirst().orElse(c.demand().id()));
      }
      compared += expected.isEmpty() ? 0 : 1;
    }
    assertThat(compared).isGreaterThan(set.cases().size() / 2);
    System.out.println("demands the matchers rank differently: " + differing);
    // Seen: none on the current set (syn-06 once, before the product vocabulary); 2% tolerated.
    assertThat(differing).as("demands ranked differently").hasSizeLessThanOrEqualTo(set.cases().size() / 50);
  }

  /** An id and the score it was ranked by. */
  record Ranked(Uscc uscc, double score) {}

  private static List<Ranked> ranked(List<Match> matches) {
    return matches.stream().map(m -> new Ranked(m.enterprise().uscc(), m.score())).toList();
  }

  private static List<Ranked> rankedCandidates(List<Candidate> candidates) {
    return candidates.stream().map(c -> new Ranked(c.uscc(), c.relevance())).toList();
  }

  private static void assertSameTopTen(CapabilityIndex expectedIndex, CapabilityIndex actualIndex)
      throws Exception {
    int nonEmpty = 0;
    for (EvaluationCase c : set.cases()) {
      Demand d = c.demand();
      CandidateFilter notSelf = CandidateFilter.none().excluding(Set.of(d.requester()));
      for (String text : new LinkedHashSet<>(List.of(
          d.product().strip(), DemandText.parse(d.product()).product()))) {
        if (text.isBlank()) {
          continue;
        }
        List<Candidate> expected = expectedIndex.search(new CapabilityQuery(text, K, notSelf, false));
        List<Candidate> actual = actualIndex.search(new CapabilityQuery(text, K, notSelf, false));
        // Deeper list of the reference, to check candidates tied at the cut.
        Map<Uscc, Double> deeper = new HashMap<>();
        for (Candidate x : expectedIndex.search(new CapabilityQuery(text, 200, notSelf, false))) {
          deeper.put(x.uscc(), x.relevance());
        }
        assertSameRanking(d.id() + " \"" + text + "\"",
            rankedCandidates(expected), rankedCandidates(actual), deeper);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(nonEmpty).isGreaterThan(set.cases().size() / 2);
  }

  /**
   * Same length, the same score at every rank, and the same ids within every run of equal score;
   * the last run may be cut differently, so there each id need only have that score in the deeper
   * reference list. Scores are equal when they differ by float rounding only: the same float
   * terms summed in another order (the embedded index answers some queries in stages, which sums
   * product and evidence scores in another order than one query does).
   */
  static void assertSameRanking(
      String what, List<Ranked> expected, List<Ranked> actual, Map<Uscc, Double> reference) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).score()).as("%s rank %d", what, i + 1)
          .isCloseTo(expected.get(i).score(), org.assertj.core.data.Offset.offset(SAME_SCORE));
    }
    int start = 0;
    while (start < expected.size()) {
      int end = start;
      while (end < expected.size()
          && Math.abs(expected.get(end).score() - expected.get(start).score()) <= SAME_SCORE) {
        end++;
      }
      List<Uscc> want = expected.subList(start, end).stream().map(Ranked::uscc).toList();
      List<Uscc> got = actual.subList(start, end).stream().map(Ranked::uscc).toList();
      if (end < expected.size()) {
        assertThat(got).as("%s ranks %d..%d", what, start + 1, end).containsExactlyInAnyOrderElementsOf(want);
      } else {
        double tied = expected.get(start).score();
        for (Uscc u : got) {
          assertThat(reference.get(u)).as("%s: %s tied at the cut", what, u)
              .isNotNull().isCloseTo(tied, org.assertj.core.data.Offset.offset(SAME_SCORE));
        }
      }
      start = end;
    }
  }
}
