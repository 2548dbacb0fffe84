package org.chainmatch.core.io;

import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;

/**
 * Parses a USCC cell under the options' policy, recording errors and the faults the policy lets
 * pass as warnings. Beyond {@link Uscc#parse}, the embedded region (positions 3-8) must be a
 * division of the options' table, or {@value #NATIONAL} for codes registered by a national
 * authority; a code from a division since abolished passes only with {@link
 * UsccPolicy#ACCEPT_IRREGULAR_CHECK}.
 */
final class UsccCell {
  /** Positions 3-8 of codes registered by national authorities (GB 32100-2015, 4.3). */
  static final String NATIONAL = "100000";

  private UsccCell() {}

  static Uscc parse(String column, String text, LoadOptions options, RowErrors errors) {
    if (text.isEmpty()) {
      errors.add(column, "", column + " is required");
      return null;
    }
    Uscc u;
    try {
      u = Uscc.parse(text, options.usccPolicy());
    } catch (IllegalArgumentException e) {
      errors.add(column, text, e.getMessage());
      return null;
    }
    boolean lenient = options.usccPolicy() == UsccPolicy.ACCEPT_IRREGULAR_CHECK;
    String region = u.regionCode();
    if (!region.equals(NATIONAL) && options.regions().find(region).isEmpty()) {
      String problem = String.format(
          "region %s (positions 3-8) is no division of GB/T 2260 edition %s",
          region, options.regions().edition());
      if (!lenient) {
        errors.add(column, text, "Invalid USCC \"" + u.value() + "\": " + problem
            + " (the irregular-code option accepts codes of divisions since changed)");
        return null;
      }
      errors.warn(column, text, problem + " (accepted as a code of a division since changed)");
    }
    if (u.irregular()) {
      errors.warn(column, text, "check character fails (accepted as an irregular pre-2016 code)");
    }
    if (!u.organizationCodeCheckValid()) {
      errors.warn(column, text,
          "organisation code (positions 9-17) fails its GB 11714 check (accepted as a pre-2016 code)");
    }
    return u;
  }
}
