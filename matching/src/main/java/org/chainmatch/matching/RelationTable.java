package org.chainmatch.matching;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;

/**
 * A {@link RelationView} held in memory, built once from enterprises and relations.
 *
 * <p>Relations are kept per supplier and per customer, so product-specific lookups scan one
 * enterprise's relations (a handful) rather than needing an index per product pair. Immutable and
 * thread-safe.
 */
final class RelationTable implements RelationView {

  private final ImmutableMap<Uscc, Enterprise> enterprises;
  private final ImmutableSetMultimap<Uscc, SupplyRelation> into;
  private final ImmutableSetMultimap<Uscc, SupplyRelation> from;
  private final ImmutableSetMultimap<String, Uscc> makers;
  private final ImmutableSetMultimap<String, Uscc> receivers;

  private RelationTable(Collection<Enterprise> enterpriseList, Collection<SupplyRelation> relations) {
    ImmutableMap.Builder<Uscc, Enterprise> e = ImmutableMap.builderWithExpectedSize(enterpriseList.size());
    ImmutableSetMultimap.Builder<String, Uscc> m = ImmutableSetMultimap.builder();
    for (Enterprise enterprise : enterpriseList) {
      e.put(enterprise.uscc(), enterprise);
      for (String product : enterprise.products()) {
        m.put(product.strip(), enterprise.uscc());
      }
    }
    this.enterprises = e.buildOrThrow();
    ImmutableSetMultimap.Builder<Uscc, SupplyRelation> in = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<Uscc, SupplyRelation> out = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<String, Uscc> r = ImmutableSetMultimap.builder();
    for (SupplyRelation relation : relations) {
      in.put(relation.customer(), relation);
      out.put(relation.supplier(), relation);
      r.put(relation.product().strip(), relation.customer());
      m.put(relation.product().strip(), relation.supplier());
    }
    this.into = in.build();
    this.from = out.build();
    this.receivers = r.build();
    this.makers = m.build();
  }

  /**
   * A table over these enterprises and relations.
   *
   * @throws IllegalArgumentException if two enterprises share a code
   */
  static RelationTable of(Collection<Enterprise> enterprises, Collection<SupplyRelation> relations) {
    return new RelationTable(enterprises, relations);
  }

  @Override
  public Optional<Enterprise> enterprise(Uscc uscc) {
    return Optional.ofNullable(enterprises.get(uscc));
  }

  @Override
  public Set<Uscc> suppliersOf(Uscc customer) {
    return into.get(customer).stream().map(SupplyRelation::supplier).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Set<Uscc> suppliersOf(Uscc customer, String product) {
    String p = product.strip();
    return into.get(customer).stream()
        .filter(r -> r.product().strip().equals(p))
        .map(SupplyRelation::supplier)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Set<Uscc> customersOf(Uscc supplier) {
    return from.get(supplier).stream().map(SupplyRelation::customer).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Set<Uscc> customersOf(Uscc supplier, String product) {
    String p = product.strip();
    return from.get(supplier).stream()
        .filter(r -> r.product().strip().equals(p))
        .map(SupplyRelation::customer)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public Set<Uscc> makersOf(String product) {
    return makers.get(product.strip());
  }

  @Override
  public Set<Uscc> receiversOf(String product) {
    return receivers.get(product.strip());
  }
}
