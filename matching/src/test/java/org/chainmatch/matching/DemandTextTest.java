package org.chainmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          熔喷布                                              | 熔喷布
          KN95口罩                                            | KN95口罩
          304不锈钢板                                         | 304不锈钢板
          一次性医用口罩                                      | 一次性医用口罩
          急购熔喷布二十吨，三天内到厂                        | 熔喷布
          为生产熔喷布需采购聚丙烯专用料，请有货源的企业联系  | 聚丙烯专用料
          求购：KN95口罩耳带 500万米，要求本周内到货          | KN95口罩耳带
          急需聚丙烯，用于生产熔喷布                          | 聚丙烯
          熔喷布用于口罩生产                                  | 熔喷布
          生产熔喷布用的聚丙烯                                | 聚丙烯
          口罩专用熔喷布                                      | 口罩专用熔喷布
          机场专用车辆                                        | 机场专用车辆
          挖机用液压油缸                                      | 液压油缸
          寻找能做铝合金轮毂的供应商，配套新能源汽车项目      | 铝合金轮毂
          我司需要一批锂电池隔膜（湿法，9微米），用于动力电芯生产 | 锂电池隔膜
          采购P.O42.5水泥2000吨，送货到太仓港区               | P.O42.5水泥
          出厂前需做产品包装，采购五层瓦楞纸箱20万只          | 五层瓦楞纸箱
          寻PCB打样及小批量生产厂家，四层板，需求稳定         | PCB打样
          寻找光伏边框加工厂，年需求2万套                     | 光伏边框
          诚征氮化镓外延片供应商                              | 氮化镓外延片
          招标采购高压开关柜（中置柜）30面                    | 高压开关柜
          我公司生产口罩，急需熔喷布                          | 熔喷布
          寻熔喷布供应商                                      | 熔喷布
          采购 无纺布 2.5万米                                 | 无纺布
          熔喷布 20吨                                         | 熔喷布
          熔喷布二十吨，三天内到厂                            | 熔喷布
          需要大量医用酒精，3月5日前送达，谢谢                | 医用酒精
          求购一批优质的纸箱                                  | 纸箱
          收购废旧轮胎，长期有效，电话联系                    | 废旧轮胎
          因生产需要，现急需采购顺丁橡胶100吨                 | 顺丁橡胶
          2020-03-01前需要防护服1000套                        | 防护服
          原阴极铜供应商未复工，急需新货源                    | 阴极铜
          丙烯库存告急，影响聚丙烯生产，寻找替代供应商        | 丙烯
          电解液断供，急寻新的供应渠道                        | 电解液
          """)
  void findsTheProduct(String text, String product) {
    assertThat(DemandText.parse(text).product()).isEqualTo(product);
  }

  // Issue 14 item 4: a leading 原 begins these product names; it is a cue only before a supplier.
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      原油          | 原油
      原盐          | 原盐
      原煤          | 原煤
      原木          | 原木
      原纸          | 原纸
      原料药        | 原料药
      急购原油500吨 | 原油
      原煤库存告急  | 原煤
      原木供应商停产，急需新货源 | 原木
      原供应商停产，急需熔喷布   | 熔喷布
      """)
  void aLeadingYuanIsKeptUnlessItPrecedesASupplier(String text, String product) {
    assertThat(DemandText.parse(text).product()).isEqualTo(product);
  }

  @Test
  void thePurposeIsNotTheProduct() {
    DemandText d = DemandText.parse("为生产熔喷布需采购聚丙烯专用料，请有货源的企业联系");

    assertThat(d.product()).isEqualTo("聚丙烯专用料");
    assertThat(d.purpose()).isEqualTo("熔喷布");
  }

  @Test
  void aPurposeClauseAfterTheNeedIsThePurpose() {
    assertThat(DemandText.parse("急需聚丙烯，用于生产熔喷布").purpose()).isEqualTo("熔喷布");
  }

  @Test
  void wordsBeforeTheCueThatAreNoPurposeAreDropped() {
    assertThat(DemandText.parse("现急需采购顺丁橡胶100吨").purpose()).isEmpty();
  }

  @Test
  void readsChineseQuantities() {
    DemandText d = DemandText.parse("急购熔喷布二十吨，三天内到厂");

    assertThat(d.quantity()).hasValue(20);
    assertThat(d.unit()).isEqualTo("吨");
  }

  @Test
  void readsArabicQuantitiesWithTenThousands() {
    DemandText d = DemandText.parse("求购：KN95口罩耳带 500万米，要求本周内到货");

    assertThat(d.quantity()).hasValue(5_000_000);
    assertThat(d.unit()).isEqualTo("米");
  }

  @Test
  void aNumberInsideAProductNameIsNoQuantity() {
    DemandText d = DemandText.parse("KN95口罩");

    assertThat(d.quantity()).isEmpty();
    assertThat(d.unit()).isEmpty();
  }

  @Test
  void timeIsNoQuantity() {
    assertThat(DemandText.parse("熔喷布，三天内到厂").quantity()).isEmpty();
  }

  @Test
  void hasteIsUrgent() {
    assertThat(DemandText.parse("急购熔喷布").urgent()).isTrue();
    assertThat(DemandText.parse("熔喷布，三天内到厂").urgent()).isTrue();
    assertThat(DemandText.parse("采购熔喷布").urgent()).isFalse();
  }

  @Test
  void textWithNothingToStripIsItsOwnProduct() {
    DemandText d = DemandText.parse("  聚丙烯  ");

    assertThat(d.product()).isEqualTo("聚丙烯");
    assertThat(d.purpose()).isEmpty();
    assertThat(d.text()).isEqualTo("聚丙烯");
  }

  @Test
  void textThatIsAllNoiseFallsBackToTheWholeText() {
    assertThat(DemandText.parse("请联系").product()).isEqualTo("请联系");
  }

  @Test
  void blankTextIsRejected() {
    assertThatThrownBy(() -> DemandText.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"二十, 20", "两百, 200", "三千五百, 3500", "一万五千, 15000", "十二, 12", "五百万, 5000000", "1.5, 1.5"})
  void readsNumbers(String digits, double expected) {
    assertThat(DemandParser.number(digits)).isEqualTo(expected);
  }
}
