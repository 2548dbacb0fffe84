package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.outreach.Fixtures.REGIONS;
import static org.chainmatch.outreach.Fixtures.SUZHOU;
import static org.chainmatch.outreach.Fixtures.TODAY;
import static org.chainmatch.outreach.Fixtures.demand;
import static org.chainmatch.outreach.Fixtures.enterprise;
import static org.chainmatch.outreach.Fixtures.requester;
import static org.chainmatch.outreach.Fixtures.result;
import static org.chainmatch.outreach.Fixtures.working;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {
  static final Enterprise SUSPENDED_WUXI =
      enterprise(101, "无锡华光电子有限公司", "320205", OperatingState.SUSPENDED, 0);
  static final Enterprise WEAK_WUXI =
      enterprise(102, "无锡精工机械有限公司", "320205", OperatingState.PARTIAL, 30);
  static final Enterprise HANGZHOU = working(103, "杭州西湖化工有限公司", "330106");
  static final Enterprise KEY = requester(11, "苏州甲汽车有限公司", true);
  static final Enterprise PLAIN = requester(12, "苏州乙电器有限公司", false);

  static final LetterTemplate TEMPLATE = LetterTemplate.builder(SUZHOU).build();

  /** The plan behind the golden letter: two 无锡 suppliers and one in 杭州, which must not show. */
  static OutreachPlan goldenPlan() {
    Demand d1 = demand("D1", KEY, "芯片")
        .withQuantity(500, "件").withNeededBy(LocalDate.of(2024, 2, 10));
    Demand d2 = demand("D2", PLAIN, "芯片").withQuantity(200, "件");
    Demand d3 = new Demand("D3", PLAIN.uscc(), "轴承", java.util.OptionalDouble.empty(), "",
        java.util.Optional.of(LocalDate.of(2024, 2, 20)), "内部备注：供应商报价偏高");
    return OutreachPlanner.create(SUZHOU, REGIONS).plan(
        List.of(result(d1, SUSPENDED_WUXI, HANGZHOU), result(d2, SUSPENDED_WUXI),
            result(d3, WEAK_WUXI)),
        Map.of(KEY.uscc(), KEY, PLAIN.uscc(), PLAIN),
        TODAY);
  }

  /** The template of the golden letter: a real 发文字号 pattern, contacts, the 2020 disruption. */
  static final LetterTemplate GOLDEN_TEMPLATE = LetterTemplate.builder(SUZHOU)
      .numberPattern("苏工信函〔{year}〕{n}号")
      .firstNumber(7)
      .disruption("新冠肺炎疫情")
      .contactName("张三")
      .contactPhone("0512-68610000")
      .build();

  /** In the golden plan, 无锡华光电子 already supplies 苏州甲汽车 (a known relation); no other does. */
  static boolean goldenSupplies(Uscc supplier, Uscc customer) {
    return supplier.equals(SUSPENDED_WUXI.uscc()) && customer.equals(KEY.uscc());
  }

  /** The golden letter: the 无锡 request of goldenPlan(), number 8 (the second of a run from 7). */
  static OutreachLetter goldenLetter() {
    return GOLDEN_TEMPLATE.render(goldenPlan().requests().get(0), 8, LetterTemplateTest::goldenSupplies);
  }

  /**
   * Golden file src/test/resources/outreach/golden-letter.md, READ AND CHECKED BY HAND against
   * goldenPlan() (planning date 2024-02-01) and goldenSupplies, element by element:
   *
   * <ul>
   *   <li>letterhead 苏州市工业和信息化局; 发文字号 苏工信函〔2024〕8号 (the pattern, the plan's year, the
   *       number given);
   *   <li>title 关于商请协助保障芯片和轴承供应的函: the two products asked for, no enterprise name;
   *       addressee 无锡市工业和信息化局 with a full-width colon;
   *   <li>opening: 受新冠肺炎疫情影响, 我市2家企业 (苏州甲汽车, 苏州乙电器, both in 苏州), 我局, 贵地2家企业、
   *       2种产品, 原供应企业1家 (华光 supplies 甲) and 拟对接企业1家 (精工), 商请贵局予以协助;
   *   <li>一、原供应企业: 华光, not working, rows 1 (甲's 500件 by 2024年2月10日, the relation);
   *       二、拟对接企业: 华光 again for 乙's 200件 (no relation to 乙, row 2) and 精工 at 30% (row 3,
   *       协调扩产) — so 华光 is 原供应 for 甲 and 拟对接 for 乙, which is what the relations say;
   *   <li>特此函商，盼复。 no exclamation mark anywhere; one attachment, so 附件：商请协助保障事项清单
   *       and the body cites 附件第N项;
   *   <li>署名 苏州市工业和信息化局, date 2024年2月1日, 附注 （联系人：张三，联系电话：0512-68610000）;
   *   <li>the list: three rows with quantity and date per requester, 未注明 where the demand stated
   *       none (乙's 200件 has no date, 轴承 has no quantity);
   *   <li>no 抄送: 无锡 is in 江苏 like 苏州;
   *   <li>absent: 杭州西湖化工有限公司 (another authority's supplier), scores, priorities, the
   *       demand ids D1-D3 and the internal note of D3.
   * </ul>
   */
  @Test
  void theLetterMatchesTheHandCheckedGoldenFile() throws IOException {
    assertThat(goldenLetter().markdown()).isEqualTo(golden());
  }

  @Test
  void theGoldenLetterLeavesOutOtherRegionsScoresIdsAndNotes() {
    String letter = goldenLetter().markdown();

    assertThat(letter)
        .doesNotContain("杭州西湖化工有限公司", HANGZHOU.uscc().value())
        .doesNotContain("D1", "D2", "D3", "内部备注", "0.", "HIGH", "LOW", "MEDIUM")
        .doesNotContain("!", "！");
  }

  @Test
  void theTitleNamesWhatIsAskedForNeverAnEnterprise() {
    OutreachLetter letter = TEMPLATE.render(goldenPlan().requests().get(1));

    assertThat(letter.title()).isEqualTo("关于商请协助保障芯片供应的函");
    assertThat(letter.addressee()).isEqualTo("杭州市工业和信息化局");
  }

  @Test
  void threeProductsOrMoreAreNamedByTheFirstAndTheirCount() {
    Enterprise a = working(201, "无锡甲有限公司", "320205");
    OutreachRequest r = new OutreachRequest("OR-320200-20240201", Fixtures.region("320200"),
        "无锡市工业和信息化局", TODAY, List.of(
            item(a, "芯片", "D1"), item(a, "轴承", "D2"), item(a, "电机", "D3")));

    assertThat(TEMPLATE.render(r).title()).isEqualTo("关于商请协助保障芯片等3种产品供应的函");
  }

  @Test
  void aWorkingSupplierGetsAPassListWithBlanksForTheCarrier() {
    LetterContent c = TEMPLATE.compose(goldenPlan().requests().get(1), 1, (s, t) -> false);

    assertThat(c.attachments()).extracting(LetterContent.Attachment::title)
        .containsExactly(LetterTemplate.ITEM_LIST_TITLE, LetterTemplate.PASS_LIST_TITLE);
    LetterContent.Attachment pass = c.attachments().get(1);
    assertThat(pass.columns()).containsSubsequence("品名", "数量", "起讫地", "收货单位", "车牌号", "驾驶员");
    assertThat(pass.rows()).singleElement().satisfies(row -> {
      assertThat(row.get(1)).isEqualTo("芯片");
      assertThat(row.get(2)).isEqualTo("500件");
      assertThat(row.get(3)).isEqualTo("浙江省杭州市西湖区—江苏省苏州市吴中区");
      assertThat(row.get(5)).isEqualTo("苏州甲汽车有限公司");
      assertThat(row.subList(6, 9)).containsOnly("");
    });
    assertThat(c.body()).anySatisfy(p -> assertThat(p.text()).contains("物流保障", "通行所需信息见附件2"));
    assertThat(c.attachmentNotes()).containsExactly("1. 商请协助保障事项清单", "2. 物流保障车辆通行信息表");
  }

  @Test
  void aLetterToAnotherProvinceIsCopiedToThatProvincesDepartment() {
    assertThat(TEMPLATE.compose(goldenPlan().requests().get(1), 1, (s, t) -> false).copyTo())
        .containsExactly("浙江省工业和信息化厅");
    assertThat(TEMPLATE.compose(goldenPlan().requests().get(0), 1, (s, t) -> false).copyTo())
        .as("无锡 is in 江苏 like 苏州").isEmpty();
  }

  @Test
  void fixedCopiesComeFirstAndTheProvinceCopyCanBeTurnedOff() {
    LetterTemplate t = LetterTemplate.builder(SUZHOU).copyTo("江苏省工业和信息化厅")
        .copyToTargetProvince(false).build();

    assertThat(t.compose(goldenPlan().requests().get(1), 1, (s, u) -> false).copyTo())
        .containsExactly("江苏省工业和信息化厅");
  }

  @Test
  void lettersOfARunAreNumberedFromTheFirstNumberWithTheirYear() {
    LetterTemplate t = LetterTemplate.builder(SUZHOU).numberPattern("苏工信函〔{year}〕{n}号")
        .firstNumber(12).build();

    List<OutreachLetter> run = t.renderAll(goldenPlan().requests(), (s, u) -> false);

    assertThat(run).extracting(l -> l.content().number())
        .containsExactly("苏工信函〔2024〕12号", "苏工信函〔2024〕13号");
  }

  @Test
  void aNumberPatternWithoutTheNumberIsRefused() {
    assertThatThrownBy(() -> LetterTemplate.builder(SUZHOU).numberPattern("苏工信函〔{year}〕号"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{n}");
  }

  @Test
  void aRequesterOutsideTheHomeCityIsNamedWithItsCityAndNotCountedAsOurs() {
    Enterprise nanjing = Enterprise.builder(Fixtures.uscc("320102", 31), "南京丙机电有限公司",
        Fixtures.region("320102")).product("整车").build();
    Enterprise supplier = working(202, "无锡乙有限公司", "320205");
    OutreachItem item = new OutreachItem(supplier, "芯片", OutreachReason.SHIP,
        List.of(new Need(demand("D9", nanjing, "芯片"), nanjing)), 0.5, Priority.MEDIUM);
    OutreachRequest r = new OutreachRequest("OR-320200-20240201", Fixtures.region("320200"),
        "无锡市工业和信息化局", TODAY, List.of(item));

    LetterContent c = TEMPLATE.compose(r, 1, (s, u) -> false);

    assertThat(c.attachments().get(0).rows().get(0).get(7)).isEqualTo("南京丙机电有限公司（南京市）");
    assertThat(c.body().get(0).text()).startsWith("受突发事件影响，1家相关企业").doesNotContain("我市");
  }

  @Test
  void theSenderCallsItselfAndTheAddresseeByTheirRank() {
    assertThat(LetterTemplate.selfName("苏州市工业和信息化局")).isEqualTo("我局");
    assertThat(LetterTemplate.honorific("浙江省经济和信息化厅")).isEqualTo("贵厅");
    assertThat(LetterTemplate.honorific("上海市经济和信息化委员会")).isEqualTo("贵委");
    assertThat(LetterTemplate.selfName("苏州市产业链供应链协调专班")).isEqualTo("我单位");
  }

  private static OutreachItem item(Enterprise supplier, String product, String demandId) {
    return new OutreachItem(supplier, product, OutreachReason.RESUME,
        List.of(new Need(demand(demandId, PLAIN, product), PLAIN)), 0.5, Priority.MEDIUM);
  }

  @Test
  void textFromTheDataCannotBreakTheTable() {
    Enterprise odd = working(109, "无锡|竖线*星号\n换行有限公司", "320205");
    OutreachRequest r = Fixtures.request("320200", odd);

    String letter = TEMPLATE.render(r).markdown();

    assertThat(letter).contains("无锡\\|竖线\\*星号 换行有限公司");
    assertThat(letter.lines().filter(l -> l.startsWith("| 1 |")))
        .hasSize(2).allSatisfy(row ->
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(10));
  }

  @Test
  void theSenderContactAndDisruptionAreConfigurable() {
    LetterTemplate custom = LetterTemplate.builder(SUZHOU)
        .sender("苏州市产业链供应链协调专班")
        .disruption("洪涝灾害")
        .contactName("张三")
        .contactPhone("0512-12345678")
        .build();

    String letter = custom.render(Fixtures.request("320200", working(101, "甲", "320205")))
        .markdown();

    assertThat(letter)
        .contains("受洪涝灾害影响", "联系人：张三", "联系电话：0512-12345678")
        .contains("苏州市产业链供应链协调专班\n\n2024年2月1日\n\n（联系人：张三，联系电话：0512-12345678）")
        .contains("我单位");
  }

  static String golden() throws IOException {
    try (InputStream in =
        LetterTemplateTest.class.getResourceAsStream("/outreach/golden-letter.md")) {
      assertThat(in).as("golden letter resource").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
