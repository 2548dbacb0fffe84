package org.chainmatch.testkit.generate;

import org.chainmatch.core.Uscc;

/**
 * The unified social credit codes of a {@link CityPlan}'s enterprises, computed on demand rather
 * than stored: {@code 91} (an enterprise registered with market regulation), the enterprise's
 * region code, a nine-character GB 11714 organisation code with a valid check character, and the
 * GB 32100 check character.
 *
 * <p>Codes are unique because the organisation code is a bijection of the enterprise index: either
 * eight digits (the pre-2016 style) or {@code MA} and six characters of the code alphabet (the
 * newer style), each an affine permutation of the index offset by the seed. Immutable.
 */
final class EnterpriseCodes {
  private static final String ALPHABET = Uscc.ALPHABET;
  private static final int DIGIT_SPACE = 100_000_000; // 10^8 eight-digit bodies
  private static final int NEW_STYLE_SPACE = 887_503_681; // 31^6 bodies after "MA"
  // Multipliers coprime with the spaces, so index -> body is a permutation.
  private static final long DIGIT_MULTIPLIER = 48_271;
  private static final long NEW_STYLE_MULTIPLIER = 69_621;

  /** The most enterprises whose codes are guaranteed unique. */
  static final int MAX_ENTERPRISES = DIGIT_SPACE;

  private final CityPlan plan;
  private final RegionPool regions;
  private final long digitOffset;
  private final long newStyleOffset;
  private final long styleSalt;

  EnterpriseCodes(CityPlan plan, RegionPool regions, long seed) {
    this.plan = plan;
    this.regions = regions;
    var random = RandomStreams.NAMES.of(seed);
    this.digitOffset = random.nextInt(DIGIT_SPACE);
    this.newStyleOffset = random.nextInt(NEW_STYLE_SPACE);
    this.styleSalt = random.nextLong();
  }

  /** The code of enterprise {@code i}. */
  Uscc uscc(int i) {
    char[] code = new char[Uscc.LENGTH - 1];
    code[0] = '9';
    code[1] = '1';
    regions.unit(plan.region(i)).code().getChars(0, 6, code, 2);
    // About half the enterprises registered since the 2016 reform, judged by a hash of the index.
    if (Long.bitCount(styleSalt ^ (i * 0x9E3779B97F4A7C15L)) % 2 == 0) {
      long body = (i * NEW_STYLE_MULTIPLIER + newStyleOffset) % NEW_STYLE_SPACE;
      code[8] = 'M';
      code[9] = 'A';
      for (int k = 15; k >= 10; k--) {
        code[k] = ALPHABET.charAt((int) (body % ALPHABET.length()));
        body /= ALPHABET.length();
      }
    } else {
      long body = (i * DIGIT_MULTIPLIER + digitOffset) % DIGIT_SPACE;
      for (int k = 15; k >= 8; k--) {
        code[k] = (char) ('0' + body % 10);
        body /= 10;
      }
    }
    return Uscc.withComputedChecks(new String(code, 0, Uscc.LENGTH - 2));
  }
}
