package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.outreach.Fixtures.REGIONS;
import static org.chainmatch.outreach.Fixtures.SUZHOU;
import static org.chainmatch.outreach.Fixtures.TODAY;
import static org.chainmatch.outreach.Fixtures.match;
import static org.chainmatch.outreach.Fixtures.requester;
import static org.chainmatch.outreach.Fixtures.result;
import static org.chainmatch.outreach.Fixtures.working;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.OfferResult;
import org.junit.jupiter.api.Test;

/**
 * Offers whose best buyers are outside the home city: the other locality is asked to help its
 * enterprise take the product, in the same request as the supply items for that authority.
 */
class OfferOutreachTest {
  static final Enterprise STALLED = requester(21, "苏州熔喷新材料有限公司", false);
  static final Enterprise LOCAL_BUYER = working(2, "苏州虎丘口罩厂", "320505");
  static final Enterprise WUXI_BUYER = working(101, "无锡康宁口罩有限公司", "320205");
  static final Enterprise WUXI_SUPPLIER = working(102, "无锡精工机械有限公司", "320205");
  static final Enterprise HANGZHOU_BUYER = working(103, "杭州西湖防护用品有限公司", "330106");
  static final Enterprise REQUESTER = requester(11, "苏州甲汽车有限公司", false);
  static final Map<Uscc, Enterprise> LOCALS = Map.of(STALLED.uscc(), STALLED, REQUESTER.uscc(), REQUESTER);

  final OutreachPlanner planner = OutreachPlanner.create(SUZHOU, REGIONS);

  static OfferResult offered(Offer offer, Enterprise... buyers) {
    List<org.chainmatch.matching.Match> matches = new java.util.ArrayList<>();
    for (int i = 0; i < buyers.length; i++) {
      matches.add(match(i + 1, buyers[i], 0.8));
    }
    return new OfferResult(offer, offer.product(), matches);
  }

  static Offer meltblown() {
    return Offer.of("ST-1", STALLED.uscc(), "熔喷布").withQuantity(20, "吨").availableFrom(LocalDate.of(2024, 2, 5));
  }

  @Test
  void anOfferWhoseBestBuyersAreElsewhereAsksTheirAuthorityToHelpThemTakeIt() {
    OutreachPlan plan = planner.plan(
        List.of(), List.of(offered(meltblown(), WUXI_BUYER, HANGZHOU_BUYER)), LOCALS, Map.of(), TODAY);

    assertThat(plan.requests()).extracting(OutreachRequest::authority)
        .containsExactly("无锡市工业和信息化局", "杭州市工业和信息化局");
    OutreachItem item = plan.requests().get(0).items().get(0);
    assertThat(item.reason()).isEqualTo(OutreachReason.TAKE);
    assertThat(item.supplier()).isEqualTo(WUXI_BUYER);
    assertThat(item.product()).isEqualTo("熔喷布");
    assertThat(item.needs()).singleElement().satisfies(n -> {
      assertThat(n.requester()).isEqualTo(STALLED);
      assertThat(n.demand().id()).isEqualTo("ST-1");
    });
  }

  @Test
  void anOfferWithAGoodWorkingBuyerAtHomeNeedsNoOutreach() {
    OutreachPlan plan = planner.plan(
        List.of(), List.of(offered(meltblown(), LOCAL_BUYER, WUXI_BUYER)), LOCALS, Map.of(), TODAY);

    assertThat(plan.requests()).isEmpty();
  }

  @Test
  void takeAndSupplyItemsForOneAuthorityShareOneRequestAndOneLetter() {
    Demand chips = Demand.of("D1", REQUESTER.uscc(), "芯片");
    OutreachPlan plan = planner.plan(
        List.of(result(chips, WUXI_SUPPLIER)), List.of(offered(meltblown(), WUXI_BUYER)), LOCALS, Map.of(), TODAY);

    assertThat(plan.requests()).singleElement().satisfies(r -> assertThat(r.items())
        .extracting(OutreachItem::reason).containsExactlyInAnyOrder(OutreachReason.SHIP, OutreachReason.TAKE));
    String letter = LetterTemplate.builder(SUZHOU).build().render(plan.requests().get(0)).markdown();
    assertThat(letter)
        .contains("## 一、拟对接企业", "与我市供应企业对接采购")
        .contains("| 无锡康宁口罩有限公司 | " + WUXI_BUYER.uscc().value() + " | 拟对接企业 | 熔喷布 | 20吨 | 2024年2月5日起 | 苏州熔喷新材料有限公司 |")
        .doesNotContain("ST-1");
  }

  @Test
  void aLetterWithOnlyTakeItemsSaysSoInItsTitleAndBackground() {
    OutreachPlan plan = planner.plan(
        List.of(), List.of(offered(meltblown(), WUXI_BUYER)), LOCALS, Map.of(), TODAY);

    OutreachLetter letter = LetterTemplate.builder(SUZHOU).build().render(plan.requests().get(0));

    assertThat(letter.title()).isEqualTo("关于商请协助对接采购熔喷布的函");
    assertThat(letter.markdown())
        .contains("原有下游客户尚未复工，产品暂无销路")
        .doesNotContain("供应受阻", "物流保障");
  }

  @Test
  void anOfferIdThatIsAlsoADemandIdIsRejected() {
    Demand chips = Demand.of("ST-1", REQUESTER.uscc(), "芯片");

    assertThatThrownBy(() -> planner.plan(
            List.of(result(chips, WUXI_SUPPLIER)), List.of(offered(meltblown(), WUXI_BUYER)), LOCALS, Map.of(), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ST-1");
  }
}
