package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.chainmatch.core.Enterprise;

/**
 * Which of a matched enterprise's products answers what the demand was understood to ask for: the
 * {@code matched_product} column of {@code matches.csv} (and of {@code customers.csv}).
 *
 * <p>The choice, among the enterprise's {@link Enterprise#products()} compared after width and case
 * folding (punctuation and spaces ignored): a product equal to the understood text; else the one
 * sharing the longest run of characters with it (a product containing it, or contained in it, is
 * such a run); then the most character bigrams; then the most characters. Ties go to the product
 * listed first. When no product shares a single
 * character with the understood text, the match came from the enterprise's business scope or name
 * (or from a synonym the index knows), and the answer is empty rather than a guess.
 *
 * <p>Stateless and thread-safe.
 */
public final class MatchedProduct {
  private MatchedProduct() {}

  /**
   * The product of {@code enterprise} that best fits {@code understood}, as the enterprise lists
   * it, or the empty string when none shares a character with it.
   */
  public static String of(String understood, Enterprise enterprise) {
    checkNotNull(understood, "understood");
    checkNotNull(enterprise, "enterprise");
    String want = fold(understood);
    if (want.isEmpty()) {
      return "";
    }
    String best = "";
    long bestScore = 0;
    for (String product : enterprise.products()) {
      long score = score(want, fold(product));
      if (score > bestScore) {
        bestScore = score;
        best = product;
      }
    }
    return best;
  }

  /**
   * Orders the kinds of fit: equality, then the longest shared run of characters (containment is
   * its longest case), then shared bigrams, then shared characters.
   */
  private static long score(String want, String have) {
    if (have.isEmpty()) {
      return 0;
    }
    if (have.equals(want)) {
      return Long.MAX_VALUE;
    }
    Set<String> wantBigrams = bigrams(want);
    long shared = 0;
    for (String b : bigrams(have)) {
      if (wantBigrams.contains(b)) {
        shared++;
      }
    }
    long chars = have.codePoints().distinct().filter(c -> want.indexOf(c) >= 0).count();
    return ((long) longestCommonRun(want, have) << 40) + (Math.min(shared, 1 << 19) << 20) + chars;
  }

  private static int longestCommonRun(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }

  private static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
