package org.chainmatch.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --city and --out, which every data command needs. */
final class CityAndOut {
  @Option(names = "--city", paramLabel = "CODE",
      description = "Home city (required): 6-digit code of a prefecture-level unit (e.g. 320500) "
          + "a municipality (110000 and 110100 both mean 北京市) or a province-administered "
          + "county-level unit (429004 仙桃市).")
  String city;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (required).")
  Path out;

  String city() {
    require(city, "--city");
    return city;
  }

  Path out() {
    require(out, "--out");
    return checkedOut(out);
  }

  /** An empty --out would mean the working directory; refused as a usage error. */
  static Path checkedOut(Path out) {
    if (out.toString().isBlank()) {
      throw new ChainmatchCli.UsageException("--out must name a folder but was empty");
    }
    return out;
  }

  void require(Object value, String option) {
    if (value == null) {
      throw new ChainmatchCli.UsageException("missing required option " + option);
    }
  }
}
