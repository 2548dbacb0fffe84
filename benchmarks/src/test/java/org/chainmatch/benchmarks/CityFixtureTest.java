package org.chainmatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;
import org.chainmatch.core.Enterprise;
import org.chainmatch.testkit.generate.CityFiles;
import org.chainmatch.testkit.generate.CityGenerator;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityFixtureTest {
  @TempDir Path cache;

  @Test
  void namesItsFolderAfterSizeSeedAndTheGeneratorsOutput() {
    assertThat(CityFixture.in(cache, 200, 7).folder())
        .isEqualTo(cache.resolve("200-7-" + CityFixture.generatorFingerprint(7)));
    assertThat(CityFixture.generatorFingerprint(7)).hasSize(10)
        .isEqualTo(CityFixture.generatorFingerprint(7))
        .isNotEqualTo(CityFixture.generatorFingerprint(8));
  }

  @Test
  void writesTheThreeContractFilesOfTheRequestedShape() throws Exception {
    Dataset city = CityFixture.in(cache, 200, 7).load();

    assertThat(city.enterprises()).hasSize(200);
    assertThat(city.relations()).isNotEmpty();
    assertThat(city.demands()).hasSize(1_000);
    assertThat(city.rejections()).isEmpty();
  }

  @Test
  void isTheGeneratorsCityOfThatSizeAndSeedInTheHomeCity(@TempDir Path direct) throws IOException {
    CityFixture fixture = CityFixture.in(cache, 200, 7).ensureWritten();
    CityFiles expected = CityGenerator.builder()
        .homeCity("320500")
        .enterprises(200)
        .relationsPerEnterprise(5)
        .demands(1_000)
        .seed(7)
        .build()
        .writeTo(direct);

    assertThat(fixture.enterprisesFile()).hasSameBinaryContentAs(expected.enterprises());
    assertThat(fixture.relationsFile()).hasSameBinaryContentAs(expected.relations());
    assertThat(fixture.demandsFile()).hasSameBinaryContentAs(expected.demands());
  }

  @Test
  void demandsAtLeastOneThousandAndAtMostOneHundredThousand() {
    assertThat(CityFixture.in(cache, 200, 7).demandCount()).isEqualTo(1_000);
    assertThat(CityFixture.in(cache, 100_000, 7).demandCount()).isEqualTo(100_000);
    assertThat(CityFixture.in(cache, 1_000_000, 7).demandCount()).isEqualTo(100_000);
  }

  @Test
  void reusesACityAlreadyWritten() throws IOException {
    CityFixture city = CityFixture.in(cache, 200, 7).ensureWritten();
    FileTime written = Files.getLastModifiedTime(city.enterprisesFile());
    Files.setLastModifiedTime(city.enterprisesFile(), FileTime.fromMillis(0));

    CityFixture.in(cache, 200, 7).ensureWritten();

    assertThat(Files.getLastModifiedTime(city.enterprisesFile()))
        .isEqualTo(FileTime.fromMillis(0))
        .isNotEqualTo(written);
  }

  @Test
  void publishesAFolderOthersCanRead() throws IOException {
    assumeTrue(cache.getFileSystem().supportedFileAttributeViews().contains("posix"));

    CityFixture city = CityFixture.in(cache, 200, 7).ensureWritten();

    assertThat(Files.getPosixFilePermissions(city.folder()))
        .contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
  }

  @Test
  void leavesNoScratchFolderBehind() throws IOException {
    CityFixture.in(cache, 200, 7).ensureWritten();

    try (var entries = Files.list(cache)) {
      assertThat(entries).containsExactly(CityFixture.in(cache, 200, 7).folder());
    }
  }

  @Test
  void theSameSizeAndSeedGiveTheSameCity(@TempDir Path otherCache) throws IOException {
    CityFixture one = CityFixture.in(cache, 200, 7).ensureWritten();
    CityFixture two = CityFixture.in(otherCache, 200, 7).ensureWritten();

    assertThat(Files.readString(two.enterprisesFile()))
        .isEqualTo(Files.readString(one.enterprisesFile()));
    assertThat(Files.readString(two.relationsFile()))
        .isEqualTo(Files.readString(one.relationsFile()));
  }

  @Test
  void anotherSeedGivesAnotherCity() throws IOException {
    CityFixture one = CityFixture.in(cache, 200, 7).ensureWritten();
    CityFixture two = CityFixture.in(cache, 200, 8).ensureWritten();

    assertThat(Files.readString(two.relationsFile()))
        .isNotEqualTo(Files.readString(one.relationsFile()));
  }

  @Test
  void loadsWithoutRelationsForSearches() throws Exception {
    Dataset city = CityFixture.in(cache, 200, 7).loadEnterprisesAndDemands();

    assertThat(city.relations()).isEmpty();
    Set<String> codes = new HashSet<>();
    city.enterprises().stream().map(Enterprise::uscc).forEach(u -> codes.add(u.value()));
    assertThat(city.demands()).allSatisfy(d -> assertThat(codes).contains(d.requester().value()));
  }

  @Test
  void readsTheCacheFolderFromTheSystemProperty() {
    String before = System.getProperty(CityFixture.CACHE_PROPERTY);
    try {
      System.setProperty(CityFixture.CACHE_PROPERTY, cache.toString());
      assertThat(CityFixture.defaultCache()).isEqualTo(cache);
    } finally {
      if (before == null) {
        System.clearProperty(CityFixture.CACHE_PROPERTY);
      } else {
        System.setProperty(CityFixture.CACHE_PROPERTY, before);
      }
    }
  }

  @Test
  void rejectsATinyCity() {
    assertThatThrownBy(() -> CityFixture.in(cache, 3, 7))
        .hasMessageContaining("at least 10 enterprises but was given 3");
  }
}
