package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How {@link OutreachPlanner} decides. Start from {@link #defaults()} and change what differs with
 * the {@code with*} methods; each returns new, validated options.
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

  private static final OutreachOptions DEFAULTS = new OutreachOptions(
      3, 2, 0.5, 30, 50, AuthorityLevel.CITY, AuthorityNames.defaults(), PriorityRule.defaults());

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
    checkNotNull(authorityLevel, "authorityLevel");
    checkNotNull(authorityNames, "authorityNames");
    checkNotNull(priorityRule, "priorityRule");
  }

  /** The documented defaults. */
  public static OutreachOptions defaults() {
    return DEFAULTS;
  }

  /** These options with another topK: how many best matches are looked at. */
  public OutreachOptions withTopK(int value) {
    return new OutreachOptions(value, maxPerDemand, minInCityScore, minInCityCapacity, lowCapacity, authorityLevel, authorityNames, priorityRule);
  }

  /** These options with another maxPerDemand: how many out-of-city suppliers are asked for per demand. */
  public OutreachOptions withMaxPerDemand(int value) {
    return new OutreachOptions(topK, value, minInCityScore, minInCityCapacity, lowCapacity, authorityLevel, authorityNames, priorityRule);
  }

  /** These options with another minInCityScore: the score an in-city candidate needs. */
  public OutreachOptions withMinInCityScore(double value) {
    return new OutreachOptions(topK, maxPerDemand, value, minInCityCapacity, lowCapacity, authorityLevel, authorityNames, priorityRule);
  }

  /** These options with another minInCityCapacity: the capacity (percent) a working in-city candidate needs. */
  public OutreachOptions withMinInCityCapacity(int value) {
    return new OutreachOptions(topK, maxPerDemand, minInCityScore, value, lowCapacity, authorityLevel, authorityNames, priorityRule);
  }

  /** These options with another lowCapacity: the capacity (percent) below which a supplier is asked to expand. */
  public OutreachOptions withLowCapacity(int value) {
    return new OutreachOptions(topK, maxPerDemand, minInCityScore, minInCityCapacity, value, authorityLevel, authorityNames, priorityRule);
  }

  /** These options with another authorityLevel: the authority level requests go to. */
  public OutreachOptions withAuthorityLevel(AuthorityLevel value) {
    return new OutreachOptions(topK, maxPerDemand, minInCityScore, minInCityCapacity, lowCapacity, value, authorityNames, priorityRule);
  }

  /** These options with another authorityNames: how authorities are named. */
  public OutreachOptions withAuthorityNames(AuthorityNames value) {
    return new OutreachOptions(topK, maxPerDemand, minInCityScore, minInCityCapacity, lowCapacity, authorityLevel, value, priorityRule);
  }

  /** These options with another priorityRule: how items are prioritised. */
  public OutreachOptions withPriorityRule(PriorityRule value) {
    return new OutreachOptions(topK, maxPerDemand, minInCityScore, minInCityCapacity, lowCapacity, authorityLevel, authorityNames, value);
  }
}
