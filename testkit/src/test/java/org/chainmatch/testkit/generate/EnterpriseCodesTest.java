package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

class EnterpriseCodesTest {

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
