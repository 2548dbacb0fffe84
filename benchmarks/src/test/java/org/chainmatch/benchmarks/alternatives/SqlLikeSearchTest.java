package org.chainmatch.benchmarks.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.benchmarks.alternatives.Enterprises.code;
import static org.chainmatch.benchmarks.alternatives.Enterprises.demand;
import static org.chainmatch.benchmarks.alternatives.Enterprises.enterprise;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlLikeSearchTest {
  private SqlLikeSearch h2;

  @BeforeEach
  void build() throws IOException {
    h2 = SqlLikeSearch.over(List.of(
        enterprise(1, List.of(), "销售聚丙烯"),
        enterprise(2, List.of("聚乙烯", "聚丙烯颗粒"), ""),
        enterprise(3, List.of("纯度100%酒精"), ""),
        enterprise(4, List.of("纯度1000酒精"), ""),
        enterprise(5, List.of("Nitrile_Gloves"), ""),
        enterprise(6, List.of("NitrileXGloves"), ""),
        enterprise(7, List.of("聚丙烯"), "")));
  }

  @AfterEach
  void close() throws IOException {
    h2.close();
  }

  @Test
  void productMatchesComeBeforeScopeMatchesEachInInputOrder() throws IOException {
    assertThat(h2.top(demand("聚丙烯"), 10)).containsExactly(code(2), code(7), code(1));
  }

  @Test
  void returnsAtMostK() throws IOException {
    assertThat(h2.top(demand("聚丙烯"), 1)).containsExactly(code(2));
  }

  @Test
  void takesPercentLiterally() throws IOException {
    assertThat(h2.top(demand("100%酒精"), 10)).containsExactly(code(3));
  }

  @Test
  void takesUnderscoreLiterallyAndIgnoresCase() throws IOException {
    assertThat(h2.top(demand("nitrile_gloves"), 10)).containsExactly(code(5));
  }

  @Test
  void escapesEveryLikeMetacharacter() {
    assertThat(SqlLikeSearch.escapeLike("a\\b%c_d")).isEqualTo("a\\\\b\\%c\\_d");
  }
}
