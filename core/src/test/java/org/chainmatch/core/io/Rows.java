package org.chainmatch.core.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.chainmatch.core.Uscc;

/** Small factories for contract CSV test input. */
final class Rows {
  private Rows() {}

  /** A valid code for enterprise number {@code n} in region {@code region}. */
  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  static InputStream csv(String... lines) {
    return bytes(String.join("\n", lines) + "\n");
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
