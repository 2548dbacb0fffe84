package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.matching.Fixtures.WUZHONG;
import static org.chainmatch.matching.Fixtures.maker;

import org.junit.jupiter.api.Test;

class MatchedProductTest {

  @Test
  void anEqualProductWinsOverOnesThatOnlyContainTheText() {
    var e = maker(1, WUZHONG, "医用熔喷布", "熔喷布", "口罩").build();
    assertThat(MatchedProduct.of("熔喷布", e)).isEqualTo("熔喷布");
  }

  @Test
  void equalityIgnoresWidthAndCase() {
    var e = maker(1, WUZHONG, "口罩", "ＫＮ９５口罩").build();
    assertThat(MatchedProduct.of("kn95口罩", e)).isEqualTo("ＫＮ９５口罩");
  }

  @Test
  void aProductContainingTheUnderstoodTextBeatsOneSharingSomeCharacters() {
    var e = maker(1, WUZHONG, "无纺布", "医用熔喷布").build();
    assertThat(MatchedProduct.of("熔喷布", e)).isEqualTo("医用熔喷布");
  }

  @Test
  void theLongestSharedRunWinsOverAShorterContainedProduct() {
    var e = maker(1, WUZHONG, "轮胎", "全钢子午线轮胎", "钢丝帘线").build();
    assertThat(MatchedProduct.of("子午线轮胎胶料", e)).isEqualTo("全钢子午线轮胎");
  }

  @Test
  void nothingSharedMeansTheMatchCameFromElsewhereAndTheAnswerIsEmpty() {
    var e = maker(1, WUZHONG, "口罩", "防护服").build();
    assertThat(MatchedProduct.of("熔喷布", e)).isEmpty();
  }

  @Test
  void tiesGoToTheProductListedFirst() {
    var e = maker(1, WUZHONG, "熔喷料A", "熔喷料B").build();
    assertThat(MatchedProduct.of("熔喷", e)).isEqualTo("熔喷料A");
  }
}
