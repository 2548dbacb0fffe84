package org.chainmatch.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Chinese sentences of the analysis's records, kept apart from the computation so wording can
 * change without touching it. Stateless.
 */
final class AnalysisProse {
  private AnalysisProse() {}

  /**
   * A {@link Priority}'s explanation. Built by hand rather than with String.format, which parsed
   * both patterns anew for each of a large city's hundreds of thousands of priorities. The decimal
   * is rounded half up from the shortest decimal form of the double, as Formatter's %.2f does,
   * always with a '.'.
   */
  static String priorityExplanation(
      int unblocked, int freed, int freedKey, int tiers, double dependence) {
    StringBuilder out = new StringBuilder(64);
    if (unblocked == 0) {
      out.append("复工后暂不能单独解除下游投入品短缺");
    } else {
      out.append("复工后可解除 ").append(unblocked).append(" 项下游投入品短缺，使 ").append(freed)
          .append(" 家企业全面恢复供应（含重点企业 ").append(freedKey).append(" 家）");
    }
    return out.append("；下游 ").append(tiers).append(" 级内按份额加权的依赖度 ")
        .append(BigDecimal.valueOf(dependence).setScale(2, RoundingMode.HALF_UP).toPlainString())
        .toString();
  }
}
