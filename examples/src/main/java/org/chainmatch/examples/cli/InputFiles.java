package org.chainmatch.examples.cli;

import java.nio.file.Path;
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
}
