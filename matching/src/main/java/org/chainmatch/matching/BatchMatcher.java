package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chainmatch.core.Demand;

/**
 * Matches many demands in parallel and hands the results over in demand order.
 *
 * <p>Demands are pulled from an {@link Iterator} (or {@link Stream}) only as fast as results are
 * consumed: at most {@link #window()} demands are in flight at once, so memory stays bounded
 * however many demands arrive. Each result is the one {@link SupplierMatcher#match(Demand,
 * MatchOptions)} gives for that demand alone, so a batch equals sequential matching.
 *
 * <p>The consumer and the progress callback run on the calling thread, one result at a time, in
 * input order; they need not be thread-safe. A {@code BatchMatcher} holds no threads between runs
 * (each {@link #run} starts and stops its own pool), is immutable and may run several batches
 * concurrently.
 */
public final class BatchMatcher {

  /** Told how many results have been delivered so far, after each one. */
  @FunctionalInterface
  public interface Progress {
    /** Called on the thread running the batch after the {@code delivered}th result. */
    void delivered(long delivered);

    /** A callback that ignores progress. */
    static Progress none() {
      return delivered -> {};
    }
  }

  private final SupplierMatcher matcher;
  private final MatchOptions options;
  private final int threads;
  private final int window;

  private BatchMatcher(SupplierMatcher matcher, MatchOptions options, int threads, int window) {
    this.matcher = checkNotNull(matcher, "matcher");
    this.options = checkNotNull(options, "options");
    checkArgument(threads >= 1 && threads <= 256, "threads must be 1..256 but was %s", threads);
    checkArgument(window >= threads, "window must be >= threads (%s) but was %s", threads, window);
    this.threads = threads;
    this.window = window;
  }

  /**
   * A batch matcher with the matcher's options, one thread per available processor and a window
   * of eight demands per thread (enough to keep every thread busy while the consumer works).
   */
  public static BatchMatcher of(SupplierMatcher matcher) {
    int threads = Runtime.getRuntime().availableProcessors();
    return new BatchMatcher(matcher, matcher.options(), threads, 8 * threads);
  }

  /** This batch matcher with another number of threads (1..256) and a window of 8 per thread. */
  public BatchMatcher withThreads(int count) {
    checkArgument(count >= 1 && count <= 256, "threads must be 1..256 but was %s", count);
    return new BatchMatcher(matcher, options, count, 8 * count);
  }

  /** This batch matcher with another window: the most demands in flight, at least the threads. */
  public BatchMatcher withWindow(int demands) {
    return new BatchMatcher(matcher, options, threads, demands);
  }

  /** This batch matcher with other match options. */
  public BatchMatcher withOptions(MatchOptions value) {
    return new BatchMatcher(matcher, value, threads, window);
  }

  public int threads() {
    return threads;
  }

  public int window() {
    return window;
  }

  /** Like {@link #run(Iterator, Consumer, Progress)}, closing nothing: the caller owns the stream. */
  public long run(Stream<Demand> demands, Consumer<? super MatchResult> results, Progress progress)
      throws IOException {
    return run(demands.iterator(), results, progress);
  }

  /**
   * Matches every demand and gives each result to {@code results}, in the order the demands came.
   *
   * <p>If matching a demand fails, or the consumer throws, the batch stops: demands in flight are
   * abandoned, no further results are delivered and the failure is rethrown.
   *
   * @return the number of results delivered
   * @throws IOException if the index cannot be read
   * @throws InterruptedIOException if the calling thread is interrupted while waiting
   */
  public long run(Iterator<Demand> demands, Consumer<? super MatchResult> results, Progress progress)
      throws IOException {
    checkNotNull(demands, "demands");
    return OrderedParallel.run(demands, d -> matcher.match(d, options), results, progress, threads, window, "demand");
  }
}
