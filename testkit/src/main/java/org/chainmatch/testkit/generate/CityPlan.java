package org.chainmatch.testkit.generate;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.chainmatch.core.OperatingState;

/**
 * The skeleton of a synthetic city, held as primitive arrays indexed by enterprise: where each
 * enterprise is, what it makes, how attractive a supplier it is, its operating status and whether
 * it is a key enterprise. Names, codes and texts are derived from it when written, so a city of
 * millions costs tens of bytes per enterprise here.
 *
 * <p>Immutable after {@link #draw}; the arrays are never handed out.
 */
final class CityPlan {
  // Supplier attractiveness is Pareto-distributed so that a few enterprises become hubs with many
  // customers while most supply a handful; capped so that one hub does not take a whole product.
  private static final double PARETO_ALPHA = 1.3;
  private static final double MAX_WEIGHT = 2_000;

  // Probability of 1, 2, 3 and 4 products per enterprise.
  private static final double[] PRODUCT_COUNT = {0.45, 0.30, 0.15, 0.10};

  // Extra products come from the same chain and tier, else from a neighbour in the chain.
  private static final double PEER_PRODUCT_SHARE = 0.85;

  private static final OperatingState[] STATES = OperatingState.values();

  private final int size;
  private final int[] region;
  private final int[] productStart;
  private final int[] products;
  private final float[] weight;
  private final byte[] state;
  private final byte[] capacity;
  private final BitSet key;

  private CityPlan(int size, int[] region, int[] productStart, int[] products, float[] weight,
      byte[] state, byte[] capacity, BitSet key) {
    this.size = size;
    this.region = region;
    this.productStart = productStart;
    this.products = products;
    this.weight = weight;
    this.state = state;
    this.capacity = capacity;
    this.key = key;
  }

  /**
   * Draws the plan of a city of {@code size} enterprises.
   *
   * @param keyShare the share of the home city's enterprises that are key enterprises; the most
   *     attractive suppliers are the likeliest to be
   */
  static CityPlan draw(int size, long seed, RegionPool regions, Catalogue catalogue,
      StatusMix statusMix, double keyShare) {
    int[] region = new int[size];
    int[] productStart = new int[size + 1];
    int[] products = new int[size * 2];
    float[] weight = new float[size];
    byte[] state = new byte[size];
    byte[] capacity = new byte[size];
    CumulativeWeights primaryDraw = primaryProductDraw(catalogue);
    int[] chosen = new int[PRODUCT_COUNT.length];
    int used = 0;
    for (int i = 0; i < size; i++) {
      SplittableRandom random = RandomStreams.PLAN.of(seed, i);
      region[i] = regions.draw(random);
      // StrictMath: Math.pow may differ in the last bit between interpreter and JIT, which would
      // break reproducibility.
      weight[i] = (float) Math.min(MAX_WEIGHT,
          StrictMath.pow(1 - random.nextDouble(), -1 / PARETO_ALPHA));
      int count = drawProducts(random, catalogue, primaryDraw, chosen);
      if (used + count > products.length) {
        products = Arrays.copyOf(products, Math.max(products.length * 3 / 2, used + count));
      }
      System.arraycopy(chosen, 0, products, used, count);
      used += count;
      productStart[i + 1] = used;
      OperatingState s = statusMix.drawState(random);
      state[i] = (byte) s.ordinal();
      capacity[i] = (byte) StatusMix.drawCapacity(s, random);
    }
    BitSet key = drawKeys(size, seed, regions, region, weight, keyShare);
    return new CityPlan(size, region, productStart, Arrays.copyOf(products, used), weight, state,
        capacity, key);
  }

  // Inputs used by many products have many makers; finished goods and niche inputs fewer.
  private static CumulativeWeights primaryProductDraw(Catalogue catalogue) {
    double[] weights = new double[catalogue.size()];
    for (int p = 0; p < weights.length; p++) {
      weights[p] = 1 + Math.sqrt(catalogue.consumersOf(p).length());
    }
    return CumulativeWeights.of(weights);
  }

