package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** --help as a specification: whole sentences, examples one can paste, requirements shown. */
class CliHelpTest {
  private static final String PROGRAM = "java -jar chainmatch.jar ";

  @TempDir Path dir;

  /** The command line as {@code main} builds it (with {@link OptionRules}). */
  private static CommandLine cli() {
    CommandLine cli = new CommandLine(new ChainmatchCli());
    OptionRules.apply(cli);
    return cli;
  }

  /** Every command and subcommand with examples of its own, by qualified name. */
  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    collect(cli(), names);
    return names.stream();
  }

  private static void collect(CommandLine c, List<String> names) {
    for (CommandLine sub : c.getSubcommands().values()) {
      String name = sub.getCommandName();
      if (name.equals("help") || name.equals("generate-completion")) {
        continue;
      }
      names.add(sub.getCommandSpec().qualifiedName(" ").substring("chainmatch ".length()));
      collect(sub, names);
    }
  }

  private static CommandLine command(String qualified) {
    CommandLine c = cli();
    for (String part : qualified.split(" ")) {
      c = c.getSubcommands().get(part);
    }
    return c;
  }

  /** The footer's examples, each with its continuation lines joined. */
  private static List<String> examples(CommandLine c) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : c.getCommandSpec().usageMessage().footer()) {
      String t = line.strip();
      if (t.startsWith(PROGRAM)) {
        current = new StringBuilder();
      } else if (current == null) {
        continue;
      }
      boolean continued = t.endsWith("\\");
      current.append(continued ? t.substring(0, t.length() - 1) : t).append(' ');
      if (!continued) {
        out.add(current.toString().strip());
        current = null;
      }
    }
    assertThat(current).as("an example of %s ends with a continuation", c.getCommandName()).isNull();
    return out;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyExampleIsACommandLineTheCommandAccepts(String qualified) {
    List<String> examples = examples(command(qualified));
    assertThat(examples).as("examples of %s", qualified).isNotEmpty();
    for (String example : examples) {
      String[] args = example.substring(PROGRAM.length()).split("\\s+");
      assertThat(String.join(" ", Arrays.asList(args).subList(0, qualified.split(" ").length)))
          .as(example).isEqualTo(qualified);
      // Parsing checks every option's name, value type and the required ones.
      assertThatCode(() -> cli().parseArgs(args)).as(example).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void exampleLinesFitAnEightyColumnTerminalSoNoneIsWrappedWhenPasted(String qualified) {
    for (String line : command(qualified).getCommandSpec().usageMessage().footer()) {
      assertThat(columns(line)).as("%s: %s", qualified, line).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void theTopLevelFooterFitsAnEightyColumnTerminal() {
    for (String line : cli().getCommandSpec().usageMessage().footer()) {
      assertThat(columns(line)).as(line).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void theCommandListShowsEachCommandsFirstSentenceWhole() {
    Cli r = Cli.run("--help");
    String list = r.out.replaceAll("\\s+", " ");
    for (String qualified : commands().filter(c -> !c.contains(" ")).toList()) {
      String first = command(qualified).getCommandSpec().usageMessage().description()[0];
      assertThat(first).as(qualified).endsWith(".");
      assertThat(list).as(qualified).contains(first.replaceAll("\\s+", " "));
    }
  }

  @Test
  void descriptionsAreWholeParagraphsThatTheHelpWrapsItself() {
    for (String qualified : commands().toList()) {
      for (String paragraph : command(qualified).getCommandSpec().usageMessage().description()) {
        assertThat(paragraph).as(qualified).endsWith(".");
      }
    }
  }

  @Test
  void requiredOptionsAreShownWithoutBracketsAndCheckedBeforeAnythingIsRead() {
    Cli help = Cli.run("analyze", "--help");
    assertThat(help.out).contains(" --enterprises=E.csv", " --relations=R.csv", " --city=CODE",
        " --out=DIR").doesNotContain("[--enterprises", "[--relations=", "[--city", "[--out");

    Cli r = Cli.run("analyze", "--enterprises", dir.resolve("missing.csv"));

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--relations", "--city", "--out").doesNotContain("missing.csv");
  }

  @Test
  void indexRejectsRelationsAndDemandsItWouldNotRead() throws Exception {
    Path e = Files.writeString(dir.resolve("e.csv"), "uscc,name,region\n");

    Cli r = Cli.run("index", "--enterprises", e, "--relations", e, "--index", dir.resolve("idx"));

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--relations");
    assertThat(dir.resolve("idx")).doesNotExist();
    assertThat(Cli.run("index", "--help").out).doesNotContain("--relations", "--demands");
  }

  /** Terminal columns: CJK and full-width characters take two. */
  private static int columns(String s) {
    return s.codePoints().map(c -> c >= 0x1100 && Character.isIdeographic(c)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
  }
}
