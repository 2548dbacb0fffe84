package org.chainmatch.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;

/**
 * A generated city shared by every benchmark ({@link CityGenerator}): contract CSVs ({@code enterprises.csv}, {@code
 * relations.csv}, {@code demands.csv}) written once into a cache folder and reused by later runs
 * and JMH forks.
 *
 * <p>The city of a given size and seed is always the same, so figures from different runs and
 * different benchmarks are about the same data. It is generated in the home city {@value
 * #HOME_CITY} with about {@value #RELATIONS_PER_ENTERPRISE} relations per enterprise and {@link
 * #demandCount()} demands.
 *
 * <p>The cache folder is {@code <cache>/<size>-<seed>/}, where {@code <cache>} is the system
 * property {@value #CACHE_PROPERTY} if set, else {@code .cache/cities} under the repository root
 * (the nearest folder above the working directory that holds {@code .git}), else under the working
 * directory. A city is written into a temporary sibling folder and renamed into place, so a
 * reader never sees a half-written city and concurrent writers are harmless: one wins, the
 * others' work is discarded. The cache is keyed by size and seed only: after the generator
 * changes, delete the cache folder so that the cities are written anew.
 *
 * <p>Immutable and thread-safe; {@link #load()} returns a fresh {@link Dataset} on every call.
 */
public final class CityFixture {
  /** System property naming the cache folder that holds the cities. */
  public static final String CACHE_PROPERTY = "chainmatch.cache";

  /** The seed used unless another is given. */
  public static final long DEFAULT_SEED = 20_200_210L;

  /**
   * Average number of supply relations per enterprise asked of the generator, which reaches it
   * approximately (fewer in small cities, where there are fewer makers of each input).
   */
  public static final int RELATIONS_PER_ENTERPRISE = 5;

  /** The home city: Suzhou, a manufacturing city with ten county-level districts. */
  public static final String HOME_CITY = "320500";

  /** The sizes the benchmarks use, in enterprises. */
  public static final List<Integer> SIZES = List.of(10_000, 100_000, 1_000_000);

  private static final int MAX_DEMANDS = 100_000;

  private final int enterprises;
  private final long seed;
  private final Path folder;

  private CityFixture(int enterprises, long seed, Path folder) {
    this.enterprises = enterprises;
    this.seed = seed;
    this.folder = folder;
  }

  /** The city of {@code enterprises} enterprises with the default seed in the default cache. */
  public static CityFixture of(int enterprises) {
    return of(enterprises, DEFAULT_SEED);
  }

  /** The city of {@code enterprises} enterprises and {@code seed} in the default cache. */
  public static CityFixture of(int enterprises, long seed) {
    return in(defaultCache(), enterprises, seed);
  }

  /**
   * The city of {@code enterprises} enterprises and {@code seed} in the given cache folder.
   *
   * @throws IllegalArgumentException if {@code enterprises} is less than 10
   */
  public static CityFixture in(Path cache, int enterprises, long seed) {
    checkArgument(enterprises >= 10, "a city needs at least 10 enterprises but was given %s",
        enterprises);
    return new CityFixture(
        enterprises, seed, cache.resolve(enterprises + "-" + seed + "-" + generatorFingerprint(seed)));
  }

  /**
   * A digest of what the generator makes of a small city with the fixture's settings. It is part
   * of the cache folder's name, so a city cached by an older generator (another status mix,
   * catalogue or naming) is never measured as if it were current: a size and seed alone cannot
   * tell.
   */
  static String generatorFingerprint(long seed) {
    var small = CityGenerator.builder()
        .homeCity(HOME_CITY)
        .enterprises(200)
        .relationsPerEnterprise(RELATIONS_PER_ENTERPRISE)
        .demands(50)
        .seed(seed)
        .build()
        .generate();
    return com.google.common.hash.Hashing.sha256()
        .hashString(small.toString(), java.nio.charset.StandardCharsets.UTF_8)
        .toString()
        .substring(0, 10);
  }

