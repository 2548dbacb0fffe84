package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;

/**
 * Hard constraints on candidates.
 *
 * @param area the region the scope refers to (any level: province, city or county); empty for
 *     {@link Scope#ANYWHERE}
 * @param scope where candidates may be relative to {@code area}
 * @param states the operating states allowed; all four allows everything
 * @param minCapacity the least effective capacity (percent) allowed, 0..100
 * @param industryPrefix an industry code the candidate must have one code within, if present
 * @param excluded enterprises never returned
 */
public record CandidateFilter(
    Optional<RegionCode> area,
    Scope scope,
    Set<OperatingState> states,
    int minCapacity,
    Optional<IndustryCode> industryPrefix,
    Set<Uscc> excluded) {

  /** Where candidates may be relative to the filter's area. */
  public enum Scope {
    /** No regional constraint. */
    ANYWHERE,
    /** Only inside the area. */
    INSIDE,
    /** Only outside the area. */
    OUTSIDE
  }

  /** Validates and copies. */
  public CandidateFilter {
    checkNotNull(area, "area");
    checkNotNull(scope, "scope");
    checkNotNull(industryPrefix, "industryPrefix");
    checkArgument(scope == Scope.ANYWHERE || area.isPresent(), "scope %s needs an area", scope);
    checkArgument(!states.isEmpty(), "no operating state allowed: nothing could match");
    checkArgument(minCapacity >= 0 && minCapacity <= 100, "minCapacity must be 0..100 but was %s", minCapacity);
    states = ImmutableSet.copyOf(EnumSet.copyOf(states));
    excluded = ImmutableSet.copyOf(excluded);
  }

  /** No constraint at all. */
  public static CandidateFilter none() {
    return new CandidateFilter(
        Optional.empty(), Scope.ANYWHERE, EnumSet.allOf(OperatingState.class), 0, Optional.empty(), Set.of());
  }

  public CandidateFilter inside(RegionCode region) {
    return new CandidateFilter(Optional.of(region), Scope.INSIDE, states, minCapacity, industryPrefix, excluded);
  }

  public CandidateFilter outside(RegionCode region) {
    return new CandidateFilter(Optional.of(region), Scope.OUTSIDE, states, minCapacity, industryPrefix, excluded);
  }

  public CandidateFilter withStates(Set<OperatingState> allowed) {
    return new CandidateFilter(area, scope, allowed, minCapacity, industryPrefix, excluded);
  }

  public CandidateFilter withMinCapacity(int percent) {
    return new CandidateFilter(area, scope, states, percent, industryPrefix, excluded);
  }

  public CandidateFilter withIndustry(IndustryCode prefix) {
    return new CandidateFilter(area, scope, states, minCapacity, Optional.of(prefix), excluded);
  }

  public CandidateFilter excluding(Set<Uscc> codes) {
    return new CandidateFilter(area, scope, states, minCapacity, industryPrefix, codes);
  }
}
