package org.chainmatch.testkit.generate;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;

/**
 * Draws the demands of a {@link CityPlan}: enterprises, mostly of the home city, that need an
 * input of something they make, posted as a bare product name, an alias or a sentence as on a
 * supply-demand board ("急购熔喷布二十吨，三天内到厂").
 *
 * <p>Each demand comes from its own random stream, so demand {@code k} is the same whatever the
 * demand count.
 */
final class DemandDrawer {
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000};
  private static final double OUTSIDE_REQUESTER_CHANCE = 0.05;
  private static final int REQUESTER_TRIES = 64;

  // How the product is written: bare name, alias, or a sentence.
  private static final double BARE_NAME_CHANCE = 0.35;
  private static final double ALIAS_CHANCE = 0.15;
  private static final double QUANTITY_CHANCE = 0.6;
  private static final double NEEDED_BY_CHANCE = 0.5;
  private static final double NOTE_CHANCE = 0.3;

  // {P} product as written, {Q} what the requester makes with it, {N} quantity and unit,
  // {D} days until needed. Templates with {N} are used only when a quantity is drawn.
  private static final ImmutableList<String> WITH_QUANTITY = ImmutableList.of(
      "急购{P}{N}，{D}天内到厂",
      "求购{P}{N}，价格面议",
      "现需{P}约{N}，可预付部分货款",
      "因订单增加，需{P}{N}，{D}天内交货");
  private static final ImmutableList<String> WITHOUT_QUANTITY = ImmutableList.of(
      "为生产{Q}需采购{P}，请有货源的企业联系",
      "{P}库存告急，影响{Q}生产，寻找替代供应商",
      "长期采购{P}，要求质量稳定、可开增值税专用发票",
      "原{P}供应商未复工，急需新货源",
      "寻{P}供应商，{D}天内交货，量大从优",
      "复工复产急需{P}，用于{Q}生产");
  private static final ImmutableList<String> NOTES = ImmutableList.of(
      "联系人：王经理",
      "可接受同等规格替代品",
      "需提供产品检测报告",
      "本市企业优先",
      "可上门提货",
      "款到发货或月结均可");

  private final CityPlan plan;
  private final Catalogue catalogue;
  private final RegionPool regions;
  private final long seed;
  private final LocalDate asOf;
  private final int idWidth;

  DemandDrawer(CityPlan plan, Catalogue catalogue, RegionPool regions, long seed, LocalDate asOf,
      int count) {
    this.plan = plan;
    this.catalogue = catalogue;
    this.regions = regions;
    this.seed = seed;
    this.asOf = asOf;
    this.idWidth = Math.max(6, String.valueOf(count).length());
  }

  /** The id of demand {@code k}, e.g. {@code XQ000042}; sorts in demand order. */
  String id(int k) {
    return "XQ" + Strings.padStart(String.valueOf(k + 1), idWidth, '0');
  }

  /**
   * Draws demand {@code k}.
   *
   * @param codes the USCC of each plan enterprise
   */
  Demand draw(int k, EnterpriseCodes codes) {
    SplittableRandom random = RandomStreams.DEMANDS.of(seed, k);
    int requester = requester(random);
    int made = madeProductWithInputs(requester, random);
    CatalogueProduct needed;
    CatalogueProduct output;
    if (made >= 0) {
      output = catalogue.product(made);
      needed = catalogue.product(output.inputs().get(random.nextInt(output.inputs().length())));
    } else {
      // Only when the catalogue has almost no inputs: the enterprise asks for more of its own.
      output = catalogue.product(plan.product(requester, 0));
      needed = output;
    }
    String written = writtenName(needed, random);
    boolean withQuantity = random.nextDouble() < QUANTITY_CHANCE;
    int digit = 1 + random.nextInt(9);
    int exponent = quantityExponent(needed.unit(), random);
    int days = 2 + random.nextInt(29);
    boolean withDate = random.nextDouble() < NEEDED_BY_CHANCE;
    double form = random.nextDouble();
    String product;
    if (form < BARE_NAME_CHANCE) {
      product = needed.name();
    } else if (form < BARE_NAME_CHANCE + ALIAS_CHANCE && !needed.aliases().isEmpty()) {
      product = needed.aliases().get(random.nextInt(needed.aliases().size()));
    } else {
      List<String> templates = withQuantity ? WITH_QUANTITY : WITHOUT_QUANTITY;
      product = templates.get(random.nextInt(templates.size()))
          .replace("{P}", written)
          .replace("{Q}", output.name())
          .replace("{N}", ChineseNumerals.round(digit, exponent) + needed.unit())
          .replace("{D}", daysText(days));
    }
    String note = random.nextDouble() < NOTE_CHANCE ? NOTES.get(random.nextInt(NOTES.size())) : "";
    return new Demand(
        id(k),
        codes.uscc(requester),
        product,
        withQuantity ? OptionalDouble.of(digit * POWERS_OF_TEN[exponent]) : OptionalDouble.empty(),
        withQuantity ? needed.unit() : "",
        withDate ? Optional.of(asOf.plusDays(days)) : Optional.empty(),
        note);
  }

  private int requester(SplittableRandom random) {
    boolean outside = random.nextDouble() < OUTSIDE_REQUESTER_CHANCE;
    int fallback = random.nextInt(plan.size());
    for (int t = 0; t < REQUESTER_TRIES; t++) {
      int i = random.nextInt(plan.size());
      if (regions.isHome(plan.region(i)) != outside && hasInputs(i)) {
        return i;
      }
    }
    return fallback;
  }

  private boolean hasInputs(int i) {
    for (int k = 0; k < plan.productCount(i); k++) {
      if (catalogue.product(plan.product(i, k)).hasInputs()) {
        return true;
      }
    }
    return false;
  }

  /** A product enterprise {@code i} makes that has inputs, or -1 if none does. */
  private int madeProductWithInputs(int i, SplittableRandom random) {
    int count = plan.productCount(i);
    int offset = random.nextInt(count);
    for (int k = 0; k < count; k++) {
      int p = plan.product(i, (offset + k) % count);
      if (catalogue.product(p).hasInputs()) {
        return p;
      }
    }
    return -1;
  }

  // Short delays are written out (三天), longer ones in digits (15天), as people post them.
  private static String daysText(int days) {
    return days < 10 ? ChineseNumerals.round(days, 0) : String.valueOf(days);
  }

  private static String writtenName(CatalogueProduct product, SplittableRandom random) {
    if (!product.aliases().isEmpty() && random.nextDouble() < ALIAS_CHANCE) {
      return product.aliases().get(random.nextInt(product.aliases().size()));
    }
    return product.name();
  }

  // Bulk goods come in tens of tonnes, parts in hundreds or thousands of pieces, and units that
  // are already large (万只, 千米) in ones and tens.
  private static int quantityExponent(String unit, SplittableRandom random) {
    if (unit.startsWith("万") || unit.startsWith("千")) {
      return random.nextInt(2);
    }
    return switch (unit) {
      case "吨", "立方米" -> random.nextInt(3);
      case "台", "套", "辆", "副", "头" -> random.nextInt(2);
      case "公斤", "米", "平方米", "条", "件", "块", "片", "只", "个", "支", "张", "卷", "包", "箱", "瓶" ->
          1 + random.nextInt(3);
      default -> random.nextInt(3);
    };
  }
}
