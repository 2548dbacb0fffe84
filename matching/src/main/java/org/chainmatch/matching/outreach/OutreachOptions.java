package org.chainmatch.matching.outreach;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * How {@link OutreachPlanner} decides.
 *
 * @param topK how many of a demand's best matches are looked at: if none of them is in the home
 *     city, the demand needs outreach; default 3
 * @param maxPerDemand how many out-of-city suppliers are asked for, per demand; default 2
 * @param minInCityScore the match score an in-city candidate needs to count as a local answer
 *     (the matcher's score, normalised to 0..1); default 0.5
 * @param minInCityCapacity the capacity in percent ({@code OperatingStatus.effectiveCapacity()})
 *     that a working in-city candidate needs to count as a local answer; default 30
 * @param lowCapacity below this capacity in percent a working supplier is asked to expand rather
 *     than ship; default 50
 * @param authorityLevel which authority a request goes to; default {@link AuthorityLevel#CITY}
 * @param authorityNames how authorities are named; default {@link AuthorityNames#defaults()}
 * @param priorityRule how items are prioritised; default {@link PriorityRule#defaults()}
 */
public record OutreachOptions(
    int topK,
    int maxPerDemand,
    double minInCityScore,
    int minInCityCapacity,
    int lowCapacity,
    AuthorityLevel authorityLevel,
    AuthorityNames authorityNames,
    PriorityRule priorityRule) {

  private static final OutreachOptions DEFAULTS = builder().build();

  /** Validates the components. */
  public OutreachOptions {
    checkArgument(topK >= 1, "topK must be >= 1 but was %s", topK);
    checkArgument(maxPerDemand >= 1, "maxPerDemand must be >= 1 but was %s", maxPerDemand);
    checkArgument(
        Double.isFinite(minInCityScore) && minInCityScore >= 0,
        "minInCityScore must be a finite number >= 0 but was %s",
        minInCityScore);
    checkArgument(
        minInCityCapacity >= 0 && minInCityCapacity <= 100,
        "minInCityCapacity must be 0..100 but was %s",
        minInCityCapacity);
    checkArgument(
        lowCapacity >= 0 && lowCapacity <= 100, "lowCapacity must be 0..100 but was %s", lowCapacity);
    Objects.requireNonNull(authorityLevel, "authorityLevel");
    Objects.requireNonNull(authorityNames, "authorityNames");
    Objects.requireNonNull(priorityRule, "priorityRule");
  }

  /** The documented defaults. */
  public static OutreachOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder()
        .topK(topK)
        .maxPerDemand(maxPerDemand)
        .minInCityScore(minInCityScore)
        .minInCityCapacity(minInCityCapacity)
        .lowCapacity(lowCapacity)
        .authorityLevel(authorityLevel)
        .authorityNames(authorityNames)
        .priorityRule(priorityRule);
  }

  /** Builds {@link OutreachOptions}; values are checked by {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private int topK = 3;
    private int maxPerDemand = 2;
    private double minInCityScore = 0.5;
    private int minInCityCapacity = 30;
    private int lowCapacity = 50;
    private AuthorityLevel authorityLevel = AuthorityLevel.CITY;
    private AuthorityNames authorityNames = AuthorityNames.defaults();
    private PriorityRule priorityRule = PriorityRule.defaults();

    private Builder() {}

    public Builder topK(int value) {
      this.topK = value;
      return this;
    }

    public Builder maxPerDemand(int value) {
      this.maxPerDemand = value;
      return this;
    }

    public Builder minInCityScore(double value) {
      this.minInCityScore = value;
      return this;
    }

    public Builder minInCityCapacity(int percent) {
      this.minInCityCapacity = percent;
      return this;
    }

    public Builder lowCapacity(int percent) {
      this.lowCapacity = percent;
      return this;
    }

    public Builder authorityLevel(AuthorityLevel value) {
      this.authorityLevel = value;
      return this;
    }

    public Builder authorityNames(AuthorityNames value) {
      this.authorityNames = value;
      return this;
    }

    public Builder priorityRule(PriorityRule value) {
      this.priorityRule = value;
      return this;
    }

    public OutreachOptions build() {
      return new OutreachOptions(
          topK,
          maxPerDemand,
          minInCityScore,
          minInCityCapacity,
          lowCapacity,
          authorityLevel,
          authorityNames,
          priorityRule);
    }
  }
}
