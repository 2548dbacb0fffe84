package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.io.TsvRows;

/**
 * The products a synthetic city makes and how they feed each other: each product names the
 * catalogue products it is made from, so the catalogue is a directed acyclic graph from raw
 * materials to finished goods.
 *
 * <p>The format, read by {@link #load}, is UTF-8 tab-separated text with the header {@code
 * product chain industry inputs aliases broader name_word unit}; blank lines and lines starting
 * with {@code #} are ignored; {@code inputs} and {@code aliases} separate values with {@code ;};
 * every input must be a product of the catalogue; names are unique. Immutable and thread-safe.
 */
final class Catalogue {
  static final String BUNDLED_RESOURCE = "catalogue.tsv";

  private static final List<String> HEADER =
      List.of("product", "chain", "industry", "inputs", "aliases", "broader", "name_word", "unit");
  private static final Splitter VALUES = Splitter.on(';').trimResults().omitEmptyStrings();

  private final ImmutableList<CatalogueProduct> products;
  private final ImmutableMap<String, CatalogueProduct> byName;
  private final ImmutableList<ImmutableIntArray> consumers; // by product id
  private final ImmutableList<ImmutableIntArray> peers; // same chain and tier, by product id

  private Catalogue(List<CatalogueProduct> products) {
    this.products = ImmutableList.copyOf(products);
    ImmutableMap.Builder<String, CatalogueProduct> names = ImmutableMap.builder();
    List<ImmutableIntArray.Builder> consumersOf = new ArrayList<>();
    ImmutableListMultimap.Builder<String, Integer> byChainAndTier = ImmutableListMultimap.builder();
    for (CatalogueProduct p : products) {
      names.put(p.name(), p);
      consumersOf.add(ImmutableIntArray.builder());
      byChainAndTier.put(p.chain() + '\t' + p.tier(), p.id());
    }
    for (CatalogueProduct p : products) {
      p.inputs().forEach(input -> consumersOf.get(input).add(p.id()));
    }
    this.byName = names.buildOrThrow();
    this.consumers = consumersOf.stream().map(ImmutableIntArray.Builder::build).collect(
        ImmutableList.toImmutableList());
    ImmutableListMultimap<String, Integer> groups = byChainAndTier.build();
    this.peers = products.stream()
        .map(p -> ImmutableIntArray.copyOf(groups.get(p.chain() + '\t' + p.tier())))
        .collect(ImmutableList.toImmutableList());
  }

  // Holder idiom: parsed on first use, then shared.
  private static final class Bundled {
    static final Catalogue INSTANCE = loadBundled();

    private static Catalogue loadBundled() {
      try (InputStream in = Catalogue.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        checkNotNull(in, "bundled catalogue missing: %s", BUNDLED_RESOURCE);
        return load(in, BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled catalogue " + BUNDLED_RESOURCE, e);
      }
    }
  }

  /** The catalogue bundled with chainmatch, loaded on first call. */
  static Catalogue bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a catalogue in the format described {@linkplain Catalogue above}; does not close {@code
   * tsv}.
   *
   * @param source names the input in messages
   * @throws IllegalArgumentException naming the source and line if the content breaks the format,
   *     an input is unknown or the inputs form a cycle
   */
  static Catalogue load(InputStream tsv, String source) {
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (TsvRows.Row row : TsvRows.readUtf8(tsv, "catalogue " + source)) {
      lineNumber = row.line();
      List<String> fields = row.fields();
      if (!headerSeen) {
        checkFormat(fields.equals(HEADER), source, lineNumber,
            "expected the header %s, found \"%s\"", String.join("<TAB>", HEADER), String.join("\t", fields));
        headerSeen = true;
        continue;
      }
      checkFormat(fields.size() == HEADER.size(), source, lineNumber,
          "expected %s tab-separated fields, found %s", HEADER.size(), fields.size());
      rows.add(fields.stream().map(String::strip).toArray(String[]::new));
      lines.add(lineNumber);
    }
    checkFormat(headerSeen, source, lineNumber, "no header line");
    checkFormat(!rows.isEmpty(), source, lineNumber, "no products");
    return build(rows, lines, source);
  }

