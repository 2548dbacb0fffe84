package org.chainmatch.testkit.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingStatus;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Registers the enterprises of a {@link CityPlan}: gives each a unique name such as {@code
 * 苏州恒力新材料有限公司} (place, trade name, the word of its main product, legal form), its code,
 * products as written, business scope and industries.
 *
 * <p>Enterprises must be registered in index order, once each: a name's uniqueness is checked
 * against the names given so far, which are remembered only as 64-bit hashes (a hash collision
 * merely costs another draw, never a duplicate). Not thread-safe.
 */
final class Registrar {
  // Product names written as an alias rather than the catalogue name, as enterprises do.
  private static final double ALIAS_CHANCE = 0.12;
  private static final int MAX_NAME_ATTEMPTS = 1_000;

  private final CityPlan plan;
  private final Catalogue catalogue;
  private final RegionPool regions;
  private final TradeNames tradeNames;
  private final ScopePhrases scopePhrases;
  private final EnterpriseCodes codes;
  private final long seed;
  private final LongHashSet names;
  private final StringBuilder name = new StringBuilder(32);
  private int next;

  Registrar(CityPlan plan, Catalogue catalogue, RegionPool regions, TradeNames tradeNames,
      ScopePhrases scopePhrases, EnterpriseCodes codes, long seed) {
    this.plan = plan;
    this.catalogue = catalogue;
    this.regions = regions;
    this.tradeNames = tradeNames;
    this.scopePhrases = scopePhrases;
    this.codes = codes;
    this.seed = seed;
    this.names = new LongHashSet(plan.size());
  }

  /** Registers the next enterprise. */
  Enterprise next() {
    int i = next++;
    SplittableRandom random = RandomStreams.NAMES.of(seed, i);
    CatalogueProduct main = catalogue.product(plan.product(i, 0));
    Enterprise.Builder builder =
        Enterprise.builder(codes.uscc(i), uniqueName(i, main, random), regions.unit(plan.region(i)));
    List<String> products = new ArrayList<>(plan.productCount(i));
    List<CatalogueProduct> made = new ArrayList<>(plan.productCount(i));
    Set<IndustryCode> industries = new LinkedHashSet<>();
    for (int k = 0; k < plan.productCount(i); k++) {
      CatalogueProduct p = catalogue.product(plan.product(i, k));
      made.add(p);
      products.add(!p.aliases().isEmpty() && random.nextDouble() < ALIAS_CHANCE
          ? p.aliases().get(random.nextInt(p.aliases().size()))
          : p.name());
      industries.add(p.industry());
    }
    return builder
        .products(products)
        .industries(industries)
        .scope(scopePhrases.scope(made, random))
        .status(OperatingStatus.of(plan.state(i), plan.capacity(i)))
        .key(plan.isKey(i))
        .build();
  }

  private String uniqueName(int i, CatalogueProduct main, SplittableRandom random) {
    String place = regions.namePrefix(plan.region(i));
    String form = legalForm(random);
    for (int attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
      name.setLength(0);
      name.append(place).append(tradeNames.draw(random, attempt)).append(main.nameWord())
          .append(form);
      if (names.add(hash(name))) {
        return name.toString();
      }
    }
    throw new IllegalStateException(String.format(
        "no free name for enterprise %s after %s attempts; the trade names are too few",
        i, MAX_NAME_ATTEMPTS));
  }

  // 64 bits, so that among millions of names a false "taken" is rare; it would only cost a redraw.
  private static long hash(CharSequence text) {
    long h = 0;
    for (int k = 0; k < text.length(); k++) {
      h = (h + text.charAt(k)) * 0x9E3779B97F4A7C15L;
    }
    return RandomStreams.mix64(h);
  }

  private static String legalForm(SplittableRandom random) {
    int u = random.nextInt(100);
    return u < 82 ? "有限公司" : u < 94 ? "股份有限公司" : "有限责任公司";
  }
}
