package org.chainmatch.core.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic city from the command line, for scripts and benchmarks:
 *
 * <pre>
 * java -cp chainmatch-core.jar:... org.chainmatch.core.generate.GenerateCity \
 *     ENTERPRISES SEED OUT_DIR [RELATIONS_PER_ENTERPRISE [HOME_CITY_CODE]]
 * </pre>
 *
 * <p>Prints the row counts and the time taken; exits with status 2 on bad arguments.
 */
public final class GenerateCity {
  private GenerateCity() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 5) {
      System.err.println("usage: GenerateCity ENTERPRISES SEED OUT_DIR"
          + " [RELATIONS_PER_ENTERPRISE [HOME_CITY_CODE]]");
      System.exit(2);
    }
    CityGenerator generator;
    try {
      CityGenerator.Builder builder = CityGenerator.builder()
          .enterprises(Integer.parseInt(args[0].replace("_", "")))
          .seed(Long.parseLong(args[1]));
      if (args.length > 3) {
        builder.relationsPerEnterprise(Double.parseDouble(args[3]));
      }
      if (args.length > 4) {
        builder.homeCity(args[4]);
      }
      generator = builder.build();
    } catch (IllegalArgumentException e) {
      System.err.println("GenerateCity: " + e.getMessage());
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    CityFiles files = generator.writeTo(Path.of(args[2]));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%,d enterprises, %,d relations, %,d demands in %s (%.1f s)%n",
        files.enterpriseCount(), files.relationCount(), files.demandCount(),
        files.enterprises().getParent(), seconds);
  }
}
