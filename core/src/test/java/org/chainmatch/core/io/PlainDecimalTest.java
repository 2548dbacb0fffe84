package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The fast path for plain decimals reads exactly what {@link Double#parseDouble} reads. */
class PlainDecimalTest {

  @Property(tries = 20_000)
  void equalsParseDouble(
      @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long digits,
      @ForAll @IntRange(min = 0, max = 15) int decimals) {
    String s = String.valueOf(digits);
    if (decimals > 0) {
      String padded = "0".repeat(Math.max(0, decimals + 1 - s.length())) + s;
      s = padded.substring(0, padded.length() - decimals) + "." + padded.substring(padded.length() - decimals);
    }
    double fast = Cells.plainDecimal(s);
    if (s.length() - (decimals > 0 ? 1 : 0) <= 15) {
      assertThat(fast).as(s).isEqualTo(Double.parseDouble(s));
    } else {
      assertThat(fast).as(s).isNaN(); // more digits than the fast path takes
    }
  }

  @Test
  void sharesAndCapacitiesAsWritten() {
    assertThat(Cells.plainDecimal("0.9937")).isEqualTo(0.9937);
    assertThat(Cells.plainDecimal("0.1")).isEqualTo(0.1);
    assertThat(Cells.plainDecimal("100")).isEqualTo(100.0);
    assertThat(Cells.plainDecimal("0.30000000000000004")).isNaN(); // 17 digits: parseDouble's
  }

  @Test
  void otherTextIsLeftToParseDouble() {
    for (String s : new String[] {"", ".5", "1.", "1e3", "-1", "+1", "1.2.3", " 1", "0x1", "NaN"}) {
      assertThat(Cells.plainDecimal(s)).as(s).isNaN();
    }
  }
}
