package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Tuning of a {@link ResumptionAnalysis}.
 *
 * @param coverageThreshold an input is short when its working suppliers cover less than this part
 *     (0..1] of the need; default 0.5
 * @param maxCascadeTiers how many tiers downstream risk is followed (at least 1); default 3
 * @param keyWeight how much a key enterprise (重点企业) counts in priorities relative to others (at
 *     least 1); default 3
 */
public record AnalysisOptions(double coverageThreshold, int maxCascadeTiers, double keyWeight) {

  /** Validates the components. */
  public AnalysisOptions {
    checkArgument(
        coverageThreshold > 0 && coverageThreshold <= 1,
        "coverageThreshold must be in (0, 1] but was %s",
        coverageThreshold);
    checkArgument(maxCascadeTiers >= 1, "maxCascadeTiers must be >= 1 but was %s", maxCascadeTiers);
    checkArgument(keyWeight >= 1, "keyWeight must be >= 1 but was %s", keyWeight);
  }

  /** Threshold 0.5, three cascade tiers, key enterprises weigh 3. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(0.5, 3, 3.0);
  }

  public AnalysisOptions withCoverageThreshold(double value) {
    return new AnalysisOptions(value, maxCascadeTiers, keyWeight);
  }

  public AnalysisOptions withMaxCascadeTiers(int value) {
    return new AnalysisOptions(coverageThreshold, value, keyWeight);
  }

  public AnalysisOptions withKeyWeight(double value) {
    return new AnalysisOptions(coverageThreshold, maxCascadeTiers, value);
  }
}
