package org.chainmatch.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chainmatch.core.RegionCode;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.MatchedProduct;

/** Streams {@code matches.csv} as the CSV contract defines it. */
final class MatchesCsv implements Closeable {
  static final List<String> HEADER = List.of(
      "demand_id", "rank", "supplier", "supplier_name", "supplier_region", "in_city", "score", "status", "reasons",
      // Contract v1.1: added at the end, so readers of v1 columns by position still work.
      "understood", "matched_product");

  private final RankedCsv csv;

  MatchesCsv(Path file, RegionCode homeCity) throws IOException {
    this.csv = new RankedCsv(file, HEADER, homeCity);
  }

  void write(MatchResult result) throws IOException {
    csv.write(result.demand().id(), result.understood(), result.matches(), m -> MatchedProduct.of(result.understood(), m.enterprise()));
  }

  void commit() throws IOException {
    csv.commit();
  }

  long matched() {
    return csv.withAny();
  }

  long unmatched() {
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
