package org.chainmatch.examples.cli;

import java.io.PrintWriter;
import org.chainmatch.core.io.InputProblem;
import org.chainmatch.core.io.InputRejectedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The batch command line: {@code java -jar chainmatch.jar <command> ...}.
 *
 * <p>Exit codes: 0 success, 1 input rejected, 2 usage error, 3 internal error.
 */
@Command(
    name = "chainmatch",
    mixinStandardHelpOptions = true,
    versionProvider = ChainmatchCli.Version.class,
    description = "Supply-chain matching, resumption analysis and outreach for a city.",
    subcommands = {
      DemoCommand.class,
      MatchCommand.class,
      AnalyzeCommand.class,
      RunCommand.class,
      IndexCommand.class,
      OutreachCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 input rejected, 2 usage error, 3 internal error.",
      "Input files follow the CSV contract (formats v1) described in the README."
    })
public final class ChainmatchCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (for tests; {@link #main} exits with it). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ChainmatchCli());
    cli.setExecutionExceptionHandler(ChainmatchCli::handle);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("error: " + ex.getMessage());
          err.println("try: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
          err.flush();
          return ExitCode.USAGE;
        });
    return cli.execute(args);
  }

  private static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (ex instanceof InputRejectedException rejected) {
      err.println("input rejected: " + rejected.totalProblems() + " problem(s); nothing was written");
      int shown = 0;
      for (InputProblem p : rejected.problems()) {
        if (shown++ == 50) {
          err.println("  … (" + (rejected.totalProblems() - 50) + " more)");
          break;
        }
        err.println("  " + p);
      }
      err.println("hint: --lenient skips bad rows and lists them in rejects.csv");
      err.flush();
      return ExitCode.INPUT_REJECTED;
    }
    if (ex instanceof java.nio.file.NoSuchFileException
        || ex instanceof java.nio.file.AccessDeniedException) {
      err.println("input rejected: cannot read " + ((java.nio.file.FileSystemException) ex).getFile()
          + " (" + ex.getClass().getSimpleName() + "); nothing was written");
      err.flush();
      return ExitCode.INPUT_REJECTED;
    }
    if (ex instanceof UsageException) {
      err.println("error: " + ex.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    err.println("internal error: " + ex);
    ex.printStackTrace(err);
    err.flush();
    return ExitCode.INTERNAL;
  }

  /** A wrong command line found after parsing (e.g. an unknown --city code). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ChainmatchCli.class.getPackage().getImplementationVersion();
      return new String[] {"chainmatch " + (v == null ? "0.1.0" : v)};
    }
  }
}
