package org.chainmatch.testkit.generate;

import com.google.common.primitives.ImmutableIntArray;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws the supply relations of a {@link CityPlan}: every customer needs the catalogue inputs of
 * the products it makes, and buys each from one or a few makers of that input, chosen by their
 * attractiveness (so hubs emerge) and preferring the home city's makers.
 *
 * <p>Relations are produced customer by customer in index order, inputs ascending, each customer
 * from its own random stream; so the output is reproducible and needs no memory beyond the plan.
 */
final class RelationDrawer {
  /** Receives relations as plan indexes; share in basis points (1/10,000), or -1 when unknown. */
  interface Sink {
    void accept(int supplier, int customer, int product, int shareBasisPoints) throws IOException;
  }

  static final int UNKNOWN_SHARE = -1;
  static final int WHOLE = 10_000;

  // A customer buys an input from one supplier or a few; the mean is raised only when the
  // requested density needs more relations than the customers have inputs.
  private static final double BASE_SUPPLIERS_PER_INPUT = 1.6;
  private static final int MAX_SUPPLIERS_PER_INPUT = 32;
  private static final int TRIES_PER_SUPPLIER = 8;

  // Chance of buying from a home-city maker, for customers inside and outside the city.
  private static final double LOCAL_FOR_HOME_CUSTOMER = 0.75;
  private static final double LOCAL_FOR_OUTSIDE_CUSTOMER = 0.5;

  // Relation files often lack shares; when known, the suppliers on record cover the whole need
  // half the time and part of it (the rest is unrecorded) otherwise.
  private static final double UNKNOWN_SHARE_CHANCE = 0.12;
  private static final double WHOLE_COVERAGE_CHANCE = 0.5;

  private final CityPlan plan;
  private final Catalogue catalogue;
  private final ProductMakers makers;
  private final RegionPool regions;
  private final long seed;
  private final double slotChance;
  private final double extraSupplierChance;

  private RelationDrawer(CityPlan plan, Catalogue catalogue, ProductMakers makers,
      RegionPool regions, long seed, double slotChance, double suppliersPerInput) {
    this.plan = plan;
    this.catalogue = catalogue;
    this.makers = makers;
    this.regions = regions;
    this.seed = seed;
    this.slotChance = slotChance;
    this.extraSupplierChance = 1 - 1 / suppliersPerInput;
  }

  /**
   * A drawer calibrated to produce about {@code target} relations: fewer when the plan's customers
   * have too few inputs with makers to carry that many.
   */
  static RelationDrawer calibrated(CityPlan plan, Catalogue catalogue, ProductMakers makers,
      RegionPool regions, long seed, long target) {
    long slots = 0;
    int[] inputs = new int[64];
    for (int i = 0; i < plan.size(); i++) {
      slots += inputsOf(plan, catalogue, makers, i, inputs).length;
    }
    double slotChance = 0;
    double perInput = BASE_SUPPLIERS_PER_INPUT;
    if (slots > 0 && target > 0) {
      double needed = (double) target / slots;
      slotChance = Math.min(1, needed / BASE_SUPPLIERS_PER_INPUT);
      perInput = Math.min(MAX_SUPPLIERS_PER_INPUT, Math.max(BASE_SUPPLIERS_PER_INPUT, needed));
    }
    return new RelationDrawer(plan, catalogue, makers, regions, seed, slotChance, perInput);
  }

  /** Draws every relation into {@code sink}. */
  void drawAll(Sink sink) throws IOException {
    if (slotChance == 0) {
      return;
    }
    int[] scratch = new int[64];
    int[] suppliers = new int[MAX_SUPPLIERS_PER_INPUT];
    int[] shares = new int[MAX_SUPPLIERS_PER_INPUT];
    for (int customer = 0; customer < plan.size(); customer++) {
      SplittableRandom random = RandomStreams.RELATIONS.of(seed, customer);
      int[] inputs = inputsOf(plan, catalogue, makers, customer, scratch);
      boolean homeCustomer = regions.isHome(plan.region(customer));
      for (int input : inputs) {
        if (random.nextDouble() >= slotChance) {
          continue;
        }
        int count = drawSuppliers(customer, input, homeCustomer, random, suppliers);
        drawShares(suppliers, count, random, shares);
        for (int k = 0; k < count; k++) {
          sink.accept(suppliers[k], customer, input, shares[k]);
        }
      }
    }
  }

  private int drawSuppliers(int customer, int input, boolean homeCustomer,
      SplittableRandom random, int[] suppliers) {
    int wanted = 1;
    while (wanted < MAX_SUPPLIERS_PER_INPUT && random.nextDouble() < extraSupplierChance) {
      wanted++;
    }
    wanted = Math.min(wanted, makers.count(input) - (plan.makes(customer, input) ? 1 : 0));
    double localChance = homeCustomer ? LOCAL_FOR_HOME_CUSTOMER : LOCAL_FOR_OUTSIDE_CUSTOMER;
    int count = 0;
    for (int tries = 0; count < wanted && tries < wanted * TRIES_PER_SUPPLIER; tries++) {
      boolean local = makers.madeAtHome(input) && random.nextDouble() < localChance;
      int supplier = makers.draw(input, local, random);
      if (supplier != customer && !contains(suppliers, count, supplier)) {
        suppliers[count++] = supplier;
      }
    }
    return count;
  }

  // Integer basis points so that the shares as written (four decimals) still add up to at most 1.
  private void drawShares(int[] suppliers, int count, SplittableRandom random, int[] shares) {
    if (count == 0) {
      return;
    }
    if (random.nextDouble() < UNKNOWN_SHARE_CHANCE) {
      Arrays.fill(shares, 0, count, UNKNOWN_SHARE);
      return;
    }
    int total = random.nextDouble() < WHOLE_COVERAGE_CHANCE
        ? WHOLE : WHOLE / 2 + random.nextInt(WHOLE / 2 + 1);
    double[] parts = new double[count];
    double sum = 0;
    for (int k = 0; k < count; k++) {
      // Larger suppliers tend to cover more of a customer's need.
      parts[k] = plan.weight(suppliers[k]) * (0.5 + random.nextDouble());
      sum += parts[k];
    }
    int largest = 0;
    for (int k = 0; k < count; k++) {
      shares[k] = (int) (total * parts[k] / sum);
      if (shares[k] > shares[largest]) {
        largest = k;
      }
    }
    for (int k = 0; k < count; k++) {
      if (shares[k] == 0) {
        shares[k] = 1;
        shares[largest]--;
      }
    }
  }

  /**
   * The distinct inputs, ascending, of the products enterprise {@code i} makes that some other
   * enterprise makes.
   */
  private static int[] inputsOf(CityPlan plan, Catalogue catalogue, ProductMakers makers, int i,
      int[] scratch) {
    int n = 0;
    for (int k = 0; k < plan.productCount(i); k++) {
      ImmutableIntArray inputs = catalogue.product(plan.product(i, k)).inputs();
      for (int j = 0; j < inputs.length(); j++) {
        int input = inputs.get(j);
        int others = makers.count(input) - (plan.makes(i, input) ? 1 : 0);
        if (others > 0 && !contains(scratch, n, input)) {
          if (n == scratch.length) {
            scratch = Arrays.copyOf(scratch, n * 2);
          }
          scratch[n++] = input;
        }
      }
    }
    int[] result = Arrays.copyOf(scratch, n);
    Arrays.sort(result);
    return result;
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }
}
