package org.chainmatch.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which shared options each command requires and which it does not read. The options come from
 * mixins shared by several commands ({@link InputFiles}, {@link CityAndOut}), so an annotation
 * cannot say it: the rules are applied to the parsed model instead. A required option is then
 * shown without brackets in the synopsis and its absence is a usage error before anything is
 * read; an option a command does not read is removed from it, so giving it is a usage error
 * ("Unknown option") rather than silently ignored, and {@code --help} does not list it.
 */
final class OptionRules {
  /** Options each command cannot run without. */
  static final Map<String, Set<String>> REQUIRED = Map.of(
      "match", Set.of("--enterprises", "--demands", "--city", "--out"),
      "customers", Set.of("--enterprises", "--relations", "--offers", "--city", "--out"),
      "analyze", Set.of("--enterprises", "--relations", "--city", "--out"),
      "run", Set.of("--enterprises", "--relations", "--city", "--out"),
      "index", Set.of("--enterprises", "--index"));

  /** Shared options a command does not read. */
  static final Map<String, Set<String>> UNREAD = Map.of(
      "index", Set.of("--relations", "--demands"));

  private OptionRules() {}

  /** Applies the rules to the commands of {@code cli}. */
  static void apply(CommandLine cli) {
    REQUIRED.forEach((name, options) -> {
      CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
      rebuild(spec, options, UNREAD.getOrDefault(name, Set.of()));
    });
  }

  /** Re-adds the options in their order: the required ones marked, the unread ones left out. */
  private static void rebuild(CommandSpec spec, Set<String> required, Set<String> unread) {
    for (String option : required) {
      if (spec.findOption(option) == null) {
        throw new IllegalStateException(spec.qualifiedName() + " has no option " + option);
      }
    }
    List<OptionSpec> options = new ArrayList<>(spec.options());
    for (OptionSpec o : options) {
      spec.remove(o);
    }
    for (OptionSpec o : options) {
      if (unread.contains(o.longestName())) {
        continue;
      }
      spec.addOption(required.contains(o.longestName())
          ? OptionSpec.builder(o).required(true).build() : o);
    }
  }
}
