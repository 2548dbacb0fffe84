package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UTF-8 scan in parts on several threads counts what the sequential scan counts. */
class TextEncodingScanTest {
  @TempDir Path dir;

  /** About 6 MB of CSV-like UTF-8 lines, with {@code damaged} random bytes overwritten. */
  byte[] text(int damaged, long seed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 120_000; i++) {
      out.write(("91320505" + i + ",苏州精密机械有限公司,聚丙烯;熔喷布\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = out.toByteArray();
    Random random = new Random(seed);
    for (int i = 0; i < damaged; i++) {
      int at = bytes.length / 3 + random.nextInt(bytes.length * 2 / 3 - 2);
      bytes[at] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }

  void assertSameAsSequential(byte[] bytes) throws Exception {
    Path file = dir.resolve("f.csv");
    Files.write(file, bytes);
    TextEncoding.Utf8Scan sequential = TextEncoding.Utf8Scan.of(new ByteArrayInputStream(bytes));

    TextEncoding.Utf8Scan parallel = TextEncoding.Utf8Scan.of(file, bytes.length, 3);

    assertThat(parallel.validMultiByte).isEqualTo(sequential.validMultiByte);
    assertThat(parallel.invalid).isEqualTo(sequential.invalid);
    assertThat(parallel.firstInvalidLine).isEqualTo(sequential.firstInvalidLine);
    assertThat(parallel.firstInvalidBytes).isEqualTo(sequential.firstInvalidBytes);
  }

  @Test
  void validTextCountsTheSame() throws Exception {
    byte[] bytes = text(0, 1);
    assertSameAsSequential(bytes);
    assertThat(TextEncoding.Utf8Scan.of(new ByteArrayInputStream(bytes)).invalid).isZero();
  }

  @Test
  void damagedBytesCountTheSameWithTheSameFirstLine() throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      byte[] bytes = text(40, seed);
      assertThat(TextEncoding.Utf8Scan.of(new ByteArrayInputStream(bytes)).firstInvalidLine)
          .isGreaterThan(40_000);
      assertSameAsSequential(bytes);
    }
  }

  @Test
  void aSequenceCutByTheFileEndIsInvalidInBoth() throws Exception {
    byte[] bytes = text(0, 1);
    bytes[bytes.length - 1] = (byte) 0xE8;
    assertSameAsSequential(bytes);
  }
}
