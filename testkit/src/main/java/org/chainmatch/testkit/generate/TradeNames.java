package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.chainmatch.core.io.TsvRows;

/**
 * The trade names (字号) synthetic enterprises are named with, such as {@code 恒力} or {@code 华昌}.
 *
 * <p>The format, read by {@link #load} (with {@link TsvRows}), is UTF-8 text with one trade name
 * per line; blank lines and lines starting with {@code #} are ignored, duplicates are dropped.
 * Immutable.
 */
final class TradeNames {
  static final String BUNDLED_RESOURCE = "trade-names.txt";

  private final ImmutableList<String> names;

  private TradeNames(ImmutableList<String> names) {
    this.names = names;
  }

  private static final class Bundled {
    static final TradeNames INSTANCE = loadBundled();

    private static TradeNames loadBundled() {
      try (InputStream in = TradeNames.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        checkNotNull(in, "bundled trade names missing: %s", BUNDLED_RESOURCE);
        return load(in, BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled trade names " + BUNDLED_RESOURCE, e);
      }
    }
  }

  /** The trade names bundled with chainmatch, loaded on first call. */
  static TradeNames bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads trade names; does not close {@code text}.
   *
   * @throws IllegalArgumentException naming {@code source} if there is no trade name
   */
  static TradeNames load(InputStream text, String source) {
    Set<String> names = new LinkedHashSet<>();
    for (TsvRows.Row row : TsvRows.readUtf8(text, "trade names " + source)) {
      names.add(row.text().strip());
    }
    checkArgument(!names.isEmpty(), "trade names %s: no trade name", source);
    return new TradeNames(ImmutableList.copyOf(names));
  }

  /**
   * Draws a trade name; {@code attempt} counts earlier draws for the same enterprise that gave a
   * name already taken. The first attempts use the list as it is; later ones coin longer names from
   * listed ones, as registrars see when the obvious names are gone, so that even a city of millions
   * finds free names: two characters of two listed names, then a listed name and one character,
   * then two listed names, then two listed names and one character.
   */
  String draw(SplittableRandom random, int attempt) {
    String first = names.get(random.nextInt(names.size()));
    if (attempt < 4) {
      return first;
    }
    String second = names.get(random.nextInt(names.size()));
    if (attempt < 16) {
      return first.substring(0, 1) + second.substring(second.length() - 1);
    }
    if (attempt < 64) {
      return first + second.substring(0, 1);
    }
    if (attempt < 256) {
      return first + second;
    }
    String third = names.get(random.nextInt(names.size()));
    return first + second + third.substring(0, 1);
  }

  /** The listed trade names. */
  ImmutableList<String> names() {
    return names;
  }
}
