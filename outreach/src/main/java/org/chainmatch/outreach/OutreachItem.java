package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.chainmatch.core.Enterprise;

/**
 * One thing asked of a target authority: that one of its suppliers provide one product, for every
 * local need that wants it; or, with {@link OutreachReason#TAKE}, that one of its enterprises
 * take one product from the home city's suppliers that offer it.
 *
 * @param supplier the enterprise under the target authority, as the match held it: the supplier
 *     asked to supply or, for {@link OutreachReason#TAKE}, the buyer asked to take the product
 * @param product what is wanted from it (or offered to it), as the matcher understood the text
 * @param reason what the authority is asked to do
 * @param needs the local needs (for TAKE, the local offers: {@link Need#ofOffer}), at least one,
 *     sorted by demand id
 * @param priorityScore the {@link PriorityRule} score, in [0, 1]
 * @param priority the level of that score
 */
public record OutreachItem(
    Enterprise supplier,
    String product,
    OutreachReason reason,
    List<Need> needs,
    double priorityScore,
    Priority priority) {

  /** Validates and copies. */
  public OutreachItem {
    checkNotNull(supplier, "supplier");
    checkNotNull(product, "product");
    checkNotNull(reason, "reason");
    checkNotNull(priority, "priority");
    needs = ImmutableList.copyOf(needs);
    checkArgument(!product.isBlank(), "item for supplier %s has a blank product", supplier.uscc());
    checkArgument(!needs.isEmpty(), "item %s / %s has no needs", supplier.uscc(), product);
    checkArgument(
        priorityScore >= 0 && priorityScore <= 1,
        "priority score must be in [0,1] but was %s",
        priorityScore);
  }
}
