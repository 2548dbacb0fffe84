package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseCodesTest {

  // Bodies of real organisation codes with their GB 11714 check characters, worked by hand:
  // M000100Y: 22*3 + 1*5 + 34*2 = 139, 139 mod 11 = 7, 11 - 7 = 4.
  // 70846113: 21 + 72 + 40 + 30 + 8 + 4 + 6 = 181, 181 mod 11 = 5, 11 - 5 = 6.
  // D2143569, the standard's example: 39 + 14 + 9 + 40 + 15 + 40 + 24 + 18 = 199,
  // 199 mod 11 = 1, 11 - 1 = 10, written X.
  // 00000000: sum 0, 11 - 0 = 11, written 0.
  @ParameterizedTest
  @CsvSource({"M000100Y, 4", "70846113, 6", "D2143569, X", "00000000, 0"})
  void organisationCheckFollowsGb11714(String body, char check) {
    assertThat(EnterpriseCodes.organizationCheck(body.toCharArray(), 0)).isEqualTo(check);
  }

  @Test
  void codesAreUniqueValidAndOfBothStyles() {
    int size = 50_000;
    RegionPool pool = RegionPool.around(RegionTable.bundled(),
        RegionTable.bundled().resolve("320500"), 0.4, RandomStreams.REGIONS.of(9));
    CityPlan plan = CityPlan.draw(size, 9, pool, Catalogue.bundled(), StatusMix.DEFAULT, 0.05);
    EnterpriseCodes codes = new EnterpriseCodes(plan, pool, 9);

    Set<String> organisationCodes = new HashSet<>();
    int newStyle = 0;
    for (int i = 0; i < size; i++) {
      Uscc code = codes.uscc(i);
      assertThat(code.regionCode()).isEqualTo(pool.unit(plan.region(i)).code());
      assertThat(code.organizationCodeCheckValid()).isTrue();
      assertThat(organisationCodes.add(code.organizationCode())).as(code.value()).isTrue();
      newStyle += code.organizationCode().startsWith("MA") ? 1 : 0;
    }
    assertThat(newStyle).isBetween(size * 4 / 10, size * 6 / 10);
  }
}
