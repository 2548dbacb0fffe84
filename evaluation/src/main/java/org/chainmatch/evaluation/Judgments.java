package org.chainmatch.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Uscc;

/**
 * Graded relevance judgments for one demand, and the ranking metrics computed against them.
 *
 * <p>Grades are 0 (not relevant) and up; an enterprise with no judgment counts as grade 0.
 * Immutable and thread-safe.
 *
 * @param grades each judged enterprise's grade, non-negative
 */
public record Judgments(Map<Uscc, Integer> grades) {

  /** Validates and copies. */
  public Judgments {
    grades = ImmutableMap.copyOf(grades);
    grades.forEach((u, g) -> checkArgument(g >= 0, "grade of %s must be >= 0 but was %s", u, g));
  }

  /** The grade of {@code uscc}, 0 when unjudged. */
  public int grade(Uscc uscc) {
    return grades.getOrDefault(uscc, 0);
  }

  /** Number of enterprises with grade 1 or more. */
  public int relevantCount() {
    return (int) grades.values().stream().filter(g -> g > 0).count();
  }

  /**
   * Normalised discounted cumulative gain at {@code k}: gain {@code 2^grade - 1}, discount {@code
   * log2(rank + 1)}, divided by the ideal ordering's. 0 when nothing is relevant.
   */
  public double ndcgAt(List<Uscc> ranking, int k) {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += gain(grade(ranking.get(i))) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Share of the relevant enterprises found in the first {@code k}; 0 when nothing is relevant. */
  public double recallAt(List<Uscc> ranking, int k) {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    int relevant = relevantCount();
    if (relevant == 0) {
      return 0;
    }
    long found = ranking.stream().limit(k).distinct().filter(u -> grade(u) > 0).count();
    return (double) found / relevant;
  }

  /** {@code 1 / rank} of the first relevant enterprise, 0 when none is ranked. */
  public double reciprocalRank(List<Uscc> ranking) {
    for (int i = 0; i < ranking.size(); i++) {
      if (grade(ranking.get(i)) > 0) {
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
}
