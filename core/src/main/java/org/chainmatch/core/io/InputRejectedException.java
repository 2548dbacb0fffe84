package org.chainmatch.core.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when an input file is rejected: in strict mode because at least one row is bad, in any
 * mode because the file cannot be read as CSV at all (malformed quoting, a record over the size
 * bound, a missing required column).
 *
 * <p>Carries every problem found, up to the loader's limit, and the total count.
 */
public final class InputRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<InputProblem> problems;
  private final long totalProblems;

  /** Creates the exception from the problems found (at least one). */
  public InputRejectedException(List<InputProblem> problems, long totalProblems) {
    super(message(problems, totalProblems));
    this.problems = ImmutableList.copyOf(problems);
    this.totalProblems = totalProblems;
  }

  private static String message(List<InputProblem> problems, long total) {
    StringBuilder s = new StringBuilder("input rejected: ").append(total).append(" problem(s)");
    int shown = 0;
    for (InputProblem p : problems) {
      if (shown++ == 10) {
        s.append("\n  …");
        break;
      }
      s.append("\n  ").append(p);
    }
    return s.toString();
  }

  /** The problems found, in file order, at most the loader's limit. */
  public List<InputProblem> problems() {
    return problems;
  }

  /** How many problems there were in all, including those beyond the limit. */
  public long totalProblems() {
    return totalProblems;
  }
}
