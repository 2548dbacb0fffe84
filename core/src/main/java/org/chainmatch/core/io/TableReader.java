package org.chainmatch.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a table file for the contract loaders. The default, {@link #csv()}, reads CSV in the
 * options' encoding (detected when not set); the office module's reader adds {@code .xlsx}, chosen
 * by the file's extension. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface TableReader {

  /**
   * Opens {@code file}.
   *
   * @throws InputRejectedException when the file cannot be read as a table at all (e.g. its bytes
   *     are text in no encoding the reader knows)
   * @throws IOException when the file cannot be read
   */
  RowSource open(Path file, LoadOptions options) throws IOException, InputRejectedException;

  /** CSV (RFC 4180) in {@link LoadOptions#encoding()}, or in the detected encoding when empty. */
  static TableReader csv() {
    return CsvRowSource::open;
  }
}
