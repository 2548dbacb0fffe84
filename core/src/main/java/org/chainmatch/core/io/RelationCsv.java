package org.chainmatch.core.io;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;

/**
 * Reads and writes {@code relations.csv}. Both ends must be known enterprises; the lookup passed
 * in returns the canonical {@link Uscc} instance of a known code (so millions of relations share
 * the enterprises' codes instead of holding copies), or null for an unknown one.
 *
 * <p>Duplicate relations (same supplier, customer and product) are not detected here: holding a
 * set of millions of keys would cost more than the check is worth; the graph keeps both edges.
 */
public final class RelationCsv {
  /** The columns, in the order the writer uses. */
  public static final List<String> HEADER = List.of("supplier", "customer", "product", "share");

  private RelationCsv() {}

  /**
   * Reads a file; see {@link EnterpriseCsv#read(Path, LoadOptions, Consumer)} for the modes and
   * for reading with several threads: {@code knownEnterprises} is then called from {@link
   * LoadOptions#threads()} threads at once and must be thread-safe (an unmodified {@code HashMap}'s
   * {@code get} is); {@code sink} is called on the caller's thread, in file order.
   */
  public static LoadReport read(
      Path file,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super SupplyRelation> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(file, options, new Mapper(options, knownEnterprises), sink);
  }

  /** Reads from a stream; {@code fileName} is used in problems. The stream is not closed. */
  public static LoadReport read(
      InputStream in,
      String fileName,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super SupplyRelation> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(in, fileName, options, new Mapper(options, knownEnterprises), sink);
  }

  /** The row mapper of the relations file, one per file read. */
  static RowMapper<SupplyRelation> mapper(LoadOptions options, Function<String, Uscc> known) {
    return new Mapper(options, known);
  }

  /** Opens an atomic writer of relations. */
  public static EntityWriter<SupplyRelation> writer(Path file) throws IOException {
    return new EntityWriter<>(TableWriter.create(file, HEADER), r -> List.of(
        r.supplier().value(),
        r.customer().value(),
        r.product(),
        r.hasShare() ? shareText(r.share()) : ""));
  }

  /** The share to four decimals without trailing zeros: 0.25, 1, 0.3333. */
  static String shareText(double share) {
    return java.math.BigDecimal.valueOf(Math.round(share * 10_000), 4).stripTrailingZeros().toPlainString();
  }

  /** Resolves a USCC cell against the known enterprises, with a precise error either way. */
  static Uscc knownEnd(
      String column, String text, LoadOptions options, Function<String, Uscc> known, RowErrors errors) {
    if (text.isEmpty()) {
      errors.add(column, "", column + " is required");
      return null;
    }
    Uscc u = known.apply(text);
    if (u != null) {
      return u;
    }
    Uscc parsed = UsccCell.parse(column, text, options, errors);
    if (parsed != null) {
      Uscc canonical = known.apply(parsed.value());
      if (canonical != null) {
        return canonical;
      }
      errors.add(column, text, "no enterprise with this USCC in the enterprises file");
    }
    return null;
  }

  private record Mapper(
      LoadOptions options,
      Function<String, Uscc> lookup,
      java.util.concurrent.ConcurrentMap<String, String> products)
      implements RowMapper<SupplyRelation> {
    /** Distinct product names shared across rows; bounded so hostile input cannot grow it. */
    static final int MAX_SHARED_PRODUCTS = 200_000;

    Mapper(LoadOptions options, Function<String, Uscc> lookup) {
      this(options, lookup, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** One instance per distinct product name: millions of relations name a few thousand. */
    String shared(String product) {
      String known = products.get(product);
      if (known != null) {
        return known;
      }
      if (products.size() < MAX_SHARED_PRODUCTS) {
        known = products.putIfAbsent(product, product);
        return known != null ? known : product;
      }
      return product;
    }

    @Override
    public boolean concurrent() {
      return true;
    }

    @Override
    public Set<String> required() {
      return ImmutableSet.of("supplier", "customer", "product");
    }

    @Override
    public Set<String> known() {
      return ImmutableSet.copyOf(HEADER);
    }

    @Override
    public Map<String, String> aliases() {
      return ColumnAliases.RELATIONS;
    }

    @Override
    public SupplyRelation map(CsvRows row, RowErrors errors) {
      Uscc supplier = knownEnd("supplier", row.get("supplier"), options, lookup, errors);
      Uscc customer = knownEnd("customer", row.get("customer"), options, lookup, errors);
      if (supplier != null && supplier.equals(customer)) {
        errors.add("customer", row.get("customer"), "customer is the same enterprise as the supplier");
      }
      String product = row.get("product");
      if (product.isEmpty()) {
        errors.add("product", "", "product is required");
      } else {
        Cells.product("product", product, errors);
      }
      String shareText = row.get("share");
      double share = Double.NaN;
      if (!shareText.isEmpty()) {
        share = Cells.number("share", shareText, 0, 1, errors);
      }
      return errors.isEmpty() ? new SupplyRelation(supplier, customer, shared(product), share) : null;
    }
  }
}
