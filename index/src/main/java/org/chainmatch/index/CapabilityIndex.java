package org.chainmatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;

/**
 * Answers "who can make this?": a searchable index of what enterprises make and can make.
 *
 * <p>This is the narrow contract the matching layer depends on, so that a distributed backend
 * with the same analysis could stand behind it. Changes ({@link #upsert}, {@link #delete}, {@link
 * #updateStatus}) become visible to searches after {@link #refresh()} and durable after {@link
 * #commit()}; a crash loses exactly what was not committed.
 *
 * <p>Implementations are thread-safe: any number of threads may search while others change the
 * index. {@link #close()} must be called once all use has ended.
 */
public interface CapabilityIndex extends Closeable {

  /**
   * The best candidates for a query, best first, at most {@code query.topK()}.
   *
   * @throws IOException if the index cannot be read
   */
  List<Candidate> search(CapabilityQuery query) throws IOException;

  /** Adds an enterprise, or replaces the one with the same code. */
  void upsert(Enterprise enterprise) throws IOException;

  /**
   * Upserts many enterprises, as {@link #upsert} each (the default does exactly that, one at a
   * time); an implementation may batch or parallelise. Visible after {@link #refresh()}, durable
   * after {@link #commit()}. If several enterprises have the same code, which one is kept is
   * undefined.
   */
  default void addAll(Iterable<Enterprise> enterprises) throws IOException {
    for (Enterprise e : enterprises) {
      upsert(e);
    }
  }

  /** Removes the enterprise with this code; nothing happens if there is none. */
  void delete(Uscc uscc) throws IOException;

  /**
   * Changes an enterprise's operating status without re-analysing its text.
   *
   * @throws IllegalArgumentException if no enterprise has this code
   */
  void updateStatus(Uscc uscc, OperatingStatus status) throws IOException;

  /** Makes all changes so far visible to searches that start after this call returns. */
  void refresh() throws IOException;

  /** Makes all changes so far durable (and visible). */
  void commit() throws IOException;

  /** Number of enterprises visible to searches now. */
  int size() throws IOException;
}
