package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionPoolTest {
  static final RegionTable TABLE = RegionTable.bundled();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "320583, 昆山市 (county-level city), 昆山",
      "320506, 吴中区 (district of 苏州), 苏州",
      "320576, 苏州工业园区, 苏州",
      "320322, 沛县 (two-character county), 沛县",
      "321323, 泗阳县, 泗阳",
      "110101, 东城区 (district of a municipality), 北京",
      "429021, 神农架林区, 神农架",
      "420528, 长阳土家族自治县, 长阳",
      "441900, 东莞市 (city without counties), 东莞"})
  void enterprisesAreNamedAfterTheCountyLevelCityOrTheirDistrictsCity(
      String code, String description, String prefix) {
    assertThat(RegionPool.namePrefix(TABLE.resolve(code))).isEqualTo(prefix);
  }

  @Test
  void drawsOnlyHomeUnitsWhenNothingIsOutside() {
    RegionCode suzhou = TABLE.resolve("320500");
    RegionPool pool = RegionPool.around(TABLE, suzhou, 0, new SplittableRandom(1));
    SplittableRandom random = new SplittableRandom(2);

    for (int k = 0; k < 1_000; k++) {
      int unit = pool.draw(random);
      assertThat(pool.isHome(unit)).isTrue();
      assertThat(pool.unit(unit).city()).isEqualTo(suzhou);
    }
  }

  @Test
  void drawsOnlyOutsideUnitsWhenEverythingIsOutside() {
    RegionPool pool =
        RegionPool.around(TABLE, TABLE.resolve("320500"), 1, new SplittableRandom(1));
    SplittableRandom random = new SplittableRandom(2);

    for (int k = 0; k < 1_000; k++) {
      assertThat(pool.isHome(pool.draw(random))).isFalse();
    }
  }

  @Test
  void aCityWithoutCountiesIsItsOwnOnlyHomeUnit() {
    RegionCode dongguan = TABLE.resolve("441900");
    RegionPool pool = RegionPool.around(TABLE, dongguan, 0, new SplittableRandom(1));

    assertThat(pool.unit(pool.draw(new SplittableRandom(3)))).isEqualTo(dongguan);
  }

  @Test
  void rejectsAnOutsideShareAboveOne() {
    assertThatThrownBy(
            () -> RegionPool.around(TABLE, TABLE.resolve("320500"), 1.2, new SplittableRandom(1)))
        .hasMessageContaining("1.2");
  }
}
