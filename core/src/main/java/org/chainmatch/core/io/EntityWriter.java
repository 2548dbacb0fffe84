package org.chainmatch.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Streams values of one kind into a contract CSV file, atomically published by {@link #commit()}.
 * Not thread-safe.
 */
public final class EntityWriter<T> implements Closeable {
  private final TableWriter table;
  private final Function<T, List<String>> cells;

  EntityWriter(TableWriter table, Function<T, List<String>> cells) {
    this.table = table;
    this.cells = cells;
  }

  /** Writes one value as a row. */
  public void write(T value) throws IOException {
    table.row(cells.apply(value));
  }

  /** Publishes the file. */
  public void commit() throws IOException {
    table.commit();
  }

  /** Discards the file unless committed. */
  @Override
  public void close() throws IOException {
    table.close();
  }
}
