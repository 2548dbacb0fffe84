package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an offer's text is read as: the product, without the words that say it is for sale. */
class OfferTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "熔喷布|熔喷布",
      "供应熔喷布20吨，现货，欢迎洽谈|熔喷布",
      "现有聚碳酸酯约20吨库存，寻找买家|聚碳酸酯",
      "长期供应光伏银浆，月供20公斤|光伏银浆",
      "出售：KN95口罩 10万只，有意者联系13800000000|KN95口罩",
      "库存处理：轮胎模具3套|轮胎模具",
  })
  void readsTheProduct(String text, String product) {
    assertThat(OfferText.product(text)).isEqualTo(product);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "供应链金融服务|供应链金融服务",
      "销售|销售",
  })
  void aNameThatMerelyStartsLikeASaleWordIsKeptOrTheWholeTextIsUsed(String text, String product) {
    assertThat(OfferText.product(text)).isEqualTo(product);
  }
}
