package org.chainmatch.testkit.generate;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingDouble;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.LoadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityGeneratorTest {
  private static final RegionCode SUZHOU = RegionTable.bundled().resolve("320500");
  private static final Catalogue CATALOGUE = Catalogue.bundled();

  static CityGenerator.Builder small(long seed) {
    return CityGenerator.builder().enterprises(1_000).seed(seed);
  }

  static String sha256(Path file) throws IOException {
    return MoreFiles.asByteSource(file).hash(Hashing.sha256()).toString();
  }

  static List<String> hashes(CityFiles files) throws IOException {
    return List.of(sha256(files.enterprises()), sha256(files.relations()), sha256(files.demands()));
  }

  @Nested
  class Determinism {
    @Test
    void sameSeedAndOptionsWriteTheSameBytes(@TempDir Path first, @TempDir Path second)
        throws IOException {
      CityFiles a = small(7).build().writeTo(first);
      CityFiles b = small(7).build().writeTo(second);

      assertThat(hashes(b)).isEqualTo(hashes(a));
    }

    @Test
    void anotherSeedWritesOtherBytesInEveryFile(@TempDir Path first, @TempDir Path second)
        throws IOException {
      List<String> a = hashes(small(7).build().writeTo(first));
      List<String> b = hashes(small(8).build().writeTo(second));

      for (int k = 0; k < a.size(); k++) {
        assertThat(b.get(k)).as("file %s", k).isNotEqualTo(a.get(k));
      }
    }

    @Test
    void theDemandCountLeavesEnterprisesAndRelationsAsTheyWere(
        @TempDir Path first, @TempDir Path second) throws IOException {
      CityFiles few = small(7).demands(5).build().writeTo(first);
      CityFiles many = small(7).demands(50).build().writeTo(second);

      assertThat(sha256(many.enterprises())).isEqualTo(sha256(few.enterprises()));
      assertThat(sha256(many.relations())).isEqualTo(sha256(few.relations()));
    }

    @Test
    void inMemoryCityIsWhatTheFilesHold(@TempDir Path dir) throws Exception {
      CityGenerator generator = small(3).build();
      CityFiles files = generator.writeTo(dir);
      SyntheticCity city = generator.generate();

      Dataset loaded = Dataset.load(
          files.enterprises(), files.relations(), files.demands(), LoadOptions.strict());
      assertThat(city.enterprises()).isEqualTo(loaded.enterprises());
      assertThat(city.relations()).isEqualTo(loaded.relations());
      assertThat(city.demands()).isEqualTo(loaded.demands());
    }
  }

  /** Properties of one city of 10,000 enterprises, written and loaded back strictly. */
  @Nested
  class TenThousandEnterprises {
    static final int SIZE = 10_000;
    static CityFiles files;
    static Dataset city;
    static Map<Uscc, Enterprise> byCode;

    @BeforeAll
    static void writeAndLoad(@TempDir Path dir) throws Exception {
      files = CityGenerator.builder().enterprises(SIZE).seed(2020).build().writeTo(dir);
      city = Dataset.load(
          files.enterprises(), files.relations(), files.demands(), LoadOptions.strict());
      byCode = city.enterprises().stream()
          .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
    }

    @Test
    void loadsStrictlyWithoutRejectionsOrWarnings() {
      assertThat(city.rejections()).isEmpty();
      assertThat(city.warnings()).isEmpty();
      assertThat(city.enterprises()).hasSize(SIZE);
      assertThat(city.relations()).hasSize((int) files.relationCount());
      assertThat(city.demands()).hasSize((int) files.demandCount()).hasSize(SIZE / 100);
    }

    @Test
    void hasAboutFiveRelationsPerEnterprise() {
      assertThat((double) city.relations().size()).isCloseTo(5.0 * SIZE, within(0.1 * 5 * SIZE));
    }

    @Test
    void namesAreUniqueAndStartWithThePlaceOfRegistration() {
      assertThat(city.enterprises()).extracting(Enterprise::name).doesNotHaveDuplicates();
      assertThat(city.enterprises()).allSatisfy(e -> {
        assertThat(e.name()).startsWith(RegionPool.namePrefix(e.region()))
            .endsWith("公司");
      });
    }

    @Test
    void codesCarryTheRegionAndAValidOrganisationCode() {
      assertThat(city.enterprises()).allSatisfy(e -> {
        assertThat(e.uscc().value()).startsWith("91" + e.region().code());
        assertThat(e.uscc().organizationCodeCheckValid()).isTrue();
        assertThat(e.uscc().irregular()).isFalse();
      });
    }

    @Test
    void aboutFortyPercentAreOutsideTheHomeCitySomeInOtherProvinces() {
      long outside = city.enterprises().stream()
          .filter(e -> !e.region().city().equals(SUZHOU)).count();
      long otherProvince = city.enterprises().stream()
          .filter(e -> !e.region().province().equals(SUZHOU.province())).count();

      assertThat((double) outside / SIZE).isCloseTo(0.40, within(0.02));
      // 55% of the outside share, 22% of all.
      assertThat((double) otherProvince / SIZE).isCloseTo(0.22, within(0.02));
    }

    @Test
    void statusesFollowTheDefaultMixAndSuspendedHaveNoCapacity() {
      Map<OperatingState, Long> states = city.enterprises().stream()
          .collect(groupingBy(e -> e.status().state(), counting()));

      assertThat(states.get(OperatingState.RESUMED) / (double) SIZE).isCloseTo(0.70, within(0.02));
      assertThat(states.get(OperatingState.PARTIAL) / (double) SIZE).isCloseTo(0.15, within(0.02));
      assertThat(states.get(OperatingState.SUSPENDED) / (double) SIZE).isCloseTo(0.10, within(0.02));
      assertThat(states.get(OperatingState.UNKNOWN) / (double) SIZE).isCloseTo(0.05, within(0.02));
      assertThat(city.enterprises())
          .filteredOn(e -> e.status().state() == OperatingState.SUSPENDED)
          .allSatisfy(e -> assertThat(e.status().capacity()).isZero());
    }

    @Test
    void fivePercentOfTheHomeCityAreKeyEnterprisesAndNoneOutside() {
      List<Enterprise> home = city.enterprises().stream()
          .filter(e -> e.region().city().equals(SUZHOU)).toList();

      assertThat(home.stream().filter(Enterprise::key).count() / (double) home.size())
          .isCloseTo(0.05, within(0.001));
      assertThat(city.enterprises()).filteredOn(e -> !e.region().city().equals(SUZHOU))
          .noneMatch(Enterprise::key);
    }

    @Test
    void productsAndIndustriesComeFromTheCatalogue() {
      assertThat(city.enterprises()).allSatisfy(e -> {
        assertThat(e.products()).hasSizeBetween(1, 4);
        Set<CatalogueProduct> made = catalogueProducts(e);
        assertThat(made).hasSameSizeAs(e.products());
        assertThat(e.industries()).containsExactlyInAnyOrderElementsOf(
            made.stream().map(CatalogueProduct::industry).distinct().toList());
        assertThat(e.scope()).contains(made.iterator().next().name());
      });
    }

    @Test
    void someEnterprisesWriteAProductByAnAlias() {
      assertThat(city.enterprises().stream().flatMap(e -> e.products().stream()))
          .anyMatch(p -> CATALOGUE.find(p).isEmpty());
    }

    @Test
    void everyRelationFollowsACatalogueInputLink() {
      assertThat(city.relations()).allSatisfy(r -> {
        CatalogueProduct input = CATALOGUE.find(r.product()).orElseThrow();
        assertThat(catalogueProducts(byCode.get(r.supplier()))).contains(input);
        assertThat(catalogueProducts(byCode.get(r.customer())))
            .anyMatch(made -> made.inputs().contains(input.id()));
      });
    }

    @Test
    void noRelationIsRepeatedOrFromAnEnterpriseToItself() {
      assertThat(city.relations())
          .extracting(r -> List.of(r.supplier(), r.customer(), r.product()))
          .doesNotHaveDuplicates();
      assertThat(city.relations()).noneMatch(r -> r.supplier().equals(r.customer()));
    }

    @Test
    void afewHubsSupplyFarMoreCustomersThanTheMeanSupplier() {
      Collection<Long> outDegrees = city.relations().stream()
          .collect(groupingBy(SupplyRelation::supplier, counting())).values();
      double mean = outDegrees.stream().mapToLong(Long::longValue).average().orElseThrow();
      long max = outDegrees.stream().mapToLong(Long::longValue).max().orElseThrow();
      long suppliersWithOneOrTwo = outDegrees.stream().filter(d -> d <= 2).count();

      assertThat(max).isGreaterThan(Math.round(20 * mean));
      assertThat(suppliersWithOneOrTwo).isGreaterThan(outDegrees.size() / 4);
    }

    @Test
    void sharesOfAProductAcrossACustomersSuppliersAddUpToAtMostOne() {
      Map<List<Object>, Double> sums = city.relations().stream()
          .filter(SupplyRelation::hasShare)
          .collect(groupingBy(r -> List.of(r.customer(), r.product()),
              summingDouble(SupplyRelation::share)));

      assertThat(sums.values()).allSatisfy(sum -> assertThat(sum).isBetween(0.0, 1.0 + 1e-9));
      assertThat(sums.values()).anySatisfy(sum -> assertThat(sum).isCloseTo(1.0, within(1e-9)));
      assertThat(city.relations()).anyMatch(r -> !r.hasShare());
    }

    @Test
    void mostRelationsAreLocalButSomeCrossProvinces() {
      long local = city.relations().stream()
          .filter(r -> inHome(r.supplier()) && inHome(r.customer())).count();
      long crossProvince = city.relations().stream()
          .filter(r -> !region(r.supplier()).province().equals(region(r.customer()).province()))
          .count();

      assertThat(local).isGreaterThan(city.relations().size() / 2);
      assertThat(crossProvince).isGreaterThan(city.relations().size() / 20);
    }

    @Test
    void demandsAskForAnInputOfSomethingTheRequesterMakes() {
      assertThat(city.demands()).allSatisfy(d -> {
        Set<CatalogueProduct> inputs = catalogueProducts(byCode.get(d.requester())).stream()
            .flatMap(p -> p.inputs().stream().mapToObj(CATALOGUE::product))
            .collect(Collectors.toSet());
        assertThat(inputs).anyMatch(input -> mentions(d.product(), input));
      });
    }

    @Test
    void demandsArePostedAsBareNamesAliasesAndSentences() {
      List<String> texts = city.demands().stream().map(Demand::product).toList();

      assertThat(texts).anyMatch(t -> CATALOGUE.find(t).isPresent());
      assertThat(texts).anyMatch(t -> t.contains("，"));
      assertThat(texts).anyMatch(t -> CATALOGUE.find(t).isEmpty() && !t.contains("，"));
    }

    @Test
    void demandsSometimesGiveQuantityUnitAndDateWithinAMonth() {
      LocalDate asOf = LocalDate.of(2020, 2, 17);

      assertThat(city.demands()).anyMatch(d -> d.quantity().isPresent())
          .anyMatch(d -> d.quantity().isEmpty())
          .allMatch(d -> d.quantity().isPresent() == !d.unit().isEmpty());
      assertThat(city.demands()).anyMatch(d -> d.neededBy().isPresent())
          .allMatch(d -> d.neededBy().map(
              day -> day.isAfter(asOf) && !day.isAfter(asOf.plusDays(31))).orElse(true));
    }

    @Test
    void demandIdsAreNumberedInOrder() {
      assertThat(city.demands().get(0).id()).isEqualTo("XQ000001");
      assertThat(city.demands().get(99).id()).isEqualTo("XQ000100");
    }

    private static boolean inHome(Uscc code) {
      return region(code).city().equals(SUZHOU);
    }

    private static RegionCode region(Uscc code) {
      return byCode.get(code).region();
    }
  }

  @Nested
  class Options {
    @Test
    void aMunicipalityHomeSpreadsOutsideEnterprisesOverOtherProvinces() {
      RegionCode shanghai = RegionTable.bundled().resolve("310000");
      SyntheticCity city =
          CityGenerator.builder().homeCity("310000").enterprises(500).seed(1).build().generate();

      assertThat(city.enterprises()).extracting(e -> e.region().city())
          .contains(shanghai).anyMatch(c -> !c.province().equals(shanghai));
    }

    @Test
    void outsideShareZeroKeepsEveryEnterpriseAtHome() {
      SyntheticCity city = small(1).outsideShare(0).build().generate();

      assertThat(city.enterprises()).allMatch(e -> e.region().city().equals(SUZHOU));
    }

    @Test
    void aStatusMixOfOnlySuspendedSuspendsEveryone() {
      SyntheticCity city = small(1).statusMix(new StatusMix(0, 0, 1, 0)).build().generate();

      assertThat(city.enterprises())
          .allMatch(e -> e.status().state() == OperatingState.SUSPENDED && !e.status().isWorking());
    }

    @Test
    void noRelationsWhenAskedForNone() {
      assertThat(small(1).relationsPerEnterprise(0).build().generate().relations()).isEmpty();
    }

    @Test
    void aSingleEnterpriseCityHasNoRelations() {
      SyntheticCity city = CityGenerator.builder().enterprises(1).build().generate();

      assertThat(city.enterprises()).hasSize(1);
      assertThat(city.relations()).isEmpty();
      assertThat(city.demands()).hasSize(1);
    }

    @Test
    void rejectsACountyAsHomeCityNamingIt() {
      assertThatThrownBy(() -> CityGenerator.builder().homeCity("320583"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("320583");
    }

    @Test
    void rejectsOutOfRangeOptionsNamingTheValue() {
      assertThatThrownBy(() -> CityGenerator.builder().enterprises(0))
          .hasMessageContaining("was 0");
      assertThatThrownBy(() -> CityGenerator.builder().outsideShare(1.5))
          .hasMessageContaining("1.5");
      assertThatThrownBy(() -> CityGenerator.builder().relationsPerEnterprise(-1))
          .hasMessageContaining("-1");
      assertThatThrownBy(() -> CityGenerator.builder().keyShare(Double.NaN))
          .hasMessageContaining("NaN");
    }
  }

  /** The catalogue products an enterprise makes, whether written by name or alias. */
  static Set<CatalogueProduct> catalogueProducts(Enterprise e) {
    Set<CatalogueProduct> made = new HashSet<>();
    for (String written : e.products()) {
      made.addAll(byWrittenName().getOrDefault(written, Set.of()));
    }
    return made;
  }

  private static Map<String, Set<CatalogueProduct>> byWritten;

  private static synchronized Map<String, Set<CatalogueProduct>> byWrittenName() {
    if (byWritten == null) {
      byWritten = new HashMap<>();
      for (CatalogueProduct p : CATALOGUE.products()) {
        byWritten.computeIfAbsent(p.name(), k -> new HashSet<>()).add(p);
        p.aliases().forEach(a -> byWritten.computeIfAbsent(a, k -> new HashSet<>()).add(p));
      }
    }
    return byWritten;
  }

  static boolean mentions(String text, CatalogueProduct product) {
    return text.contains(product.name()) || product.aliases().stream().anyMatch(text::contains);
  }
}
