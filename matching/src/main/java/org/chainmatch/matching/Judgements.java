package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmatch.core.Uscc;

/**
 * Graded relevance judgements of one demand (which enterprises are right answers, and how good:
 * grade 1 acceptable to 3 ideal) and the ranking metrics computed against them.
 *
 * <p>Metrics follow the usual information-retrieval definitions: nDCG with gain {@code 2^grade −
 * 1} and discount {@code log2(rank + 1)}, normalised by the ideal ordering of all judged
 * enterprises; recall as the share of judged enterprises in the top k; reciprocal rank of the
 * first judged enterprise (0 when none is ranked). Immutable.
 */
record Judgements(Map<Uscc, Integer> grades) {

  /** Validates and copies; every grade must be 1..3. */
  Judgements {
    grades = ImmutableMap.copyOf(grades);
    for (Map.Entry<Uscc, Integer> g : grades.entrySet()) {
      checkArgument(g.getValue() >= 1 && g.getValue() <= 3, "grade of %s must be 1..3 but was %s", g.getKey(), g.getValue());
    }
  }

  /** nDCG at {@code k} of a ranking, best first; 0 when nothing is judged relevant. */
  double ndcg(List<Uscc> ranking, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort((a, b) -> Integer.compare(b, a));
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of judged enterprises in the first {@code k}; 0 when nothing is judged. */
  double recall(List<Uscc> ranking, int k) {
    if (grades.isEmpty()) {
      return 0;
    }
    long found = ranking.stream().limit(k).filter(grades::containsKey).count();
    return (double) found / grades.size();
  }

  /** 1 / the rank of the first judged enterprise, or 0 if none is ranked. */
  double reciprocalRank(List<Uscc> ranking) {
    for (int i = 0; i < ranking.size(); i++) {
      if (grades.containsKey(ranking.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Judgements from a map, never null. */
  static Judgements of(Map<Uscc, Integer> grades) {
    return new Judgements(Objects.requireNonNull(grades, "grades"));
  }
}
