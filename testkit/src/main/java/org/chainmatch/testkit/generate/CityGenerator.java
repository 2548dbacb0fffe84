package org.chainmatch.testkit.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.DemandCsv;
import org.chainmatch.core.io.EnterpriseCsv;
import org.chainmatch.core.io.EntityWriter;
import org.chainmatch.core.io.RelationCsv;

/**
 * Generates a synthetic city for tests, demos and benchmarks: enterprises in and around a home
 * city with realistic Chinese names, valid codes, products of a bundled catalogue of industrial
 * chains and operating statuses; supply relations that follow the catalogue's input-output links,
 * with a few hub suppliers and many small ones; and demands as posted on a supply-demand board.
 *
 * <pre>{@code
 * CityFiles files = CityGenerator.builder()
 *     .homeCity("320500")          // 苏州
 *     .enterprises(100_000)
 *     .seed(42)
 *     .build()
 *     .writeTo(Path.of("city"));
 * }</pre>
 *
 * <p><b>Determinism.</b> The same options, seed included, give the same enterprises, relations and
 * demands in the same order, so the same bytes, on every run and machine. Each part draws from
 * its own random streams: changing the demand count, say, leaves enterprises and relations as they
 * were.
 *
 * <p><b>Memory.</b> {@link #writeTo} streams rows to the files and keeps only primitive arrays per
 * enterprise (tens of bytes each), so a city of a million enterprises and five million relations
 * needs a few hundred megabytes at most. {@link #generate()} holds the whole city and is meant for
 * small ones.
 *
 * <p>Instances are immutable and thread-safe; every call generates anew.
 */
public final class CityGenerator {
  private final RegionTable regions;
  private final RegionCode homeCity;
  private final int enterprises;
  private final double relationsPerEnterprise;
  private final int demands;
  private final double outsideShare;
  private final StatusMix statusMix;
  private final double keyShare;
  private final long seed;
  private final LocalDate asOf;

  private CityGenerator(Builder b) {
    this.regions = b.regions;
    this.homeCity = b.regions.resolveCity(b.homeCity);
    this.enterprises = b.enterprises;
    this.relationsPerEnterprise = b.relationsPerEnterprise;
    this.demands = b.demands >= 0 ? b.demands : Math.max(1, b.enterprises / 100);
    this.outsideShare = b.outsideShare;
    this.statusMix = b.statusMix;
    this.keyShare = b.keyShare;
    this.seed = b.seed;
    this.asOf = b.asOf;
  }

  /** A builder with the defaults documented on its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of enterprises generated. */
  public int enterprises() {
    return enterprises;
  }

