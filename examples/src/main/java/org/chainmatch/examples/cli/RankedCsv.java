package org.chainmatch.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.io.TableWriter;
import org.chainmatch.matching.Match;

/**
 * Streams one ranked list per posting (a demand's suppliers, an offer's buyers) into a CSV whose
 * columns are the posting id, then rank, enterprise, name, region, in_city, score, status,
 * reasons, understood and matched_product; counts postings with and without a ranked enterprise
 * and where the best one is. Not thread-safe.
 */
final class RankedCsv implements Closeable {
  /** The columns of {@code matches.csv}: contract v1, then v1.1's two at the end. */
  static final List<String> MATCHES_HEADER = List.of(
      "demand_id", "rank", "supplier", "supplier_name", "supplier_region", "in_city", "score", "status", "reasons",
      // Contract v1.1: added at the end, so readers of v1 columns by position still work.
      "understood", "matched_product");

  /** The columns of {@code customers.csv} (contract v1.1). */
  static final List<String> CUSTOMERS_HEADER = List.of(
      "offer_id", "rank", "customer", "customer_name", "customer_region", "in_city", "score", "status",
      "reasons", "understood", "matched_product");

  private final TableWriter table;
  private final RegionCode homeCity;
  private long withAny;
  private long withNone;
  private long inCity;
  private long outOfCity;

  RankedCsv(Path file, List<String> header, RegionCode homeCity) throws IOException {
    this.table = TableWriter.create(file, header);
    this.homeCity = homeCity;
  }

  /**
   * Writes one posting's ranked enterprises.
   *
   * @param matchedProduct the {@code matched_product} cell of each match
   */
  void write(String id, String understood, List<Match> matches,
      Function<Match, String> matchedProduct) throws IOException {
    if (matches.isEmpty()) {
      withNone++;
      return;
    }
    withAny++;
    if (matches.get(0).enterprise().region().isWithin(homeCity)) {
      inCity++;
    } else {
      outOfCity++;
    }
    for (Match m : matches) {
      Enterprise e = m.enterprise();
      table.row(List.of(
          id,
          m.rank(),
          e.uscc().value(),
          e.name(),
          e.region().code(),
          e.region().isWithin(homeCity),
          String.format(Locale.ROOT, "%.4f", m.score()),
          e.status().state().name(),
          m.reasons(),
          understood,
          matchedProduct.apply(m)));
    }
  }

  void commit() throws IOException {
    table.commit();
  }

  /** Postings with at least one ranked enterprise. */
  long withAny() {
    return withAny;
  }

  /** Postings with none. */
  long withNone() {
    return withNone;
  }

  /** Postings whose best enterprise is in the home city. */
  long inCity() {
    return inCity;
  }

  /** Postings whose best enterprise is outside the home city. */
  long outOfCity() {
    return outOfCity;
  }

  long rows() {
    return table.rows();
  }

  @Override
  public void close() throws IOException {
    table.close();
  }
}
