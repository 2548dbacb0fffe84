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
      CustomersCommand.class,
      AnalyzeCommand.class,
      RunCommand.class,
      IndexCommand.class,
      OutreachCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 input rejected, 2 usage error, 3 internal error.",
      "Input files follow the CSV contract (formats v1.1) described in the README.",
      "Shell completion (bash, zsh):",
      "  source <(java -jar chainmatch.jar generate-completion)"
    })
public final class ChainmatchCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    // POI logs through Log4j's API; without a provider it complains on stderr at start-up.
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.exit(execute(args));
  }

  /**
   * Runs the command line and returns the exit code (for tests; {@link #main} exits with it).
   * Never throws: an error of the JVM itself (out of memory, stack overflow) is exit 3 too, with
   * one line saying what to do.
   */
  public static int execute(String... args) {
    try {
      return executeCommand(args);
    } catch (Throwable t) { // picocli hands only Exceptions to the handler; Errors arrive here
      PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
          java.nio.charset.StandardCharsets.UTF_8), true);
      return internal(t, err);
    }
  }

  private static int executeCommand(String... args) {
    CommandLine cli = new CommandLine(new ChainmatchCli());
    OptionRules.apply(cli);
    cli.setExecutionExceptionHandler(ChainmatchCli::handle);
    // Help lines as wide as the terminal, so descriptions wrap rather than being cut short.
    cli.setUsageHelpAutoWidth(true);
    // Shell completion: source <(java -jar chainmatch.jar generate-completion) in bash or zsh.
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
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
      if (rejected.problems().stream().anyMatch(InputProblem::isUndecodable)) {
        // Skipping rows does not cure a file in the wrong encoding.
        err.println("hint: the file is not text in the encoding it was read in; save it as UTF-8 "
            + "(Excel: \"CSV UTF-8\") or GB18030, or name its encoding with --encoding (e.g. --encoding GB18030)");
      } else {
        err.println("hint: --lenient skips bad rows and lists them in rejects.csv");
      }
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
    if (ex instanceof RejectedFile rejected) {
      err.println("input rejected: " + rejected.getMessage() + "; nothing was written");
      err.flush();
      return ExitCode.INPUT_REJECTED;
    }
    if (ex instanceof UsageException) {
      err.println("error: " + ex.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    if (ex instanceof org.chainmatch.outreach.CorruptStoreException corrupt) {
      err.println("input rejected: " + corrupt.getMessage() + "; the store was left untouched"
          + " and nothing was written");
      err.flush();
      return ExitCode.INPUT_REJECTED;
    }
    return internal(ex, err);
  }

  /** Environment variable that, set to 1, prints the stack trace of an internal error. */
  static final String TRACE_VARIABLE = "CHAINMATCH_TRACE";

  /**
   * Exit 3 with one line that says what happened and what to do; the stack trace only when
   * {@value #TRACE_VARIABLE}=1 is set.
   */
  static int internal(Throwable ex, PrintWriter err) {
    OutOfMemoryError oom = causeOfType(ex, OutOfMemoryError.class);
    if (oom != null) {
      Runtime rt = Runtime.getRuntime();
      long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
      long maxMb = rt.maxMemory() >> 20;
      err.println("internal error: out of memory (" + oom.getMessage() + "): " + usedMb
          + " MB of the heap in use, at most " + maxMb + " MB allowed; give Java a larger heap,"
          + " e.g. java -Xmx" + Math.max(1, 2 * maxMb / 1024 + 1) + "g -jar chainmatch.jar …");
    } else if (ex instanceof Failure) {
      err.println("error: " + ex.getMessage());
    } else {
      Throwable root = ex;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      err.println("internal error: " + oneLine(root) + " (set " + TRACE_VARIABLE + "=1 for the"
          + " stack trace; if it is not a full disk or a permission problem, please report it)");
    }
    if ("1".equals(System.getenv(TRACE_VARIABLE))) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
    for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String oneLine(Throwable t) {
    String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /**
   * A failure of the environment that the user can act on (a store held by another process, an
   * output folder in use): exit 3 with the message alone.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /**
   * A side file (synonyms, taxonomy, vocabulary) that cannot be read as what it claims to be:
   * input rejected, with the file and what is wrong with it.
   */
  static final class RejectedFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RejectedFile(java.nio.file.Path file, String problem, Throwable cause) {
      super(file + ": " + problem, cause);
    }

    /** Reads a side file, turning a decoding or format problem into a located rejection. */
    static <T> T read(java.nio.file.Path file, SideFileReader<T> reader) throws java.io.IOException {
      try {
        return reader.read(file);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new RejectedFile(file, "not UTF-8 text (" + e + "); save it as UTF-8", e);
      } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
        throw new RejectedFile(file, String.valueOf(e.getMessage()), e);
      }
    }
  }

  /** Reads one side file. */
  @FunctionalInterface
  interface SideFileReader<T> {
    T read(java.nio.file.Path file) throws java.io.IOException;
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
