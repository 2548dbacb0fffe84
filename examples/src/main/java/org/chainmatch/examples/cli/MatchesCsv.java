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
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.MatchedProduct;

/** Streams {@code matches.csv} as the CSV contract defines it. */
final class MatchesCsv implements Closeable {
  static final List<String> HEADER = List.of(
      "demand_id", "rank", "supplier", "supplier_name", "supplier_region", "in_city", "score", "status", "reasons",
      // Contract v1.1: added at the end, so readers of v1 columns by position still work.
      "understood", "matched_product");

  private final TableWriter table;
  private final RegionCode homeCity;
  private long matched;
  private long unmatched;
  private long inCity;
  private long outOfCity;

  MatchesCsv(Path file, RegionCode homeCity) throws IOException {
    this.table = TableWriter.create(file, HEADER);
    this.homeCity = homeCity;
  }

  void write(MatchResult result) throws IOException {
    if (result.matches().isEmpty()) {
      unmatched++;
      return;
    }
    matched++;
    if (result.matches().get(0).enterprise().region().isWithin(homeCity)) {
      inCity++;
    } else {
      outOfCity++;
    }
    for (Match m : result.matches()) {
      Enterprise e = m.enterprise();
      table.row(List.of(
          result.demand().id(),
          m.rank(),
          e.uscc().value(),
          e.name(),
          e.region().code(),
          e.region().isWithin(homeCity),
          String.format(Locale.ROOT, "%.4f", m.score()),
          e.status().state().name(),
          m.reasons(),
          result.understood(),
          MatchedProduct.of(result.understood(), e)));
    }
  }

  void commit() throws IOException {
    table.commit();
  }

  /** Demands with at least one match. */
  long matched() {
    return matched;
  }

  long unmatched() {
    return unmatched;
  }

  /** Demands whose best match is in the home city. */
  long inCity() {
    return inCity;
  }

  /** Demands whose best match is outside the home city. */
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
