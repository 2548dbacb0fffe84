package org.chainmatch.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chainmatch.core.RegionCode;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.OfferResult;

/** Streams {@code customers.csv}: the ranked buyers of each offer (contract v1.1). */
final class CustomersCsv implements Closeable {
  static final List<String> HEADER = List.of(
      "offer_id", "rank", "customer", "customer_name", "customer_region", "in_city", "score", "status",
      "reasons", "understood", "matched_product");

  private final RankedCsv csv;

  CustomersCsv(Path file, RegionCode homeCity) throws IOException {
    this.csv = new RankedCsv(file, HEADER, homeCity);
  }

  void write(OfferResult result) throws IOException {
    csv.write(result.offer().id(), result.understood(), result.matches(), Match::matchedProduct);
  }

  void commit() throws IOException {
    csv.commit();
  }

  long withBuyers() {
    return csv.withAny();
  }

  long withoutBuyers() {
    return csv.withNone();
  }

  long inCity() {
    return csv.inCity();
  }

  long outOfCity() {
    return csv.outOfCity();
  }

  long rows() {
    return csv.rows();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
