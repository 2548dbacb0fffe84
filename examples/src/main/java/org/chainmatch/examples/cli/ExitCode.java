package org.chainmatch.examples.cli;

/** The CLI's exit codes, a contract with the scripts that call it. */
final class ExitCode {
  /** Everything done. */
  static final int SUCCESS = 0;
  /** An input file was rejected (strict mode), or could not be read as contract CSV. */
  static final int INPUT_REJECTED = 1;
  /** The command line was wrong: unknown option, missing argument, bad --city. */
  static final int USAGE = 2;
  /** A bug or an environment failure (disk full, permissions). */
  static final int INTERNAL = 3;

  private ExitCode() {}
}
