package org.chainmatch.matching.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.matching.outreach.Fixtures.REGIONS;
import static org.chainmatch.matching.outreach.Fixtures.SUZHOU;
import static org.chainmatch.matching.outreach.Fixtures.TODAY;
import static org.chainmatch.matching.outreach.Fixtures.demand;
import static org.chainmatch.matching.outreach.Fixtures.enterprise;
import static org.chainmatch.matching.outreach.Fixtures.requester;
import static org.chainmatch.matching.outreach.Fixtures.result;
import static org.chainmatch.matching.outreach.Fixtures.working;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
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
        .withQuantity(500, "件").neededBy(LocalDate.of(2024, 2, 10));
    Demand d2 = demand("D2", PLAIN, "芯片").withQuantity(200, "件");
    Demand d3 = new Demand("D3", PLAIN.uscc(), "轴承", java.util.OptionalDouble.empty(), "",
        java.util.Optional.of(LocalDate.of(2024, 2, 20)), "内部备注：供应商报价偏高");
    return OutreachPlanner.create(SUZHOU, REGIONS).plan(
        List.of(result(d1, SUSPENDED_WUXI, HANGZHOU), result(d2, SUSPENDED_WUXI),
            result(d3, WEAK_WUXI)),
        Map.of(KEY.uscc(), KEY, PLAIN.uscc(), PLAIN),
        TODAY);
  }

  /**
   * Golden file src/test/resources/outreach/golden-letter.md, READ AND CHECKED BY HAND against
   * goldenPlan() (planning date 2024-02-01), line by line:
   *
   * <ul>
   *   <li>title 关于协调支持无锡市相关企业复工复产保障供应链的函 (two suppliers, so the city is
   *       named); addressee 无锡市工业和信息化局 followed by a full-width colon;
   *   <li>background names 新冠肺炎疫情 and the sender 苏州市工业和信息化局, and says 贵地;
   *   <li>table: row 1 is 无锡华光电子有限公司 (key requester due 2024-02-10, so first) with its
   *       USCC 91320205MA0000101E, product 芯片, both requesters merged with their quantities
   *       (500件 by 2024年2月10日, 200件 with no date), ask 协调复工 because it is SUSPENDED; row 2
   *       is 无锡精工机械有限公司, 轴承, 苏州乙电器有限公司 by 2024年2月20日, 协调扩产 at 30%;
   *   <li>asks: 1. 协调复工（第1项）, 2. 协调扩产（第2项）, no 物流保障 since no item needs it;
   *   <li>contact placeholders 联系人/联系电话 （待填写）, closing 特此函告, sender, date 2024年2月1日;
   *   <li>absent: 杭州西湖化工有限公司 (another authority's supplier), scores, priorities, the
   *       demand ids D1-D3 and the internal note of D3.
   * </ul>
   */
  @Test
  void theLetterMatchesTheHandCheckedGoldenFile() throws IOException {
    OutreachPlan plan = goldenPlan();
    OutreachRequest wuxi = plan.requests().get(0);

    String letter = TEMPLATE.render(wuxi).markdown();

    assertThat(letter).isEqualTo(golden());
  }

  @Test
  void theGoldenLetterLeavesOutOtherRegionsScoresIdsAndNotes() {
    String letter = TEMPLATE.render(goldenPlan().requests().get(0)).markdown();

    assertThat(letter)
        .doesNotContain("杭州西湖化工有限公司", HANGZHOU.uscc().value())
        .doesNotContain("D1", "D2", "D3", "内部备注", "0.", "HIGH", "LOW", "MEDIUM");
  }

  @Test
  void aLetterToOneSupplierNamesItInTheTitle() {
    OutreachLetter letter = TEMPLATE.render(goldenPlan().requests().get(1));

    assertThat(letter.title()).isEqualTo("关于协调支持杭州西湖化工有限公司复工复产保障供应链的函");
    assertThat(letter.addressee()).isEqualTo("杭州市工业和信息化局");
    assertThat(letter.markdown()).contains("物流保障/绿色通道（第1项）");
  }

  @Test
  void textFromTheDataCannotBreakTheTable() {
    Enterprise odd = working(109, "无锡|竖线*星号\n换行有限公司", "320205");
    OutreachRequest r = Fixtures.request("320200", odd);

    String letter = TEMPLATE.render(r).markdown();

    assertThat(letter).contains("无锡\\|竖线\\*星号 换行有限公司");
    assertThat(letter.lines().filter(l -> l.startsWith("| 1 |")))
        .singleElement().satisfies(row ->
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7));
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
        .endsWith("苏州市产业链供应链协调专班\n\n2024年2月1日\n");
  }

  static String golden() throws IOException {
    try (InputStream in =
        LetterTemplateTest.class.getResourceAsStream("/outreach/golden-letter.md")) {
      assertThat(in).as("golden letter resource").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
