package org.chainmatch.examples.cli;

import java.nio.file.Path;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.io.LoadOptions;
import picocli.CommandLine.Option;

/** The contract input files and how strictly to read them. */
final class InputFiles {
  @Option(names = "--enterprises", paramLabel = "E.csv", description = "Enterprises file (CSV contract).")
  Path enterprises;

  @Option(names = "--relations", paramLabel = "R.csv", description = "Supply relations file.")
  Path relations;

  @Option(names = "--demands", paramLabel = "D.csv", description = "Demands file.")
  Path demands;

  @Option(
      names = "--lenient",
      description = "Skip bad rows and list them in rejects.csv instead of rejecting the whole file.")
  boolean lenient;

  @Option(
      names = "--accept-irregular-uscc",
      description = "Accept codes issued before 2016 whose check character fails (reported as warnings).")
  boolean acceptIrregular;

  /** How to read the files: strict or lenient (then keeping every problem for rejects.csv). */
  LoadOptions loadOptions() {
    LoadOptions options = LoadOptions.strict().withLenient(lenient);
    if (acceptIrregular) {
      options = options.withUsccPolicy(UsccPolicy.ACCEPT_IRREGULAR_CHECK);
    }
    if (lenient) {
      // Every skipped row goes to rejects.csv, so keep them all.
      options = options.withMaxProblems(Integer.MAX_VALUE);
    }
    return options;
  }
}
