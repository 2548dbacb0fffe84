package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A product taxonomy: which product names are narrower kinds of which ({@code 全钢子午线轮胎} is a
 * {@code 轮胎}). A query for a broader name also finds makers of its narrower kinds, at a lower
 * weight than makers of the name itself.
 *
 * <p>Read from a CSV file with the header {@code product,broader}. Names are compared after width
 * folding and lower-casing. Cycles are tolerated. Immutable and thread-safe.
 */
public final class ProductTaxonomy {
  /** Most narrower names a query is expanded to, so a root category cannot flood a query. */
  static final int MAX_EXPANSION = 32;

  private final ImmutableListMultimap<String, String> narrower;

  private ProductTaxonomy(ImmutableListMultimap<String, String> narrower) {
    this.narrower = narrower;
  }

  /** Reads a UTF-8 {@code product,broader} CSV file. */
  public static ProductTaxonomy load(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in);
    }
  }

  /**
   * Parses {@code product,broader} CSV with a header row.
   *
   * @throws IllegalArgumentException naming the line if a row lacks either column
   */
  public static ProductTaxonomy parse(Reader csv) throws IOException {
    checkNotNull(csv, "csv");
    ImmutableListMultimap.Builder<String, String> narrower = ImmutableListMultimap.builder();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    for (CSVRecord row : format.parse(csv)) {
      checkArgument(
          row.isSet("product") && row.isSet("broader"),
          "taxonomy line %s: need columns product and broader",
          row.getRecordNumber() + 1);
      String product = ProductCatalogue.key(row.get("product"));
      String broader = ProductCatalogue.key(row.get("broader"));
      if (!product.isEmpty() && !broader.isEmpty() && !product.equals(broader)) {
        narrower.put(broader, product);
      }
    }
    return new ProductTaxonomy(narrower.build());
  }

  /** Narrower names of {@code name}, nearest first, at most {@link #MAX_EXPANSION}. */
  List<String> narrowerThan(String name) {
    String root = ProductCatalogue.key(name);
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(narrower.get(root));
    while (!queue.isEmpty() && seen.size() < MAX_EXPANSION) {
      String next = queue.removeFirst();
      if (!next.equals(root) && seen.add(next)) {
        queue.addAll(narrower.get(next));
      }
    }
    return ImmutableList.copyOf(seen);
  }
}
