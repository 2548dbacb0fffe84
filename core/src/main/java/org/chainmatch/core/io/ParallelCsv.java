package org.chainmatch.core.io;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Reads a large CSV file with several threads and gives what a sequential read gives.
 *
 * <p>The file is cut into chunks of about {@link #CHUNK_BYTES} bytes, each starting after a line
 * feed byte (in UTF-8 and GB18030 a line feed byte is always a line feed character). Each chunk is
 * decoded, parsed and mapped ({@link ContractCsv#mapRow}) by a worker with line numbers counted
 * from the chunk's start; the caller's thread takes the chunks' rows in file order into {@link
 * ContractCsv.Ordered}, adding the lines of the chunks before to every problem's line.
 *
 * <p>A line feed may lie inside a quoted cell, so a chunk's start is a record's start only if the
 * chunk before it, read from a record's start, ended cleanly: a chunk whose end cuts a quoted cell
 * fails to parse (end of file inside quotes). The caller's thread checks this in order; from the
 * first chunk that fails for any reason (cut quoting, malformed CSV, a record over the bound, an
 * error) the rest of the file is read sequentially, so that every fault is reported as a
 * sequential read reports it. Workers read records against a bound {@link #MARGIN} characters
 * tighter than the options' (the parser's read-ahead makes the count uncertain by up to 8 Ki
 * characters), so a record a worker accepts is one the sequential read accepts too.
 */
final class ParallelCsv {
  /**
   * Bytes per chunk: large enough that per-chunk costs vanish, small enough to spread the work and
   * for the chunk's buffer not to be a humongous object for G1 (half a region of 1 MiB or more),
   * whose allocation starts a collection.
   */
  static final int CHUNK_BYTES = 440 << 10;

  /** Characters by which the workers' record bound is tighter than the options'. */
  static final int MARGIN = 64 << 10;

  /** Encodings in which a 0x0A byte is always a line feed and never part of another character. */
  private static final Set<Charset> SPLITTABLE = Set.of(
      StandardCharsets.UTF_8, TextEncoding.GB18030, Charset.forName("GBK"),
      StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1);

  private ParallelCsv() {}

  /** Whether {@code source} is read better by {@link #read}. */
  static boolean applies(RowSource source, LoadOptions options, RowMapper<?> mapper)
      throws IOException {
    return options.threads() > 1
        && mapper.concurrent()
        && source instanceof CsvRowSource csv
        && csv.path() != null
        && SPLITTABLE.contains(csv.charset())
        && options.maxRecordChars() >= 4 * MARGIN
        && Files.size(csv.path()) > 4L * CHUNK_BYTES;
  }

  /**
   * Reads {@code path} in {@code chunkBytes} chunks with {@link LoadOptions#threads()} workers.
   *
   * @param file the file's name in problems
   */
  static <T> LoadReport read(
      Path path,
      String file,
      Charset charset,
      LoadOptions options,
      RowMapper<T> mapper,
      Consumer<? super T> sink,
      int chunkBytes)
      throws IOException, InputRejectedException {
    return read(path, file, charset, options, mapper, sink, chunkBytes, new Trace());
  }

  /** What a read did, for tests: chunks taken from workers, and where it went sequential. */
  static final class Trace {
    int chunks;
    int fromWorkers;
    /** The chunk from which the rest was read sequentially (0: the whole file), or -1. */
    int sequentialFrom = -1;
  }

  /** {@link #read(Path, String, Charset, LoadOptions, RowMapper, Consumer, int)}, traced. */
  static <T> LoadReport read(
      Path path,
      String file,
      Charset charset,
      LoadOptions options,
      RowMapper<T> mapper,
      Consumer<? super T> sink,
      int chunkBytes,
      Trace trace)
      throws IOException, InputRejectedException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      // Chunk buffers, reused once a chunk is parsed: fewer young collections.
      Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
      Chunk first = Chunk.read(channel, 0, chunkBytes, size, options, buffers);
      ProblemLog header = new ProblemLog(options.maxProblems());
      CsvRows headerRows;
      try {
        if (first == null) {
          throw new IOException("no line break in the first chunk");
        }
        headerRows = new CsvRows(first.source(file, path, charset, options), options,
            mapper.required(), mapper.known(), mapper.aliases(), header);
      } catch (InputRejectedException | IOException e) {
        // A header cut by the chunk's end, or a bad one: the sequential read says which.
        trace.sequentialFrom = 0;
        return ContractCsv.read(sequential(path, file, charset, options), options, mapper, sink);
      }
      ProblemLog log = new ProblemLog(options.maxProblems());
      header.warnings().forEach(log::warn);
      ContractCsv.Ordered<T> out = new ContractCsv.Ordered<>(headerRows, options, mapper, log, sink);
      int chunks = (int) Math.max(1, (size + chunkBytes - 1) / chunkBytes);
      trace.chunks = chunks;
      int window = 2 * options.threads();
      ExecutorService pool = Executors.newFixedThreadPool(options.threads(),
          new ThreadFactoryBuilder().setNameFormat("chainmatch-load-%d").setDaemon(true).build());
      Deque<Future<Part<T>>> pending = new ArrayDeque<>();
      try {
        pending.add(pool.submit(() -> first.release(Part.of(headerRows, mapper, first), buffers)));
        int submitted = 1;
        long start = 0;
        long lineBase = 0;
        long records = 0;
        for (int k = 0; k < chunks; k++) {
          while (submitted < chunks && submitted < k + window) {
            int index = submitted++;
            pending.add(pool.submit(() -> {
              Chunk c = Chunk.read(
                  channel, (long) index * chunkBytes, chunkBytes, size, options, buffers);
              if (c == null) {
                return Part.failed();
              }
              CsvRows rows = new CsvRows(c.source(file, path, charset, options), headerRows,
                  new ProblemLog(1));
              return c.release(Part.of(rows, mapper, c), buffers);
            }));
          }
          Part<T> part = await(pending.poll());
          if (part.failed || (k > 0 && part.start != start)) {
            pending.forEach(f -> f.cancel(true));
            pending.clear();
            trace.sequentialFrom = k;
            if (k == 0) {
              return ContractCsv.read(
                  sequential(path, file, charset, options), options, mapper, sink);
            }
            // From the file's start, so that the parser's own positions in messages are the
            // file's: the records the chunks before gave are parsed again and skipped.
            try (CsvRows rest = new CsvRows(
                skipped(sequential(path, file, charset, options), records, log), headerRows, log)) {
              ContractCsv.readRows(rest, mapper, out);
            }
            return out.finish();
          }
          part.replay(out, file, lineBase);
          trace.fromWorkers++;
          lineBase += part.lines;
          records += part.records;
          start = part.end;
        }
        return out.finish();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** The rows of a chunk, or a failed part when the worker threw. */
  private static <T> Part<T> await(Future<Part<T>> f) throws IOException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      return Part.failed();
    } catch (CancellationException e) {
      return Part.failed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while loading");
    }
  }

  /** A sequential source over the whole of {@code path}. */
  private static CsvRowSource sequential(
      Path path, String file, Charset charset, LoadOptions options) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return new CsvRowSource(in, file, path, charset, options.maxRecordChars(), 0);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** {@code source} after its first {@code records} records (read before, so well formed). */
  private static CsvRowSource skipped(CsvRowSource source, long records, ProblemLog log)
      throws IOException, InputRejectedException {
    try {
      while (source.records() < records && source.next() != null) {
        // skip
      }
      return source;
    } catch (RowSource.Malformed e) {
      source.close();
      throw log.fatal(new InputProblem(source.file(), e.line(), "", "", e.getMessage()));
    } catch (IOException | RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /**
   * The bytes of one chunk: from just after the first line feed at or after its nominal start
   * (byte 0 for the first chunk) to just after the first line feed at or after the next chunk's
   * nominal start (or the end of the file). Neighbours agree on their shared boundary because both
   * look for the same line feed.
   */
  private record Chunk(byte[] bytes, int from, int to, long end) {

    /**
     * Reads the chunk at {@code nominal}; null when no line feed ends it within the bytes of the
     * longest record (a record longer than that is rejected anyway: the sequential read says so).
     */
    static Chunk read(FileChannel channel, long nominal, int chunkBytes, long size,
        LoadOptions options, Queue<byte[]> buffers) throws IOException {
      long lo = nominal == 0 ? 0 : nominal - 1;
      long hi = Math.min(size, nominal + chunkBytes - 1);
      if (nominal + chunkBytes >= size) {
        hi = size;
      }
      long tailLimit = 4L * options.maxRecordChars() + 4;
      int wanted = (int) (hi - lo) + (hi < size ? 1 << 16 : 0);
      byte[] buf = buffers.poll();
      if (buf == null || buf.length < wanted) {
        buf = new byte[Math.max(wanted, chunkBytes + (1 << 16))]; // 504 KiB: not humongous
      }
      int n = readFully(channel, lo, buf, 0, (int) (hi - lo));
      int end = n;
      if (hi < size) {
        // The tail: up to and including the first line feed at or after hi.
        long pos = hi;
        while (true) {
          if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length + (1 << 16));
          }
          int got = readFully(channel, pos, buf, end, Math.min(buf.length - end, 1 << 16));
          if (got == 0) {
            break;
          }
          int lf = indexOf(buf, end, end + got);
          if (lf >= 0) {
            end = lf + 1;
            break;
          }
          end += got;
          pos += got;
          if (pos >= size) {
            break;
          }
          if (pos - hi > tailLimit) {
            return null;
          }
        }
      }
      int from = 0;
      if (nominal > 0) {
        int lf = indexOf(buf, 0, end);
        from = lf < 0 ? end : lf + 1;
      }
      return new Chunk(buf, from, end, lo + end);
    }

    /** Returns {@code part}, the chunk's buffer given back for another chunk (parsing is done). */
    <T> Part<T> release(Part<T> part, Queue<byte[]> buffers) {
      buffers.offer(bytes);
      return part;
    }

    /** Absolute offset of the chunk's first byte. */
    long start() {
      return end - (to - from);
    }

    CsvRowSource source(String file, Path path, Charset charset, LoadOptions options)
        throws IOException {
      return new CsvRowSource(new ByteArrayInputStream(bytes, from, to - from), file, path, charset,
          options.maxRecordChars() - MARGIN, 0);
    }

    private static int readFully(FileChannel channel, long pos, byte[] buf, int off, int len)
        throws IOException {
      ByteBuffer b = ByteBuffer.wrap(buf, off, len);
      while (b.hasRemaining()) {
        if (channel.read(b, pos + b.position() - off) < 0) {
          break;
        }
      }
      return b.position() - off;
    }

    private static int indexOf(byte[] buf, int from, int to) {
      for (int i = from; i < to; i++) {
        if (buf[i] == '\n') {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * The mapped rows of one chunk, in order, with line numbers counted from the chunk's start:
   * values (null for rejected rows), claims when the mapper has a unique column, and the problems
   * and warnings of the rows that have any.
   */
  private static final class Part<T> {
    boolean failed;
    long start;
    long end;
    /** Lines the chunk spans (the line its last record ends on, counted from the chunk's start). */
    long lines;
    /** Records the chunk's parser gave, blank ones (and the header) included. */
    long records;
    final List<T> values = new ArrayList<>();
    final List<String> claims = new ArrayList<>();
    final LongArrayList claimLines = new LongArrayList();
    final IntArrayList notedRows = new IntArrayList();
    final List<List<InputProblem>> notedProblems = new ArrayList<>();
    final List<List<InputProblem>> notedWarnings = new ArrayList<>();

    static <T> Part<T> failed() {
      Part<T> p = new Part<>();
      p.failed = true;
      return p;
    }

    /** Maps every row of {@code rows}; a part that failed when they are not readable to the end. */
    static <T> Part<T> of(CsvRows rows, RowMapper<T> mapper, Chunk chunk) {
      Part<T> p = new Part<>();
      CsvRowSource source = (CsvRowSource) rows.source();
      boolean unique = mapper.uniqueColumn() != null;
      RowErrors errors = new RowErrors(rows);
      try (rows) {
        while (rows.next()) {
          errors.clear();
          T value = ContractCsv.mapRow(rows, errors, mapper);
          if (!errors.problems().isEmpty() || !errors.warnings().isEmpty()) {
            p.notedRows.add(p.values.size());
            p.notedProblems.add(List.copyOf(errors.problems()));
            p.notedWarnings.add(List.copyOf(errors.warnings()));
          }
          p.values.add(value);
          if (unique) {
            p.claims.add(errors.claimed());
            p.claimLines.add(rows.line());
          }
        }
      } catch (InputRejectedException | IOException | RuntimeException e) {
        return failed();
      }
      p.lines = source.lastLine();
      p.records = source.records();
      p.start = chunk.start();
      p.end = chunk.end();
      return p;
    }

    /** Passes the rows to {@code out}, every line moved down by {@code lineBase}. */
    void replay(ContractCsv.Ordered<T> out, String file, long lineBase) {
      int note = 0;
      boolean unique = !claims.isEmpty();
      for (int i = 0; i < values.size(); i++) {
        List<InputProblem> problems = List.of();
        List<InputProblem> warnings = List.of();
        if (note < notedRows.size() && notedRows.get(note) == i) {
          problems = moved(notedProblems.get(note), lineBase);
          warnings = moved(notedWarnings.get(note), lineBase);
          note++;
        }
        out.take(values.get(i), unique ? claims.get(i) : null,
            unique ? claimLines.get(i) + lineBase : 0, problems, warnings);
      }
    }

    private static List<InputProblem> moved(List<InputProblem> problems, long lineBase) {
      if (lineBase == 0 || problems.isEmpty()) {
        return problems;
      }
      List<InputProblem> out = new ArrayList<>(problems.size());
      for (InputProblem p : problems) {
        out.add(new InputProblem(p.file(), p.line() + lineBase, p.column(), p.value(), p.reason()));
      }
      return out;
    }
  }
}
