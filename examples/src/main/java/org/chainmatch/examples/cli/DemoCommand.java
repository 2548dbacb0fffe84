package org.chainmatch.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates a synthetic city (苏州, 320500) and runs the whole job on it.",
      "The job: analysis, breakpoints turned into demands plus the generated demands, matching, outreach letters. The generated input lands in DIR/input, the results in DIR."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar chainmatch.jar demo",
      "  java -jar chainmatch.jar demo --size 100000 --seed 7 --out big-demo"
    })
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--size", defaultValue = "3000", paramLabel = "N",
      description = "Enterprises to generate (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Random seed; the same seed gives the same city (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", defaultValue = "chainmatch-demo", paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin CommonOptions common;
  @Mixin LetterOptions letterOptions;

  @Override
  public Integer call() throws Exception {
    if (size < 10 || size > 10_000_000) {
      throw new ChainmatchCli.UsageException("--size must be 10..10000000 but was " + size);
    }
    CityAndOut.checkedOut(out);
    Job job = new Job();
    job.city("320500");
    job.letterTemplate = letterOptions.template(job.city);
    LocalDate asOf = LocalDate.of(2020, 2, 17);
    CityFiles files;
    try (Progress p = Progress.start("generating", -1)) {
      files = CityGenerator.builder().homeCity("320500").enterprises(size).seed(seed).asOf(asOf)
          .build().writeTo(out.resolve("input"));
    }
    job.summary.config("size", size);
    job.summary.config("seed", seed);
    job.summary.phase("generate");
    System.out.println("generated " + size + " enterprises into " + out.resolve("input"));
    InputFiles in = new InputFiles();
    in.enterprises = files.enterprises();
    in.relations = files.relations();
    in.demands = files.demands();
    job.load(in);
    job.store(common.store, out, common.storeWait());
    job.open(out, false);
    RunCommand run = new RunCommand();
    run.common = common;
    if (common.today == null) {
      common.today = asOf; // the generated demands' dates are relative to it
    }
    return run.run(job, common.top(), common.threads());
  }
}
