package org.chainmatch.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.google.common.util.concurrent.ThreadFactoryBuilder;

/**
 * Tells the encoding of a text file: UTF-8 or GB18030 (of which GBK and GB2312 are subsets), the
 * two that Chinese spreadsheet exports use.
 *
 * <ol>
 *   <li>Every byte sequence valid UTF-8: UTF-8 (pure ASCII included).
 *   <li>Else, the whole file decodes as GB18030 and is not mostly UTF-8: GB18030.
 *   <li>Else, mostly UTF-8 — at least {@value #UTF8_MAJORITY} valid multi-byte sequences per
 *       invalid one, as in a UTF-8 file with a few damaged bytes: UTF-8, and the rows with damaged
 *       bytes are rejected one by one, located to line and column.
 *   <li>Else the file is text in neither: rejected as a whole, with the line of its first
 *       undecodable bytes.
 * </ol>
 *
 * <p>GBK text forms a valid UTF-8 sequence now and then (about one character in six), so a count,
 * not a single valid sequence, separates a damaged UTF-8 file from GBK. The file is read once for
 * UTF-8 and, when that fails, once more for GB18030; nothing is held but counters.
 */
final class TextEncoding {
  /** GB18030: a superset of GBK and GB2312. */
  static final Charset GB18030 = Charset.forName("GB18030");

  static final int UTF8_MAJORITY = 10;

  /** Files from this size on are scanned in parts on several threads. */
  static final long PARALLEL_SCAN_BYTES = 4 << 20;

  private TextEncoding() {}

  /**
   * The encoding of {@code file}.
   *
   * @throws InputRejectedException when the file is text in neither encoding
   */
  static Charset detect(Path file, String fileName) throws IOException, InputRejectedException {
    return detect(file, fileName, 1);
  }

