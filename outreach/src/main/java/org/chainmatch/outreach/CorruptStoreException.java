package org.chainmatch.outreach;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An outreach store file that cannot be read as a store: not JSON, another format or version, or a
 * request that breaks the records' rules. The file is left untouched.
 *
 * <p>{@link #line()} and {@link #column()} are 1-based and point at the offending token, or at the
 * start of the request that breaks a rule; 0 when unknown.
 */
public final class CorruptStoreException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final long column;
  private final String reason;

  CorruptStoreException(Path file, long line, long column, String reason, Throwable cause) {
    super(file + ":" + line + ":" + column + ": not a readable outreach store: " + reason, cause);
    this.file = file;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.reason = reason;
  }

  /** The store file. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem, 0 if unknown. */
  public long line() {
    return line;
  }

  /** The 1-based column of the problem, 0 if unknown. */
  public long column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
