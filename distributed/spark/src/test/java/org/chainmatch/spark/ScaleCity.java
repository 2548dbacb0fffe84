package org.chainmatch.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.RegionCode;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;

/**
 * A generated city for the long tests, taken from the benchmarks' city cache when it holds it.
 *
 * <p>The cache is the folder named by the environment variable {@code CHAINMATCH_CACHE} (as
 * {@code benchmarks/run.sh} reads it); a city there is {@code <size>-<seed>-<fingerprint>/}, the
 * fingerprint being a digest of what the current generator makes of a small city with the same
 * settings (the benchmarks' {@code CityFixture} rule), so a city cached by an older generator is
 * never used. The benchmarks' cities have as many demands as enterprises (at most 100,000); the
 * test takes the first {@code demands} of them. Without a cached city the same city is generated
 * (5 relations per enterprise, like the benchmarks').
 */
final class ScaleCity {
  private ScaleCity() {}

  static final int RELATIONS_PER_ENTERPRISE = 5;

  static CityFiles of(RegionCode home, int enterprises, long seed, int demands, Path scratch) throws Exception {
    String cache = System.getenv("CHAINMATCH_CACHE");
    Path folder = cache == null || cache.isBlank() ? null
        : Path.of(cache).resolve(enterprises + "-" + seed + "-" + fingerprint(home, seed));
    if (folder != null && Files.isRegularFile(folder.resolve(CityFiles.DEMANDS))) {
      Path firstDemands = scratch.resolve(CityFiles.DEMANDS);
      long written = copyFirst(folder.resolve(CityFiles.DEMANDS), firstDemands, demands);
      System.out.println("city from the cache " + folder + " (first " + written + " demands)");
      return new CityFiles(folder.resolve(CityFiles.ENTERPRISES), folder.resolve(CityFiles.RELATIONS),
          firstDemands, enterprises, -1, written);
    }
    System.out.println("generating the city (no cached one in CHAINMATCH_CACHE=" + cache + ")");
    return CityGenerator.builder().homeCity(home).enterprises(enterprises)
        .relationsPerEnterprise(RELATIONS_PER_ENTERPRISE).demands(demands).seed(seed)
        .build().writeTo(scratch);
  }

  /**
   * For {@code scale.sh}: prints the cache folder of the city of {@code args[1]} enterprises and
   * seed {@code args[2]} in the cache {@code args[0]}, writing it there first (with the benchmarks'
   * settings: as many demands as enterprises, at least 1,000 and at most 100,000) when absent.
   */
  public static void main(String[] args) throws Exception {
    RegionCode home = org.chainmatch.core.RegionTable.bundled().resolveCity("320500");
    Path cache = Path.of(args[0]);
    int enterprises = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    Path folder = cache.resolve(enterprises + "-" + seed + "-" + fingerprint(home, seed));
    if (!Files.isRegularFile(folder.resolve(CityFiles.DEMANDS))) {
      Files.createDirectories(cache);
      Path scratch = Files.createTempDirectory(cache, folder.getFileName() + ".tmp-");
      CityGenerator.builder().homeCity(home).enterprises(enterprises)
          .relationsPerEnterprise(RELATIONS_PER_ENTERPRISE)
          .demands(Math.max(1_000, Math.min(100_000, enterprises))).seed(seed)
          .build().writeTo(scratch);
      Files.move(scratch, folder, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    System.out.println(folder);
  }

  /** The benchmarks' CityFixture fingerprint of the generator for {@code seed}. */
  static String fingerprint(RegionCode home, long seed) {
    var small = CityGenerator.builder().homeCity(home).enterprises(200)
        .relationsPerEnterprise(RELATIONS_PER_ENTERPRISE).demands(50).seed(seed)
        .build().generate();
    return com.google.common.hash.Hashing.sha256()
        .hashString(small.toString(), StandardCharsets.UTF_8).toString().substring(0, 10);
  }

  private static long copyFirst(Path from, Path to, int rows) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in);
        BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.builder()
            .setHeader(parser.getHeaderNames().toArray(String[]::new)).build().print(out)) {
      for (CSVRecord r : parser) {
        if (n == rows) {
          break;
        }
        printer.printRecord(r.toList());
        n++;
      }
    }
    return n;
  }
}
