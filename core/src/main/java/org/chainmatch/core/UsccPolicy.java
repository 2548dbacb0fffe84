package org.chainmatch.core;

/**
 * How {@link Uscc#parse(String, UsccPolicy)} treats a unified social credit code whose final
 * check character does not match the GB 32100-2015 computation.
 */
public enum UsccPolicy {
  /** Rejects any code that does not satisfy GB 32100-2015, including its check character. */
  STRICT,

  /**
   * Accepts, flagged {@linkplain Uscc#irregular() irregular}, a code whose <em>only</em> fault is
   * the check character.
   *
   * <p>Some codes issued before the standard was applied uniformly (around 2016) carry a wrong
   * check character yet are the legal identity of the enterprise, e.g. {@code
   * 91350203M0001QKT19}; rejecting them would lose real enterprises. Every other fault (length,
   * alphabet, case, region digits) is still rejected.
   */
  ACCEPT_IRREGULAR_CHECK
}
