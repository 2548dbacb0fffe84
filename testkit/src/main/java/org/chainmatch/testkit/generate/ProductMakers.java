package org.chainmatch.testkit.generate;

import java.util.SplittableRandom;

/**
 * For each catalogue product, the enterprises of a {@link CityPlan} that make it, drawn in
 * proportion to their attractiveness as suppliers; separately for all enterprises and for those of
 * the home city, so that customers can prefer local suppliers. Immutable.
 */
final class ProductMakers {
  private final int[] start; // CSR offsets by product, into makers
  private final int[] makers;
  private final CumulativeWeights[] all;
  private final int[] homeStart;
  private final int[] homeMakers;
  private final CumulativeWeights[] home;

  private ProductMakers(int[] start, int[] makers, CumulativeWeights[] all, int[] homeStart,
      int[] homeMakers, CumulativeWeights[] home) {
    this.start = start;
    this.makers = makers;
    this.all = all;
    this.homeStart = homeStart;
    this.homeMakers = homeMakers;
    this.home = home;
  }

  /** Indexes the makers of every product of {@code catalogue} in {@code plan}. */
  static ProductMakers of(CityPlan plan, Catalogue catalogue, RegionPool regions) {
    int products = catalogue.size();
    int[] start = new int[products + 1];
    int[] homeStart = new int[products + 1];
    for (int i = 0; i < plan.size(); i++) {
      boolean isHome = regions.isHome(plan.region(i));
      for (int k = 0; k < plan.productCount(i); k++) {
        int p = plan.product(i, k);
        start[p + 1]++;
        if (isHome) {
          homeStart[p + 1]++;
        }
      }
    }
    for (int p = 0; p < products; p++) {
      start[p + 1] += start[p];
      homeStart[p + 1] += homeStart[p];
    }
    int[] makers = new int[start[products]];
    int[] homeMakers = new int[homeStart[products]];
    double[] weights = new double[makers.length];
    double[] homeWeights = new double[homeMakers.length];
    int[] fill = start.clone();
    int[] homeFill = homeStart.clone();
    // Enterprises in index order, so each product's makers are ascending: the draws depend only on
    // the plan, never on iteration order of a hash structure.
    for (int i = 0; i < plan.size(); i++) {
      boolean isHome = regions.isHome(plan.region(i));
      for (int k = 0; k < plan.productCount(i); k++) {
        int p = plan.product(i, k);
        weights[fill[p]] = plan.weight(i);
        makers[fill[p]++] = i;
        if (isHome) {
          homeWeights[homeFill[p]] = plan.weight(i);
          homeMakers[homeFill[p]++] = i;
        }
      }
    }
    CumulativeWeights[] all = new CumulativeWeights[products];
    CumulativeWeights[] home = new CumulativeWeights[products];
    for (int p = 0; p < products; p++) {
      if (start[p] < start[p + 1]) {
        all[p] = CumulativeWeights.overRange(weights, start[p], start[p + 1]);
      }
      if (homeStart[p] < homeStart[p + 1]) {
        home[p] = CumulativeWeights.overRange(homeWeights, homeStart[p], homeStart[p + 1]);
      }
    }
    return new ProductMakers(start, makers, all, homeStart, homeMakers, home);
  }

  /** How many enterprises make {@code product}. */
  int count(int product) {
    return start[product + 1] - start[product];
  }

  /** Whether some enterprise of the home city makes {@code product}. */
  boolean madeAtHome(int product) {
    return home[product] != null;
  }

  /**
   * Draws a maker of {@code product} by attractiveness, among the home city's makers if {@code
   * local}, else among all. The product must have makers of that kind.
   */
  int draw(int product, boolean local, SplittableRandom random) {
    return local
        ? homeMakers[homeStart[product] + home[product].draw(random)]
        : makers[start[product] + all[product].draw(random)];
  }
}
