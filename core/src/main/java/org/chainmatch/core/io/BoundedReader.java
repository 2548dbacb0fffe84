package org.chainmatch.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the last {@link #resetBudget()} and fails once they exceed a
 * bound, so that a single huge cell or header cannot make the CSV parser buffer without limit.
 */
final class BoundedReader extends FilterReader {
  private final long budget;
  private long used;

  BoundedReader(Reader in, long budget) {
    super(in);
    this.budget = budget;
  }

  /** Starts counting again; called at each record boundary. */
  void resetBudget() {
    used = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      charge(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      charge(n);
    }
    return n;
  }

  private void charge(int n) throws RecordTooLargeException {
    used += n;
    if (used > budget) {
      throw new RecordTooLargeException(budget);
    }
  }

  /** Signals a record larger than the bound. */
  static final class RecordTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLargeException(long budget) {
      super("record longer than " + budget + " characters");
    }
  }
}
