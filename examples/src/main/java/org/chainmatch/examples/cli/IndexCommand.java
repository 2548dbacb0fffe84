package org.chainmatch.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chainmatch.ChainMatch;
import org.chainmatch.index.IndexOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Builds a persisted capability index of the enterprises in --index DIR.",
      "Later 'match --index DIR' runs over the same enterprises reuse it (statuses may change between runs). Requires --enterprises and --index."
    },
    footer = {
      "",
      "Example:",
      "  java -jar chainmatch.jar index --enterprises enterprises.csv --index idx"
    })
final class IndexCommand implements Callable<Integer> {
  @Mixin InputFiles in;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (required).")
  Path index;

  @Option(names = "--city", defaultValue = "320500", paramLabel = "CODE",
      description = "Home city; does not affect the index itself (default: ${DEFAULT-VALUE}).")
  String city;

  @Override
  public Integer call() throws Exception {
    if (in.enterprises == null || index == null) {
      throw new ChainmatchCli.UsageException("index needs --enterprises and --index");
    }
    checkIndexFolder(index);
    Job job = new Job();
    job.city(city);
    in.relations = null;
    in.demands = null;
    job.load(in);
    long start = System.nanoTime();
    try (Progress p = Progress.start("indexing", job.data.enterprises().size());
        ChainMatch engine = ChainMatch.builder().homeCity(job.city).dataset(job.data)
            .indexOptions(IndexOptions.defaults()).indexDirectory(index).indexProgress(p::stepTo).build()) {
      System.out.printf("%s %d enterprises in %s (%.1f s)%n",
          engine.reusedIndex() ? "reused the index of" : "indexed",
          engine.enterpriseCount(), index.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
    }
    return ExitCode.SUCCESS;
  }

  /**
   * A folder given as --index must be new, empty or hold an index: a non-empty folder of other
   * files is a usage error (the engine would refuse to overwrite it anyway).
   */
  static void checkIndexFolder(java.nio.file.Path dir) throws java.io.IOException {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new ChainmatchCli.UsageException("--index " + dir + " exists and is not a folder");
    }
    try (var files = java.nio.file.Files.list(dir)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      if (!names.isEmpty() && names.stream().noneMatch(n -> n.startsWith("segments"))) {
        throw new ChainmatchCli.UsageException("--index " + dir + " is not empty and holds no index"
            + " (" + names.size() + " other file(s)); give a new or empty folder, or an index folder");
      }
    }
  }
}
