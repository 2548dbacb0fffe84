package org.chainmatch.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.io.TableWriter;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.OfferResult;

/** Streams {@code customers.csv}: the ranked buyers of each offer (contract v1.1). */
final class CustomersCsv implements Closeable {
  static final List<String> HEADER = List.of(
      "offer_id", "rank", "customer", "customer_name", "customer_region", "in_city", "score", "status",
      "reasons", "understood", "matched_product");

  private final TableWriter table;
  private final RegionCode homeCity;
  private long withBuyers;
  private long withoutBuyers;
  private long inCity;
  private long outOfCity;

  CustomersCsv(Path file, RegionCode homeCity) throws IOException {
    this.table = TableWriter.create(file, HEADER);
    this.homeCity = homeCity;
  }

  void write(OfferResult result) throws IOException {
    if (result.matches().isEmpty()) {
      withoutBuyers++;
      return;
    }
    withBuyers++;
    if (result.matches().get(0).enterprise().region().isWithin(homeCity)) {
      inCity++;
    } else {
      outOfCity++;
    }
    for (Match m : result.matches()) {
      Enterprise e = m.enterprise();
      table.row(List.of(
          result.offer().id(),
          m.rank(),
          e.uscc().value(),
          e.name(),
          e.region().code(),
          e.region().isWithin(homeCity),
          String.format(Locale.ROOT, "%.4f", m.score()),
          e.status().state().name(),
          m.reasons(),
          result.understood(),
          m.matchedProduct()));
    }
  }

  void commit() throws IOException {
    table.commit();
  }

  /** Offers with at least one buyer. */
  long withBuyers() {
    return withBuyers;
  }

  long withoutBuyers() {
    return withoutBuyers;
  }

  /** Offers whose best buyer is in the home city. */
  long inCity() {
    return inCity;
  }

  /** Offers whose best buyer is outside the home city. */
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
