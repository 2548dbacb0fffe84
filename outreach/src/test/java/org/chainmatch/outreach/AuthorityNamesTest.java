package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.outreach.Fixtures.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityNamesTest {
  @ParameterizedTest
  @CsvSource({
    "320200, 无锡市工业和信息化局",
    "441900, 东莞市工业和信息化局",
    "429004, 仙桃市工业和信息化局",
    "320000, 江苏省工业和信息化厅",
    "110000, 北京市经济和信息化局",
    "120000, 天津市工业和信息化局",
    "310000, 上海市经济和信息化委员会",
    "500000, 重庆市经济和信息化委员会"
  })
  void defaultNames(String code, String expected) {
    assertThat(AuthorityNames.defaults().nameOf(region(code))).isEqualTo(expected);
  }

  @Test
  void patternsAndOverridesAreConfigurable() {
    AuthorityNames names = AuthorityNames.builder()
        .cityPattern("{name}发展和改革委员会")
        .override("441900", "东莞市工业和信息化局（中小企业局）")
        .build();

    assertThat(names.nameOf(region("320200"))).isEqualTo("无锡市发展和改革委员会");
    assertThat(names.nameOf(region("441900"))).isEqualTo("东莞市工业和信息化局（中小企业局）");
    assertThat(names.nameOf(region("110000"))).isEqualTo("北京市经济和信息化局");
  }

  @Test
  void withoutOverridesAMunicipalityFollowsTheCityPattern() {
    assertThat(AuthorityNames.builder().clearOverrides().build().nameOf(region("110000")))
        .isEqualTo("北京市工业和信息化局");
  }

  @Test
  void aPatternWithoutThePlaceholderIsRejected() {
    assertThatThrownBy(() -> AuthorityNames.builder().cityPattern("工信局"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("工信局")
        .hasMessageContaining("{name}");
  }
}