  /**
   * The encoding of {@code file}, its bytes scanned by {@code threads} threads when it is large
   * (the scan is a third of a sequential read's time otherwise: it precedes the parallel parse).
   *
   * @throws InputRejectedException when the file is text in neither encoding
   */
  static Charset detect(Path file, String fileName, int threads)
      throws IOException, InputRejectedException {
    Utf8Scan scan;
    long size = Files.size(file);
    if (threads > 1 && size >= PARALLEL_SCAN_BYTES) {
      scan = Utf8Scan.of(file, size, threads);
    } else {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        scan = Utf8Scan.of(in);
      }
    }
    if (scan.invalid == 0) {
      return StandardCharsets.UTF_8;
    }
    boolean mostlyUtf8 = scan.validMultiByte >= (long) UTF8_MAJORITY * scan.invalid;
    if (!mostlyUtf8 && decodesAs(file, GB18030)) {
      return GB18030;
    }
    if (mostlyUtf8) {
      return StandardCharsets.UTF_8;
    }
    throw new InputRejectedException(List.of(new InputProblem(fileName, scan.firstInvalidLine, "",
        HexFormat.ofDelimiter(" ").withUpperCase().formatHex(scan.firstInvalidBytes),
        InputProblem.UNDECODABLE + "UTF-8 nor GB18030/GBK text (first at this line): the file's "
            + "encoding is not one the loader reads. Save it as UTF-8 (Excel: \"CSV UTF-8\") or "
            + "GB18030, or name its encoding")), 1);
  }

  private static boolean decodesAs(Path file, Charset charset) throws IOException {
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] buf = new char[1 << 14];
    try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
      while (r.read(buf) >= 0) {
        // read to the end
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Counts of one pass over the bytes with a UTF-8 validator. The bytes are read in blocks and
   * scanned in a plain loop: reading them one by one through a stream cost more than parsing the
   * file (a third of the time of loading a million enterprises, by profile).
   */
  static final class Utf8Scan {
    long validMultiByte;
    long invalid;
    long firstInvalidLine;
    byte[] firstInvalidBytes;

    // The validator's state between blocks.
    private long line = 1;
    private int need; // continuation bytes still expected
    private int lead;
    private int seen;

    static Utf8Scan of(InputStream in) throws IOException {
      Utf8Scan s = new Utf8Scan();
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) >= 0) {
        s.scan(buf, n);
      }
      s.finish();
      return s;
    }

    /**
     * Scans {@code file} in parts on {@code threads} threads. A part starts just after a line feed
     * byte, where the validator holds no partial sequence whatever came before, so the parts' counts
     * add up to the sequential scan's and its first invalid line is the first part's with one
     * (lines after the line feeds of the parts before).
     */
    static Utf8Scan of(Path file, long size, int threads) throws IOException {
      int parts = threads * 4;
      long step = size / parts + 1;
      ExecutorService pool = Executors.newFixedThreadPool(threads,
          new ThreadFactoryBuilder().setNameFormat("chainmatch-scan-%d").setDaemon(true).build());
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        List<Future<Utf8Scan>> scans = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
          long from = p * step;
          long to = Math.min(size, from + step);
          scans.add(pool.submit(() -> part(channel, from, to, size)));
        }
        Utf8Scan all = new Utf8Scan();
        long linesBefore = 0;
        for (Future<Utf8Scan> f : scans) {
          Utf8Scan s = TaskResults.await(f);
          if (all.invalid == 0 && s.invalid > 0) {
            all.firstInvalidLine = linesBefore + s.firstInvalidLine;
            all.firstInvalidBytes = s.firstInvalidBytes;
          }
          all.invalid += s.invalid;
          all.validMultiByte += s.validMultiByte;
          linesBefore += s.line - 1;
        }
        return all;
      } finally {
        pool.shutdownNow();
      }
    }

    /** The scan of the bytes after the first line feed at or after {@code from - 1} up to the same
     * point for {@code to} (both ends of the file being such points). */
    private static Utf8Scan part(FileChannel channel, long from, long to, long size)
        throws IOException {
      long start = from == 0 ? 0 : afterLineFeed(channel, from - 1, size);
      long end = to >= size ? size : afterLineFeed(channel, to - 1, size);
      Utf8Scan s = new Utf8Scan();
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      long pos = start;
      while (pos < end) {
        buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
        int n = channel.read(buf, pos);
        if (n < 0) {
          break;
        }
        s.scan(buf.array(), n);
        pos += n;
      }
      s.finish();
      return s;
    }

    private static long afterLineFeed(FileChannel channel, long from, long size) throws IOException {
      ByteBuffer buf = ByteBuffer.allocate(1 << 12);
      long pos = from;
      while (pos < size) {
        buf.clear();
        int n = channel.read(buf, pos);
        if (n < 0) {
          break;
        }
        byte[] b = buf.array();
        for (int i = 0; i < n; i++) {
          if (b[i] == '\n') {
            return pos + i + 1;
          }
        }
        pos += n;
      }
      return size;
    }

    /** Scans the first {@code n} bytes of {@code buf}, continuing from the previous block. */
    void scan(byte[] buf, int n) {
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xFF;
        if (need > 0) {
          boolean ok = (b & 0xC0) == 0x80
              // No overlong forms or surrogates, as the decoder would reject them.
              && !(seen == 1 && lead == 0xE0 && b < 0xA0)
              && !(seen == 1 && lead == 0xED && b > 0x9F)
              && !(seen == 1 && lead == 0xF0 && b < 0x90)
              && !(seen == 1 && lead == 0xF4 && b > 0x8F);
          if (ok) {
            seen++;
            if (--need == 0) {
              validMultiByte++;
            }
            continue;
          }
          bad(line, lead, b);
          need = 0;
        }
        if (b < 0x80) {
          if (b == '\n') {
            line++;
          }
          continue;
        }
        lead = b;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
        } else {
          bad(line, b, -1);
          continue;
        }
        // The bytes of the sequence read so far, the lead being 1: the checks above need it.
        seen = 1;
      }
    }

    /** Ends the scan: a sequence cut short by the end of the file is invalid. */
    void finish() {
      if (need > 0) {
        bad(line, lead, -1);
        need = 0;
      }
    }

    private void bad(long line, int first, int second) {
      if (invalid++ == 0) {
        firstInvalidLine = line;
        firstInvalidBytes = second < 0 ? new byte[] {(byte) first} : new byte[] {(byte) first, (byte) second};
      }
    }
  }
}
