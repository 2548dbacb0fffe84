package org.chainmatch.examples.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar for one long phase, drawn on stderr only when a person is watching.
 *
 * <p>Java cannot ask whether stderr alone is a terminal; {@code System.console()} is non-null when
 * the process is attached to one, which is the case we want (a script that redirects output gets
 * no bar). Set {@code CHAINMATCH_PROGRESS=off} to silence it anyway.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static boolean interactive() {
    return System.console() != null && !"off".equalsIgnoreCase(System.getenv("CHAINMATCH_PROGRESS"));
  }

  /** Starts a phase of {@code total} steps (-1 when unknown). */
  static Progress start(String phase, long total) {
    if (!interactive()) {
      return new Progress(null);
    }
    PrintStream err = System.err;
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(phase)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .setUpdateIntervalMillis(200)
            .continuousUpdate()
            .build();
    return new Progress(bar);
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  void stepTo(long n) {
    if (bar != null) {
      bar.stepTo(n);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
