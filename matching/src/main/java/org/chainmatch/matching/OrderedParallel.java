package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.chainmatch.core.io.TaskResults;

/**
 * The loop both batch matchers run: work items pulled from an iterator only as fast as results
 * are consumed (at most {@code window} in flight), done on a pool of its own, results handed over
 * on the calling thread in input order. The pool lives for one run.
 */
final class OrderedParallel {

  /** One unit of work; may fail with an I/O error. */
  @FunctionalInterface
  interface Work<I, R> {
    R apply(I input) throws IOException;
  }

  private OrderedParallel() {}

  /**
   * Applies {@code work} to every input and gives each result to {@code results}, in input order.
   * If work fails, or the consumer throws, the run stops: inputs in flight are abandoned, no
   * further results are delivered and the failure is rethrown.
   *
   * @return the number of results delivered
   * @throws InterruptedIOException if the calling thread is interrupted while waiting
   */
  static <I, R> long run(
      Iterator<I> inputs,
      Work<? super I, ? extends R> work,
      Consumer<? super R> results,
      BatchMatcher.Progress progress,
      int threads,
      int window,
      String what)
      throws IOException {
    checkNotNull(inputs, "inputs");
    checkNotNull(results, "results");
    checkNotNull(progress, "progress");
    ExecutorService pool = Executors.newFixedThreadPool(
        threads, new ThreadFactoryBuilder().setNameFormat("chainmatch-batch-%d").setDaemon(true).build());
    ArrayDeque<Future<? extends R>> inFlight = new ArrayDeque<>(window);
    long delivered = 0;
    try {
      while (inputs.hasNext()) {
        I input = checkNotNull(inputs.next(), what);
        inFlight.add(pool.submit(() -> work.apply(input)));
        if (inFlight.size() == window) {
          results.accept(await(inFlight.poll()));
          progress.delivered(++delivered);
        }
      }
      while (!inFlight.isEmpty()) {
        results.accept(await(inFlight.poll()));
        progress.delivered(++delivered);
      }
      return delivered;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) throws IOException {
    return TaskResults.await(future);
  }
}
