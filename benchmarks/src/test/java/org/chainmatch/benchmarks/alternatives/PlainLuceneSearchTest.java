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

class PlainLuceneSearchTest {
  private PlainLuceneSearch lucene;

  @BeforeEach
  void build() throws IOException {
    lucene = PlainLuceneSearch.over(List.of(
        enterprise(1, List.of("轮胎"), "生产轮胎"),
        enterprise(2, List.of("聚丙烯"), ""),
        enterprise(3, List.of("丙烯酸"), ""),
        enterprise(4, List.of("钢板"), "")));
  }

  @AfterEach
  void close() throws IOException {
    lucene.close();
  }

  @Test
  void ranksTheEnterpriseSharingMoreCharactersFirst() throws IOException {
    // StandardAnalyzer makes one token per Chinese character: 聚丙烯 shares 3 with enterprise 2
    // and 2 (丙, 烯) with enterprise 3.
    assertThat(lucene.top(demand("聚丙烯"), 10)).containsExactly(code(2), code(3));
  }

  @Test
  void findsWordsInsideASentence() throws IOException {
    assertThat(lucene.top(demand("急需轮胎200条"), 10)).containsExactly(code(1));
  }

  @Test
  void returnsNothingWhenNoCharacterIsShared() throws IOException {
    assertThat(lucene.top(demand("口罩"), 10)).isEmpty();
  }

  @Test
  void returnsAtMostK() throws IOException {
    assertThat(lucene.top(demand("聚丙烯"), 1)).containsExactly(code(2));
  }
}