  /** The cache folder: the system property {@value #CACHE_PROPERTY} or the repository's. */
  public static Path defaultCache() {
    String configured = System.getProperty(CACHE_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p.resolve(".cache").resolve("cities");
      }
    }
    return start.resolve(".cache").resolve("cities");
  }

  /** Number of enterprises. */
  public int enterprises() {
    return enterprises;
  }

  /** The generator's seed. */
  public long seed() {
    return seed;
  }

  /**
   * Number of demands: as many as enterprises, at least 1,000 and at most 100,000 (enough for the
   * 100,000-demand batch at the larger sizes).
   */
  public int demandCount() {
    return Math.max(1_000, Math.min(MAX_DEMANDS, enterprises));
  }

  /** The folder that holds (or will hold) this city's files. */
  public Path folder() {
    return folder;
  }

  public Path enterprisesFile() {
    return folder.resolve(CityFiles.ENTERPRISES);
  }

  public Path relationsFile() {
    return folder.resolve(CityFiles.RELATIONS);
  }

  public Path demandsFile() {
    return folder.resolve(CityFiles.DEMANDS);
  }

  /** Whether the city has been written. */
  public boolean isWritten() {
    return Files.isDirectory(folder);
  }

  /**
   * Writes the city unless it is already in the cache; returns this fixture.
   *
   * @throws IOException if the cache cannot be written
   */
  public CityFixture ensureWritten() throws IOException {
    if (isWritten()) {
      return this;
    }
    Files.createDirectories(folder.getParent());
    Path scratch = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".tmp-");
    try {
      // A temporary directory is private to its owner; the published city is as readable as
      // the files in it.
      if (scratch.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      CityGenerator.builder()
          .homeCity(HOME_CITY)
          .enterprises(enterprises)
          .relationsPerEnterprise(RELATIONS_PER_ENTERPRISE)
          .demands(demandCount())
          .seed(seed)
          .build()
          .writeTo(scratch);
      Files.move(scratch, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      // Another process wrote the same city first; its copy is as good as ours.
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cache folder " + folder.getParent()
          + " does not support atomic renames; set -D" + CACHE_PROPERTY + " elsewhere", e);
    } finally {
      deleteRecursively(scratch);
    }
    return this;
  }

  /**
   * Loads the city (writing it first if needed): enterprises, relations and demands, strictly.
   *
   * @throws IOException if the files cannot be written or read
   * @throws InputRejectedException if a cached file is corrupt; delete the folder to regenerate
   */
  public Dataset load() throws IOException, InputRejectedException {
    ensureWritten();
    return Dataset.load(enterprisesFile(), relationsFile(), demandsFile(), LoadOptions.strict());
  }

  /**
   * Loads the city without its relations, which searches do not need and which are most of the
   * loading time and memory (writing the city first if needed).
   */
  public Dataset loadEnterprisesAndDemands() throws IOException, InputRejectedException {
    ensureWritten();
    return Dataset.load(enterprisesFile(), null, demandsFile(), LoadOptions.strict());
  }

  @Override
  public String toString() {
    return "city of " + enterprises + " enterprises, seed " + seed + " at " + folder;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes the cities of the given sizes (default: {@link #SIZES}) into the cache unless present;
   * prints each folder. Used by {@code benchmarks/run.sh} before JMH starts so that no fork pays
   * for generation inside a measurement.
   */
  public static void main(String[] args) throws IOException {
    List<Integer> sizes = args.length == 0 ? SIZES : Stream.of(args).map(Integer::valueOf).toList();
    for (int size : sizes) {
      CityFixture city = of(size);
      long start = System.nanoTime();
      boolean cached = city.isWritten();
      city.ensureWritten();
      System.out.printf("%s (%s)%n", city,
          cached
              ? "cached"
              : String.format("written in %.1f s", (System.nanoTime() - start) / 1e9));
    }
  }
}
