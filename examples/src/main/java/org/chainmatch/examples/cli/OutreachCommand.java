package org.chainmatch.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.chainmatch.outreach.Outcome;
import org.chainmatch.outreach.OutreachStore;
import org.chainmatch.outreach.RequestState;
import org.chainmatch.outreach.TrackedItem;
import org.chainmatch.outreach.TrackedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "outreach",
    mixinStandardHelpOptions = true,
    description = "Tracks outreach requests until each has an answer and each item an outcome.",
    footer = {"", "Examples:",
      "  java -jar chainmatch.jar outreach list --store result/outreach-store.json \\",
      "      --overdue 3",
      "  java -jar chainmatch.jar outreach update --store result/outreach-store.json \\",
      "      --id OR-320500-320200-20200217-1 --state SENT --officer 王芳"},
    subcommands = {OutreachCommand.ListRequests.class, OutreachCommand.Update.class})
final class OutreachCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "use 'outreach list' or 'outreach update'");
  }

  static OutreachStore open(Path store, int waitSeconds) throws Exception {
    if (!Files.isRegularFile(store)) {
      // A missing input file is input rejected (exit 1), as for every command.
      throw new java.nio.file.NoSuchFileException(store.toString());
    }
    OutreachStore s;
    try {
      s = OutreachStore.open(store, java.time.Clock.systemUTC(), StoreWait.of(waitSeconds));
    } catch (IllegalStateException busy) {
      throw new ChainmatchCli.Failure(busy.getMessage()
          + "; another chainmatch process is using it: retry when it has finished");
    }
    for (String d : s.discarded()) {
      System.err.println("warning: discarded on reopen: " + d);
    }
    return s;
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists tracked requests, or only those overdue.",
      footer = {"", "Examples:",
        "  java -jar chainmatch.jar outreach list --store result/outreach-store.json",
        "  java -jar chainmatch.jar outreach list --store result/outreach-store.json \\",
        "      --overdue 3"})
  static final class ListRequests implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "F", description = "The tracking store.")
    Path store;

    @Option(names = "--store-wait", defaultValue = "30", paramLabel = "SECONDS",
        description = "How long to wait for another process to release the store (default: ${DEFAULT-VALUE}).")
    int storeWait;

    @Option(names = "--overdue", paramLabel = "DAYS",
        description = "Only requests sent at least DAYS days ago and not yet answered.")
    Integer overdueDays;

    @Override
    public Integer call() throws Exception {
      if (overdueDays != null && (overdueDays < 0 || overdueDays > 36_500)) {
        throw new ChainmatchCli.UsageException("--overdue must be 0..36500 days but was " + overdueDays);
      }
      try (OutreachStore s = open(store, storeWait)) {
        List<TrackedRequest> requests =
            overdueDays == null ? s.all() : s.overdue(Duration.ofDays(overdueDays));
        System.out.println("id\tstate\tpriority\tauthority\titems\twithout_outcome");
        for (TrackedRequest r : requests) {
          System.out.printf("%s\t%s\t%s\t%s\t%d\t%d%n", r.id(), r.state(), r.priority(), r.authority(),
              r.items().size(), r.itemsWithoutOutcome().size());
        }
        System.out.println(requests.size() + " request(s)");
      }
      return ExitCode.SUCCESS;
    }
  }

  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Moves a request to a new state (DRAFT → SENT → ACKNOWLEDGED → RESOLVED, or REJECTED / "
          + "EXPIRED), or records an item's outcome (with --supplier and --product).",
      footer = {"", "Examples:",
        "  java -jar chainmatch.jar outreach update --store s.json \\",
        "      --id OR-320500-320200-20200217-1 --state SENT --officer 王芳",
        "  java -jar chainmatch.jar outreach update --store s.json \\",
        "      --id OR-320500-320200-20200217-1 --supplier 91320205MA1XXXXX1X \\",
        "      --product 熔喷布 --outcome FULFILLED --officer 王芳 --note 已发货"})
  static final class Update implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "F") Path store;
    @Option(names = "--store-wait", defaultValue = "30", paramLabel = "SECONDS",
        description = "How long to wait for another process to release the store (default: ${DEFAULT-VALUE}).")
    int storeWait;
    @Option(names = "--id", required = true, paramLabel = "ID") String id;
    @Option(names = "--officer", required = true, paramLabel = "NAME", description = "Who records this.")
    String officer;
    @Option(names = "--note", defaultValue = "", paramLabel = "TEXT") String note;
    @Option(names = "--state", paramLabel = "STATE", description = "New state: ${COMPLETION-CANDIDATES}.")
    RequestState state;
    @Option(names = "--supplier", paramLabel = "USCC") String supplier;
    @Option(names = "--product", paramLabel = "TEXT") String product;
    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "Item outcome: ${COMPLETION-CANDIDATES}.")
    Outcome outcome;

    @Override
    public Integer call() throws Exception {
      if ((state == null) == (outcome == null)) {
        throw new ChainmatchCli.UsageException("give either --state or --outcome (with --supplier and --product)");
      }
      try (OutreachStore s = open(store, storeWait)) {
        TrackedRequest r;
        try {
          if (state != null) {
            r = s.transition(id, state, officer, note);
          } else {
            if (supplier == null || product == null) {
              throw new ChainmatchCli.UsageException("--outcome needs --supplier and --product");
            }
            r = s.recordOutcome(id, supplier, product, outcome, officer, note);
          }
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new ChainmatchCli.UsageException(e.getMessage());
        }
        System.out.println(r.id() + " is " + r.state() + "; items without outcome: "
            + r.itemsWithoutOutcome().stream().map(TrackedItem::supplier).toList());
      }
      return ExitCode.SUCCESS;
    }
  }
}
