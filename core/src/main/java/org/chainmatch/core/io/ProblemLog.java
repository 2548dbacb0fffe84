package org.chainmatch.core.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the rejections and warnings of one load, keeping at most a bounded number of each. */
final class ProblemLog {
  private final int limit;
  private final List<InputProblem> rejections = new ArrayList<>();
  private final List<InputProblem> warnings = new ArrayList<>();
  private long rejectionCount;
  private long warningCount;

  ProblemLog(int limit) {
    this.limit = limit;
  }

  void reject(InputProblem p) {
    rejectionCount++;
    if (rejections.size() < limit) {
      rejections.add(p);
    }
  }

  void warn(InputProblem p) {
    warningCount++;
    if (warnings.size() < limit) {
      warnings.add(p);
    }
  }

  /** Records a problem that ends the load and returns the exception to throw. */
  InputRejectedException fatal(InputProblem p) {
    reject(p);
    return new InputRejectedException(rejections, rejectionCount);
  }

  InputRejectedException rejected() {
    return new InputRejectedException(rejections, rejectionCount);
  }

  long rejectionCount() {
    return rejectionCount;
  }

  long warningCount() {
    return warningCount;
  }

  List<InputProblem> rejections() {
    return rejections;
  }

  List<InputProblem> warnings() {
    return warnings;
  }
}
