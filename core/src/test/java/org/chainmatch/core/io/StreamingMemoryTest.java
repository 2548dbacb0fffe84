package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

/**
 * Loading streams: a relations file several times larger than the heap loads in a child JVM with
 * a 48 MB heap. If the loader ever held the input whole, the child would run out of memory.
 */
class StreamingMemoryTest {
  static final long ROWS = 1_500_000; // about 130 MB of CSV

  @Test
  void aFileFarLargerThanTheHeapLoadsInBoundedMemory() throws Exception {
    Process p = new ProcessBuilder(
            System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
            "-Xmx48m", "-cp", System.getProperty("java.class.path"),
            StreamingMemoryTest.class.getName())
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(out).contains("loaded " + ROWS);
    assertThat(p.exitValue()).as(out).isZero();
  }

  /** Child: streams ROWS generated relation rows through the loader, keeping nothing. */
  public static void main(String[] args) throws Exception {
    String a = Rows.uscc("320505", 1);
    String b = Rows.uscc("320506", 2);
    Uscc ua = Uscc.parse(a);
    Uscc ub = Uscc.parse(b);
    byte[] header = "supplier,customer,product,share\n".getBytes(StandardCharsets.UTF_8);
    byte[] row = (a + "," + b + ",聚丙烯熔喷专用料,0.25\n").getBytes(StandardCharsets.UTF_8);
    InputStream in = new InputStream() {
      long pos;
      final long total = header.length + ROWS * row.length;

      @Override
      public int read() {
        if (pos >= total) {
          return -1;
        }
        long p = pos++;
        return (p < header.length ? header[(int) p] : row[(int) ((p - header.length) % row.length)]) & 0xFF;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        if (pos >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < total) {
          buf[off + n++] = (byte) read();
        }
        return n;
      }
    };
    AtomicLong count = new AtomicLong();
    RelationCsv.read(in, "big.csv", LoadOptions.strict(),
        code -> code.equals(a) ? ua : code.equals(b) ? ub : null, r -> count.incrementAndGet());
    System.out.println("loaded " + count.get());
  }
}
