package org.chainmatch.benchmarks.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;

/**
 * A reproducible synthetic economy for benchmarks: {@code enterprises} enterprises, each buying
 * through {@code relationsPerEnterprise} relations; enterprise {@code i} makes product {@code i mod
 * 2000}.
 *
 * <p>Shapes that matter to analysis cost are kept realistic: 70% of enterprises sit in the districts
 * of the home city 福州, the rest in 苏州; 80% are resumed, 10% partial, 10% suspended; 5% are key
 * enterprises; two thirds of relations carry a share. Products come from a pool of 2,000 names.
 * Not a model of any real economy: {@code org.chainmatch.core.generate} is for realistic data.
 */
final class SyntheticEconomy {
  static final RegionCode HOME_CITY = RegionTable.bundled().resolve("350100");
  private static final int PRODUCTS = 2_000;

  private final int enterprises;
  private final int relationsPerEnterprise;
  private final long seed;

  SyntheticEconomy(int enterprises, int relationsPerEnterprise, long seed) {
    checkArgument(enterprises >= 2, "need at least 2 enterprises but got %s", enterprises);
    checkArgument(relationsPerEnterprise >= 0, "relationsPerEnterprise %s < 0", relationsPerEnterprise);
    this.enterprises = enterprises;
    this.relationsPerEnterprise = relationsPerEnterprise;
    this.seed = seed;
  }

  static Uscc uscc(int n) {
    return Uscc.withComputedCheck(String.format("91350100M%08d", n));
  }

  /** The enterprises, numbered 0..n-1. */
  List<Enterprise> enterprises() {
    RegionTable table = RegionTable.bundled();
    List<RegionCode> home = table.childrenOf(HOME_CITY);
    List<RegionCode> away = table.childrenOf(table.resolve("320500"));
    SplittableRandom random = new SplittableRandom(seed);
    List<Enterprise> out = new ArrayList<>(enterprises);
    for (int i = 0; i < enterprises; i++) {
      RegionCode region =
          random.nextInt(10) < 7
              ? home.get(random.nextInt(home.size()))
              : away.get(random.nextInt(away.size()));
      int roll = random.nextInt(10);
      OperatingStatus status =
          OperatingStatus.of(
              roll < 8 ? OperatingState.RESUMED : roll < 9 ? OperatingState.PARTIAL : OperatingState.SUSPENDED);
      out.add(
          Enterprise.builder(uscc(i), "企业" + i, region)
              .product(productOf(i))
              .status(status)
              .key(random.nextInt(20) == 0)
              .build());
    }
    return out;
  }

  /**
   * Streams the relations to {@code sink} without holding them: each customer buys two input
   * products, splitting its relations between them, from random makers of each product (so most
   * inputs have two or three suppliers); a third of the inputs carry shares that sum to 1.
   */
  void relations(Consumer<SupplyRelation> sink) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int products = Math.min(PRODUCTS, enterprises / 2);
    int makersPerProduct = enterprises / products;
    for (int customer = 0; customer < enterprises; customer++) {
      Uscc to = uscc(customer);
      int left = relationsPerEnterprise;
      for (int input = 0; input < 2 && left > 0; input++) {
        int suppliers = input == 0 ? (relationsPerEnterprise + 1) / 2 : left;
        left -= suppliers;
        int product = random.nextInt(products);
        boolean withShares = random.nextInt(3) == 0;
        for (int k = 0; k < suppliers; k++) {
          int supplier = product + products * random.nextInt(makersPerProduct);
          if (supplier == customer) {
            continue;
          }
          double share = withShares ? 1.0 / suppliers : Double.NaN;
          sink.accept(new SupplyRelation(uscc(supplier), to, productOf(supplier), share));
        }
      }
    }
  }

  SupplyGraph graph(List<Enterprise> all) {
    SupplyGraph.Builder builder = SupplyGraph.builder();
    all.forEach(builder::addEnterprise);
    relations(builder::addRelation);
    return builder.build();
  }

  SupplyGraph graph() {
    return graph(enterprises());
  }

  private String productOf(int enterprise) {
    return "产品" + enterprise % Math.min(PRODUCTS, enterprises / 2);
  }
}
