package org.chainmatch.benchmarks.alternatives;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.chainmatch.core.Uscc;

/**
 * The smallest question every alternative can answer: which enterprises, best first, can supply
 * what this text names. Lets the benchmarks and {@link AlternativesQuality} put chainmatch beside
 * what a city would otherwise use, on the same data and the same demand texts.
 *
 * <p>An instance is built over a fixed list of enterprises and answers from that snapshot.
 * Instances are not thread-safe unless they say so; {@link #close()} releases what they hold.
 */
public interface SupplierSearch extends Closeable {

  /**
   * The best at most {@code k} enterprises for {@code productText}, best first; empty when none
   * qualifies.
   *
   * @param productText what is needed, as the user typed it (a product name or a sentence)
   * @param k how many at most, at least 1
   * @throws IllegalArgumentException if {@code k} is less than 1 or the text is blank
   */
  List<Uscc> top(String productText, int k) throws IOException;

  /** Short name for tables: {@code scan}, {@code h2}, {@code lucene}, {@code chainmatch}. */
  String name();

  /** Releases resources; the default does nothing. */
  @Override
  default void close() throws IOException {}
}