  /** The number of demands generated. */
  public int demands() {
    return demands;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The home city. */
  public RegionCode homeCity() {
    return homeCity;
  }

  /**
   * Writes {@value CityFiles#ENTERPRISES}, {@value CityFiles#RELATIONS} and {@value
   * CityFiles#DEMANDS} into {@code directory} (created if missing), replacing files of those names.
   * Each file is written to a temporary file first and all three are moved into place only when
   * everything is written, so a failure leaves the previous files, if any.
   *
   * @throws IOException if writing fails
   */
  public CityFiles writeTo(Path directory) throws IOException {
    checkNotNull(directory, "directory");
    Files.createDirectories(directory);
    Path enterprisesFile = directory.resolve(CityFiles.ENTERPRISES);
    Path relationsFile = directory.resolve(CityFiles.RELATIONS);
    Path demandsFile = directory.resolve(CityFiles.DEMANDS);
    try (EntityWriter<Enterprise> e = EnterpriseCsv.writer(enterprisesFile);
        EntityWriter<SupplyRelation> r = RelationCsv.writer(relationsFile);
        EntityWriter<Demand> d = DemandCsv.writer(demandsFile)) {
      long[] counts = new long[3];
      emit(new CitySink() {
        @Override
        public void enterprise(Enterprise enterprise) throws IOException {
          e.write(enterprise);
          counts[0]++;
        }

        @Override
        public void relation(SupplyRelation relation) throws IOException {
          r.write(relation);
          counts[1]++;
        }

        @Override
        public void demand(Demand demand) throws IOException {
          d.write(demand);
          counts[2]++;
        }
      });
      e.commit();
      r.commit();
      d.commit();
      return new CityFiles(enterprisesFile, relationsFile, demandsFile, counts[0], counts[1],
          counts[2]);
    }
  }

  /** Generates the city in memory; for small cities (it holds every row). */
  public SyntheticCity generate() {
    List<Enterprise> es = new ArrayList<>(enterprises);
    List<SupplyRelation> rs = new ArrayList<>();
    List<Demand> ds = new ArrayList<>(demands);
    try {
      emit(new CitySink() {
        @Override
        public void enterprise(Enterprise enterprise) {
          es.add(enterprise);
        }

        @Override
        public void relation(SupplyRelation relation) {
          rs.add(relation);
        }

        @Override
        public void demand(Demand demand) {
          ds.add(demand);
        }
      });
    } catch (IOException e) {
      throw new AssertionError("an in-memory sink does not throw", e);
    }
    return new SyntheticCity(es, rs, ds);
  }

  private void emit(CitySink sink) throws IOException {
    Catalogue catalogue = Catalogue.bundled();
    RegionPool pool =
        RegionPool.around(regions, homeCity, outsideShare, RandomStreams.REGIONS.of(seed));
    CityPlan plan = CityPlan.draw(enterprises, seed, pool, catalogue, statusMix, keyShare);
    EnterpriseCodes codes = new EnterpriseCodes(plan, pool, seed);

    Registrar registrar = new Registrar(plan, catalogue, pool, TradeNames.bundled(),
        ScopePhrases.bundled(), codes, seed);
    for (int i = 0; i < enterprises; i++) {
      sink.enterprise(registrar.next());
    }

    ProductMakers makers = ProductMakers.of(plan, catalogue, pool);
    long target = Math.round(enterprises * relationsPerEnterprise);
    RelationDrawer.calibrated(plan, catalogue, makers, pool, seed, target)
        .drawAll(new RelationDrawer.Sink() {
          // Relations come grouped by customer, so its code is computed once per group.
          private int customer = -1;
          private Uscc customerCode;

          @Override
          public void accept(int supplier, int customerIndex, int product, int share)
              throws IOException {
            if (customerIndex != customer) {
              customer = customerIndex;
              customerCode = codes.uscc(customerIndex);
            }
            sink.relation(new SupplyRelation(codes.uscc(supplier), customerCode,
                catalogue.product(product).name(),
                share == RelationDrawer.UNKNOWN_SHARE
                    ? Double.NaN : (double) share / RelationDrawer.WHOLE));
          }
        });

    DemandDrawer demandDrawer = new DemandDrawer(plan, catalogue, pool, seed, asOf, demands);
    for (int k = 0; k < demands; k++) {
      sink.demand(demandDrawer.draw(k, codes));
    }
  }

  @Override
  public String toString() {
    return String.format(
        "CityGenerator[home=%s, enterprises=%s, relationsPerEnterprise=%s, demands=%s,"
            + " outsideShare=%s, statusMix=%s, keyShare=%s, seed=%s, asOf=%s]",
        homeCity, enterprises, relationsPerEnterprise, demands, outsideShare, statusMix, keyShare,
        seed, asOf);
  }

  /** Configures a {@link CityGenerator}; not thread-safe. */
  public static final class Builder {
    private RegionTable regions = RegionTable.bundled();
    private String homeCity = "320500";
    private int enterprises = 1_000;
    private double relationsPerEnterprise = 5;
    private int demands = -1;
    private double outsideShare = 0.4;
    private StatusMix statusMix = StatusMix.DEFAULT;
    private double keyShare = 0.05;
    private long seed = 1;
    private LocalDate asOf = LocalDate.of(2020, 2, 17);

    private Builder() {}

    /**
     * The division-code table regions are drawn from; default {@link RegionTable#bundled()}. Files
     * written with another table load only against that table.
     *
     * @throws IllegalArgumentException (from {@link #build()}) if the home city is not in it
     */
    public Builder regions(RegionTable table) {
      this.regions = checkNotNull(table, "table");
      return this;
    }

    /**
     * The home city, a city-level code as {@link RegionTable#resolveCity} takes it; default
     * {@code 320500} (苏州).
     *
     * @throws IllegalArgumentException if the code is not a city of the region table set so far
     */
    public Builder homeCity(String code) {
      checkNotNull(code, "code");
      this.homeCity = regions.resolveCity(code).code();
      return this;
    }

    /** The home city; see {@link #homeCity(String)}. */
    public Builder homeCity(RegionCode city) {
      checkNotNull(city, "city");
      return homeCity(city.code());
    }

    /**
     * How many enterprises, at least 1; default 1,000.
     *
     * @throws IllegalArgumentException if {@code count} is below 1 or above 100,000,000
     */
    public Builder enterprises(int count) {
      checkArgument(count >= 1 && count <= EnterpriseCodes.MAX_ENTERPRISES,
          "enterprise count must be in 1..%s but was %s", EnterpriseCodes.MAX_ENTERPRISES, count);
      this.enterprises = count;
      return this;
    }

    /**
     * The average number of supply relations per enterprise; default 5. The count is reached
     * approximately; a catalogue with too few input links for the density gives fewer.
     *
     * @throws IllegalArgumentException if {@code average} is negative, above 100 or not finite
     */
    public Builder relationsPerEnterprise(double average) {
      checkArgument(average >= 0 && average <= 100,
          "relations per enterprise must be in 0..100 but was %s", average);
      this.relationsPerEnterprise = average;
      return this;
    }

    /**
     * How many demands; default one per hundred enterprises, at least one.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder demands(int count) {
      checkArgument(count >= 0, "demand count must be >= 0 but was %s", count);
      this.demands = count;
      return this;
    }

    /**
     * The share of enterprises registered outside the home city, 0..1; default 0.4. Of these,
     * 45% are in other cities of the home province (none when the home city is a municipality),
     * the rest in other provinces, mostly the manufacturing ones.
     *
     * @throws IllegalArgumentException if {@code share} is outside 0..1
     */
    public Builder outsideShare(double share) {
      checkArgument(share >= 0 && share <= 1, "outside share must be in 0..1 but was %s", share);
      this.outsideShare = share;
      return this;
    }

    /** The shares of operating states; default {@link StatusMix#DEFAULT}. */
    public Builder statusMix(StatusMix mix) {
      this.statusMix = checkNotNull(mix, "mix");
      return this;
    }

    /**
     * The share of the home city's enterprises that are key enterprises (重点企业), 0..1; default
     * 0.05. Large suppliers are the likeliest to be.
     *
     * @throws IllegalArgumentException if {@code share} is outside 0..1
     */
    public Builder keyShare(double share) {
      checkArgument(share >= 0 && share <= 1, "key share must be in 0..1 but was %s", share);
      this.keyShare = share;
      return this;
    }

    /** The seed of every random draw; default 1. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * The day the city's data describes; demands are needed within a month after it. Default
     * 2020-02-17, in the first weeks of resuming work after the 2020 epidemic shutdown.
     */
    public Builder asOf(LocalDate date) {
      this.asOf = checkNotNull(date, "date");
      return this;
    }

    /** Builds the generator. */
    public CityGenerator build() {
      return new CityGenerator(this);
    }
  }
}
