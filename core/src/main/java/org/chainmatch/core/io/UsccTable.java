package org.chainmatch.core.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainmatch.core.Uscc;

/**
 * The canonical {@link Uscc} of each known code, looked up by the code's text: the relation
 * loader's endpoint resolution, millions of lookups in a table of a million codes.
 *
 * <p>Why not a {@code HashMap<String, Uscc>}: a lookup there follows four pointers (table, node, key
 * string, its bytes), each a cache miss in a table this size, and took a third of the time of
 * loading 5 million relations (by profile). Here a code of 18 characters from {@code 0-9A-Z} is
 * packed into two longs held inline in an open-addressing table, so a lookup reads one cache line
 * of keys and one reference. Other texts (which no canonical code has) go to a plain map.
 *
 * <p>Immutable once built, and so safe for concurrent lookups.
 */
final class UsccTable implements Function<String, Uscc> {
  private static final int LENGTH = 18;
  private static final int HALF = LENGTH / 2;

  private final long[] keys;
  private final Uscc[] values;
  private final int mask;
  private final Map<String, Uscc> others = new HashMap<>();

  private UsccTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new long[2 * capacity];
    values = new Uscc[capacity];
    mask = capacity - 1;
  }

  /** A table of {@code codes}; a later code with the same text replaces an earlier one. */
  static UsccTable of(List<Uscc> codes) {
    UsccTable t = new UsccTable(codes.size());
    codes.forEach(t::put);
    return t;
  }

  private void put(Uscc u) {
    String text = u.value();
    long a = pack(text, 0);
    long b = pack(text, HALF);
    if (a < 0 || b < 0) {
      others.put(text, u);
      return;
    }
    int slot = slot(a, b);
    while (values[slot] != null && !(keys[2 * slot] == a && keys[2 * slot + 1] == b)) {
      slot = (slot + 1) & mask;
    }
    keys[2 * slot] = a;
    keys[2 * slot + 1] = b;
    values[slot] = u;
  }

  /** The canonical code whose text is exactly {@code text}, or null. */
  @Override
  public Uscc apply(String text) {
    long a = pack(text, 0);
    long b = a < 0 ? -1 : pack(text, HALF);
    if (b < 0) {
      return others.isEmpty() ? null : others.get(text);
    }
    int slot = slot(a, b);
    Uscc u;
    while ((u = values[slot]) != null) {
      if (keys[2 * slot] == a && keys[2 * slot + 1] == b) {
        return u;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private int slot(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
  }

  /**
   * Characters {@code from .. from + 8} of an 18-character text over {@code 0-9A-Z} as a number in
   * base 36; -1 when the text is not such a text. Distinct texts give distinct pairs.
   */
  static long pack(String text, int from) {
    if (text.length() != LENGTH) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < from + HALF; i++) {
      char c = text.charAt(i);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        d = c - 'A' + 10;
      } else {
        return -1;
      }
      v = v * 36 + d;
    }
    return v;
  }
}
