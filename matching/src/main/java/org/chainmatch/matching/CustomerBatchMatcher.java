package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chainmatch.core.Offer;

/**
 * Finds buyers for many offers in parallel and hands the results over in offer order: the
 * downstream twin of {@link BatchMatcher}, with the same guarantees.
 *
 * <p>Offers are pulled from an {@link Iterator} (or {@link Stream}) only as fast as results are
 * consumed: at most {@link #window()} offers are in flight at once, so memory stays bounded however
 * many offers arrive. Each result is the one {@link CustomerMatcher#match(Offer, OpenDemands,
 * MatchOptions)} gives for that offer alone, so a batch equals sequential matching, with one
 * difference when the index changes during a batch: what a product goes by (the names its makers
 * give it) is asked of the index once per distinct product and batch, so offers of that product
 * later in the batch do not see the change.
 *
 * <p>The consumer and the progress callback run on the calling thread, one result at a time, in
 * input order; they need not be thread-safe. A {@code CustomerBatchMatcher} holds no threads
 * between runs (each {@link #run} starts and stops its own pool), is immutable and may run several
 * batches concurrently.
 */
public final class CustomerBatchMatcher {

  private final CustomerMatcher matcher;
  private final OpenDemands openDemands;
  private final MatchOptions options;
  private final int threads;
  private final int window;

  private CustomerBatchMatcher(
      CustomerMatcher matcher, OpenDemands openDemands, MatchOptions options, int threads, int window) {
    this.matcher = checkNotNull(matcher, "matcher");
    this.openDemands = checkNotNull(openDemands, "openDemands");
    this.options = checkNotNull(options, "options");
    checkArgument(threads >= 1 && threads <= 256, "threads must be 1..256 but was %s", threads);
    checkArgument(window >= threads, "window must be >= threads (%s) but was %s", threads, window);
    this.threads = threads;
    this.window = window;
  }

  /**
   * A batch matcher with the matcher's options, no open demands, one thread per available
   * processor and a window of eight offers per thread.
   */
  public static CustomerBatchMatcher of(CustomerMatcher matcher) {
    int threads = Runtime.getRuntime().availableProcessors();
    return new CustomerBatchMatcher(matcher, OpenDemands.none(), matcher.options(), threads, 8 * threads);
  }

  /** This batch matcher with another number of threads (1..256) and a window of 8 per thread. */
  public CustomerBatchMatcher withThreads(int count) {
    checkArgument(count >= 1 && count <= 256, "threads must be 1..256 but was %s", count);
    return new CustomerBatchMatcher(matcher, openDemands, options, count, 8 * count);
  }

  /** This batch matcher with another window: the most offers in flight, at least the threads. */
  public CustomerBatchMatcher withWindow(int offers) {
    return new CustomerBatchMatcher(matcher, openDemands, options, threads, offers);
  }

  /** This batch matcher with other match options. */
  public CustomerBatchMatcher withOptions(MatchOptions value) {
    return new CustomerBatchMatcher(matcher, openDemands, value, threads, window);
  }

  /** This batch matcher checking every offer against these open demands. */
  public CustomerBatchMatcher withOpenDemands(OpenDemands value) {
    return new CustomerBatchMatcher(matcher, value, options, threads, window);
  }

  public int threads() {
    return threads;
  }

  public int window() {
    return window;
  }

  /** Like {@link #run(Iterator, Consumer, BatchMatcher.Progress)}; the caller owns the stream. */
  public long run(Stream<Offer> offers, Consumer<? super OfferResult> results, BatchMatcher.Progress progress)
      throws IOException {
    return run(offers.iterator(), results, progress);
  }

  /**
   * Finds buyers for every offer and gives each result to {@code results}, in the order the offers
   * came. If matching an offer fails, or the consumer throws, the batch stops: offers in flight
   * are abandoned, no further results are delivered and the failure is rethrown.
   *
   * @return the number of results delivered
   * @throws IllegalArgumentException if an offer's supplier is unknown (the batch stops)
   * @throws IOException if the index cannot be read
   * @throws InterruptedIOException if the calling thread is interrupted while waiting
   */
  public long run(Iterator<Offer> offers, Consumer<? super OfferResult> results, BatchMatcher.Progress progress)
      throws IOException {
    checkNotNull(offers, "offers");
    ConcurrentMap<String, CustomerMatcher.Offered> seen = new ConcurrentHashMap<>();
    return OrderedParallel.run(
        offers, o -> matcher.match(o, openDemands, options, seen), results, progress, threads, window, "offer");
  }
}