  private static int drawProducts(SplittableRandom random, Catalogue catalogue,
      CumulativeWeights primaryDraw, int[] chosen) {
    int primary = primaryDraw.draw(random);
    chosen[0] = primary;
    int wanted = 1;
    double u = random.nextDouble();
    for (double p = PRODUCT_COUNT[0]; u >= p && wanted < PRODUCT_COUNT.length; ) {
      p += PRODUCT_COUNT[wanted++];
    }
    int count = 1;
    // A few tries per slot: small chains may not have enough distinct products to fill it.
    for (int attempt = 0; count < wanted && attempt < 4 * wanted; attempt++) {
      int candidate = relatedProduct(random, catalogue, primary);
      if (!contains(chosen, count, candidate)) {
        chosen[count++] = candidate;
      }
    }
    return count;
  }

  private static int relatedProduct(SplittableRandom random, Catalogue catalogue, int primary) {
    ImmutableIntArray peers = catalogue.peersOf(primary);
    if (peers.length() > 1 && random.nextDouble() < PEER_PRODUCT_SHARE) {
      return peers.get(random.nextInt(peers.length()));
    }
    CatalogueProduct product = catalogue.product(primary);
    ImmutableIntArray consumers = catalogue.consumersOf(primary);
    int neighbours = product.inputs().length() + consumers.length();
    if (neighbours == 0) {
      return primary;
    }
    int pick = random.nextInt(neighbours);
    return pick < product.inputs().length()
        ? product.inputs().get(pick)
        : consumers.get(pick - product.inputs().length());
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  // The home enterprises with the highest attractiveness times a random factor: key enterprises
  // (重点企业) are mostly large suppliers, but not strictly the largest.
  private static BitSet drawKeys(int size, long seed, RegionPool regions, int[] region,
      float[] weight, double keyShare) {
    BitSet key = new BitSet(size);
    int homeCount = 0;
    for (int i = 0; i < size; i++) {
      if (regions.isHome(region[i])) {
        homeCount++;
      }
    }
    int keyCount = (int) Math.round(keyShare * homeCount);
    if (keyCount == 0) {
      return key;
    }
    SplittableRandom random = RandomStreams.KEYS.of(seed);
    // Scores packed with the enterprise index so that one sort orders both, ties by index.
    long[] scored = new long[homeCount];
    int next = 0;
    for (int i = 0; i < size; i++) {
      if (regions.isHome(region[i])) {
        float score = weight[i] * (float) (0.5 + random.nextDouble());
        scored[next++] = ((long) Float.floatToIntBits(score) << 32) | (0xFFFFFFFFL & ~i);
      }
    }
    Arrays.sort(scored);
    for (int k = 0; k < keyCount; k++) {
      key.set(~(int) scored[homeCount - 1 - k]);
    }
    return key;
  }

  /** The number of enterprises. */
  int size() {
    return size;
  }

  /** The {@link RegionPool} index of enterprise {@code i}'s region. */
  int region(int i) {
    return region[i];
  }

  /** How many products enterprise {@code i} makes, 1..4. */
  int productCount(int i) {
    return productStart[i + 1] - productStart[i];
  }

  /** The catalogue id of enterprise {@code i}'s {@code k}-th product; {@code k == 0} is its main one. */
  int product(int i, int k) {
    return products[productStart[i] + k];
  }

  /** Whether enterprise {@code i} makes catalogue product {@code p}. */
  boolean makes(int i, int p) {
    for (int k = productStart[i]; k < productStart[i + 1]; k++) {
      if (products[k] == p) {
        return true;
      }
    }
    return false;
  }

  /** How attractive enterprise {@code i} is as a supplier, 1 up to a cap; heavy-tailed. */
  float weight(int i) {
    return weight[i];
  }

  /** Enterprise {@code i}'s operating state. */
  OperatingState state(int i) {
    return STATES[state[i]];
  }

  /** Enterprise {@code i}'s capacity in percent, or -1 when it reports none. */
  int capacity(int i) {
    return capacity[i];
  }

  /** Whether enterprise {@code i} is a key enterprise. */
  boolean isKey(int i) {
    return key.get(i);
  }
}
