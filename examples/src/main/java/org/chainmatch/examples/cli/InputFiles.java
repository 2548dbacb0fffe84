package org.chainmatch.examples.cli;

import java.nio.file.Path;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.io.LoadOptions;
import picocli.CommandLine.Option;

/** The contract input files and how strictly to read them. */
final class InputFiles {
  @Option(names = "--enterprises", paramLabel = "E.csv",
      description = "Enterprises file (required): CSV (UTF-8 or GB18030/GBK) or .xlsx (first sheet); "
          + "contract or Chinese column names.")
  Path enterprises;

  @Option(names = "--relations", paramLabel = "R.csv",
      description = "Supply relations file, CSV or .xlsx like --enterprises (required by analyze and run).")
  Path relations;

  @Option(names = "--demands", paramLabel = "D.csv",
      description = "Demands file, CSV or .xlsx like --enterprises (required by match; optional for run).")
  Path demands;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of the CSV inputs, e.g. UTF-8 or GB18030 (GBK files read as GB18030). "
          + "Default: detected per file, UTF-8 when the bytes are valid UTF-8, else GB18030.")
  String encoding;

  /** The --encoding charset, or null to detect. */
  java.nio.charset.Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return java.nio.charset.Charset.forName(encoding.strip());
    } catch (IllegalArgumentException e) {
      throw new ChainmatchCli.UsageException("--encoding " + encoding
          + ": not an encoding this Java knows (try UTF-8 or GB18030)");
    }
  }

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
    LoadOptions options = LoadOptions.strict().withLenient(lenient)
        .withTableReader(org.chainmatch.office.OfficeTables.reader());
    if (charset() != null) {
      options = options.withEncoding(charset());
    }
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