  private static Catalogue build(List<String[]> rows, List<Integer> lines, String source) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String name = rows.get(i)[0];
      checkFormat(!name.isEmpty(), source, lines.get(i), "empty product name");
      Integer previous = ids.putIfAbsent(name, i);
      checkFormat(previous == null, source, lines.get(i), "product %s is already defined on line %s",
          name, previous == null ? 0 : lines.get(previous));
    }
    int[][] inputs = new int[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      TreeSet<Integer> resolved = new TreeSet<>();
      for (String input : VALUES.split(rows.get(i)[3])) {
        Integer id = ids.get(input);
        checkFormat(id != null, source, lines.get(i), "input \"%s\" of %s is not a product of the"
            + " catalogue", input, rows.get(i)[0]);
        checkFormat(id != i, source, lines.get(i), "%s lists itself as an input", input);
        resolved.add(id);
      }
      inputs[i] = resolved.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] tiers = tiers(inputs, rows, lines, source);
    List<CatalogueProduct> products = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      int line = lines.get(i);
      checkFormat(!f[1].isEmpty() && !f[6].isEmpty() && !f[7].isEmpty(), source, line,
          "product %s needs a chain, a name_word and a unit", f[0]);
      IndustryCode industry;
      try {
        industry = IndustryCode.parse(f[2]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            String.format("catalogue %s, line %s: %s", source, line, e.getMessage()), e);
      }
      products.add(new CatalogueProduct(i, f[0], f[1], industry, ImmutableIntArray.copyOf(inputs[i]),
          VALUES.splitToList(f[4]), f[5], f[6], f[7], tiers[i]));
    }
    return new Catalogue(products);
  }

  // Depth-first, so a cycle is found as a back edge and reported with the product that closes it.
  private static int[] tiers(int[][] inputs, List<String[]> rows, List<Integer> lines,
      String source) {
    int[] tiers = new int[inputs.length];
    Arrays.fill(tiers, -1);
    boolean[] onPath = new boolean[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      tier(i, inputs, tiers, onPath, rows, lines, source);
    }
    return tiers;
  }

  private static int tier(int p, int[][] inputs, int[] tiers, boolean[] onPath,
      List<String[]> rows, List<Integer> lines, String source) {
    if (tiers[p] >= 0) {
      return tiers[p];
    }
    checkFormat(!onPath[p], source, lines.get(p), "product %s is (indirectly) its own input",
        rows.get(p)[0]);
    onPath[p] = true;
    int tier = 0;
    for (int input : inputs[p]) {
      tier = Math.max(tier, 1 + tier(input, inputs, tiers, onPath, rows, lines, source));
    }
    onPath[p] = false;
    tiers[p] = tier;
    return tier;
  }

  /** All products, by id. */
  List<CatalogueProduct> products() {
    return products;
  }

  /** The number of products. */
  int size() {
    return products.size();
  }

  /** The product with this id. */
  CatalogueProduct product(int id) {
    return products.get(id);
  }

  /** The product with this canonical name, if any. */
  Optional<CatalogueProduct> find(String name) {
    checkNotNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /** Ids of the products that {@code id} is an input of, ascending. */
  ImmutableIntArray consumersOf(int id) {
    return consumers.get(id);
  }

  /** Ids of the products of the same chain and tier as {@code id}, itself included, ascending. */
  ImmutableIntArray peersOf(int id) {
    checkArgument(id >= 0 && id < products.size(), "no product with id %s", id);
    return peers.get(id);
  }

  private static void checkFormat(boolean ok, String source, int line, String template,
      Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(
          "catalogue " + source + ", line " + line + ": " + String.format(template, args));
    }
  }
}
