package org.chainmatch.core.io;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.chainmatch.core.Internal;

/**
 * The one way chainmatch's thread pools hand a task's outcome back to the caller (the batch
 * matcher, the parallel index build): the task's own exception is rethrown as it was, so the
 * caller sees the same {@link IOException} or runtime exception as if it had run the task itself.
 */
@Internal
public final class TaskResults {
  private TaskResults() {}

  /**
   * Waits for {@code future} and returns its value.
   *
   * @throws IOException the task's own {@code IOException}, unchanged
   * @throws InterruptedIOException if this thread is interrupted while waiting (the interrupt
   *     flag is set again)
   * @throws RuntimeException the task's own unchecked exception or error, unchanged; any other
   *     checked exception wrapped in an {@link IllegalStateException}
   */
  public static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for a task");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      Throwables.throwIfInstanceOf(cause, IOException.class);
      Throwables.throwIfUnchecked(cause);
      throw new IllegalStateException(cause);
    }
  }
}
