package org.chainmatch.testkit.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import org.chainmatch.core.IndustryCode;

/**
 * One product of the {@link Catalogue}: what it is called, which chain and industry it belongs to
 * and which catalogue products go into it.
 *
 * @param id position in the catalogue, 0-based
 * @param name canonical name, e.g. {@code 熔喷布}
 * @param chain the industrial chain it belongs to, e.g. {@code 医疗防护}
 * @param industry the GB/T 4754-2017 class of its makers
 * @param inputs ids of the catalogue products it is made from, ascending, possibly empty
 * @param aliases other names it is written as, possibly empty
 * @param broader a broader term (e.g. {@code 无纺布} for {@code 熔喷布}); empty when none
 * @param nameWord the word an enterprise that makes it puts in its name, e.g. {@code 新材料}
 * @param unit the unit it is traded in, e.g. {@code 吨}
 * @param tier 0 for a product without inputs, else one more than its highest input's tier
 */
record CatalogueProduct(
    int id,
    String name,
    String chain,
    IndustryCode industry,
    ImmutableIntArray inputs,
    List<String> aliases,
    String broader,
    String nameWord,
    String unit,
    int tier) {

  CatalogueProduct {
    aliases = ImmutableList.copyOf(aliases);
  }

  /** Whether the product is made from other catalogue products. */
  boolean hasInputs() {
    return !inputs.isEmpty();
  }
}
