package org.chainmatch.benchmarks.alternatives;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;

/**
 * The smallest question every alternative can answer: which enterprises, best first, can supply
 * what this demand needs. Lets the benchmarks and {@link AlternativesQuality} put chainmatch beside
 * what a city would otherwise use, on the same data and the same demand texts.
 *
 * <p>The alternatives read only the demand's {@linkplain Demand#product() product text}, as a
 * user would type it into their search box; chainmatch's matcher also reads who the requester
 * is (for proximity and existing relationships), which is part of what it offers.
 *
 * <p>An instance is built over a fixed list of enterprises and answers from that snapshot.
 * Instances are not thread-safe unless they say so; {@link #close()} releases what they hold.
 */
public interface SupplierSearch extends Closeable {

  /**
   * The best at most {@code k} enterprises for {@code demand}, best first; empty when none
   * qualifies.
   *
   * @param demand what is needed; its product text is a product name or a sentence
   * @param k how many at most, at least 1
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  List<Uscc> top(Demand demand, int k) throws IOException;

  /** Short name for tables: {@code scan}, {@code h2}, {@code lucene}, {@code chainmatch}. */
  String name();

  /** Releases resources; the default does nothing. */
  @Override
  default void close() throws IOException {}
}
