package org.chainmatch.core;

/**
 * How {@link Uscc#parse(String, UsccPolicy)} treats a unified social credit code whose final
 * check character does not match the GB 32100-2015 computation.
 */
public enum UsccPolicy {
  /** Rejects any code that does not satisfy GB 32100-2015, including its check character. */
  STRICT,

  /**
   * Accepts a code whose only faults are those of codes issued before the standard was applied
   * uniformly (around 2016): a wrong final check character (the code is then flagged {@linkplain
   * Uscc#irregular() irregular}) and an organisation code failing its own GB 11714 check ({@link
   * Uscc#organizationCodeCheckValid()} is then false). The loaders also accept, with a warning, a
   * region (positions 3-8) no longer in the division table, where they otherwise reject it.
   *
   * <p>Such codes can be the legal identity of the enterprise, e.g. {@code 91350203M0001QKT19};
   * rejecting them would lose real enterprises. Every other fault (length, alphabet, case, region
   * digits, an authority and type that codes are not issued under) is still rejected.
   */
  ACCEPT_IRREGULAR_CHECK
}
