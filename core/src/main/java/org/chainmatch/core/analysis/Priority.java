package org.chainmatch.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.chainmatch.core.Uscc;

/**
 * How much the resumption of a non-working enterprise would help; see {@code core/ANALYSIS.md} for
 * the formula.
 *
 * @param enterprise the enterprise that does not work today
 * @param rank 1-based rank, highest score first
 * @param score {@code unblockWeight + dependence}
 * @param unblockedInputs (customer, input) pairs whose coverage its resumption at full capacity
 *     would lift to the threshold
 * @param freedEnterprises blocked customers that would have no short input left
 * @param unblockWeight the weight of those pairs: 1 per pair, {@code keyWeight} for a key customer
 * @param dependence share-weighted, key-weighted count of enterprises downstream of it within the
 *     cascade tiers
 * @param explanation a readable (Chinese) summary of the above
 */
public record Priority(
    Uscc enterprise,
    int rank,
    double score,
    int unblockedInputs,
    int freedEnterprises,
    double unblockWeight,
    double dependence,
    String explanation) {

  /** Validates the components. */
  public Priority {
    checkNotNull(enterprise, "enterprise");
    checkNotNull(explanation, "explanation");
    checkArgument(rank >= 1, "rank must be >= 1 but was %s", rank);
  }
}
