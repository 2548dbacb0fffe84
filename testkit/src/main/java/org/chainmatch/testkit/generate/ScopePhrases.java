package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import org.chainmatch.core.io.TsvRows;

/**
 * The business-scope (经营范围) phrases of each industrial chain, and the writing of an
 * enterprise's scope from them and its products, e.g. {@code 一般项目：熔喷布、医用口罩的生产、销售；
 * 医用口罩生产；医用口罩批发；医用口罩零售（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）}.
 *
 * <p>The format, read by {@link #load}, is UTF-8 tab-separated text with the header {@code chain
 * phrase}, one phrase per row; blank lines and lines starting with {@code #} are ignored. A chain
 * without phrases gets a scope of its product words alone. Immutable.
 */
final class ScopePhrases {
  static final String BUNDLED_RESOURCE = "scope-phrases.tsv";

  private static final List<String> HEADER = List.of("chain", "phrase");

  // How the products themselves are put; {P} is the product list.
  private static final ImmutableList<String> PRODUCT_CLAUSES = ImmutableList.of(
      "{P}的生产、销售",
      "{P}的研发、生产和销售",
      "生产、加工、销售{P}",
      "{P}制造；{P}销售");
  private static final String GENERAL_PREFIX = "一般项目：";
  private static final String TRADE = "货物进出口；技术进出口";
  private static final String GENERAL_SUFFIX = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";

  private final ImmutableListMultimap<String, String> byChain;

  private ScopePhrases(ImmutableListMultimap<String, String> byChain) {
    this.byChain = byChain;
  }

  private static final class Bundled {
    static final ScopePhrases INSTANCE = loadBundled();

    private static ScopePhrases loadBundled() {
      try (InputStream in = ScopePhrases.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        checkNotNull(in, "bundled scope phrases missing: %s", BUNDLED_RESOURCE);
        return load(in, BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled scope phrases " + BUNDLED_RESOURCE, e);
      }
    }
  }

  /** The phrases bundled with chainmatch, loaded on first call. */
  static ScopePhrases bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads phrases in the format described {@linkplain ScopePhrases above}; does not close {@code
   * tsv}.
   *
   * @throws IllegalArgumentException naming {@code source} and the line if the format is broken
   */
  static ScopePhrases load(InputStream tsv, String source) {
    ImmutableListMultimap.Builder<String, String> byChain = ImmutableListMultimap.builder();
    boolean headerSeen = false;
    for (TsvRows.Row row : TsvRows.readUtf8(tsv, "scope phrases " + source)) {
      List<String> fields = row.fields();
      String line = String.join("\t", fields);
      if (!headerSeen) {
        checkArgument(fields.equals(HEADER),
            "scope phrases %s, line %s: expected the header chain<TAB>phrase, found \"%s\"",
            source, row.line(), line);
        headerSeen = true;
        continue;
      }
      checkArgument(fields.size() == 2 && !fields.get(0).isBlank() && !fields.get(1).isBlank(),
          "scope phrases %s, line %s: expected a chain and a phrase, found \"%s\"",
          source, row.line(), line);
      byChain.put(fields.get(0).strip(), fields.get(1).strip());
    }
    checkArgument(headerSeen, "scope phrases %s: no header line", source);
    return new ScopePhrases(byChain.build());
  }

  /**
   * Writes the business scope of an enterprise that makes {@code products} (main product first):
   * its products' names and one or two phrases of the main product's chain.
   */
  String scope(List<CatalogueProduct> products, SplittableRandom random) {
    StringBuilder names = new StringBuilder(32);
    for (CatalogueProduct p : products) {
      names.append(names.length() == 0 ? "" : "、").append(p.name());
    }
    StringBuilder scope = new StringBuilder(160).append(GENERAL_PREFIX)
        .append(PRODUCT_CLAUSES.get(random.nextInt(PRODUCT_CLAUSES.size()))
            .replace("{P}", names));
    ImmutableList<String> phrases = byChain.get(products.get(0).chain());
    if (!phrases.isEmpty()) {
      int first = random.nextInt(phrases.size());
      scope.append('；').append(phrases.get(first));
      if (phrases.size() > 1 && random.nextBoolean()) {
        // A different second phrase: offset by 1..size-1.
        scope.append('；')
            .append(phrases.get((first + 1 + random.nextInt(phrases.size() - 1)) % phrases.size()));
      }
    }
    if (random.nextInt(3) == 0 && scope.indexOf("进出口") < 0) {
      scope.append('；').append(TRADE);
    }
    return scope.append(GENERAL_SUFFIX).toString();
  }
}
