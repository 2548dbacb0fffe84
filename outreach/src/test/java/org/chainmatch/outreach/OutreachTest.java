package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.MatchResult;
import org.junit.jupiter.api.Test;

/** What Outreach adds over the planner and the template: the engine's enterprises and relations. */
class OutreachTest {
  private static final RegionTable REGIONS = RegionTable.bundled();
  private static final LocalDate TODAY = LocalDate.of(2020, 2, 17);
  private final Uscc customer = Uscc.withComputedCheck("91320506000000002"); // 苏州 吴中区
  private final Uscc farMaker = Uscc.withComputedCheck("91320211000000003"); // 无锡 滨湖区

  private List<Enterprise> enterprises() {
    return List.of(
        Enterprise.builder(customer, "乙口罩厂", REGIONS.resolve("320506"))
            .product("口罩").status(OperatingStatus.of(OperatingState.RESUMED)).build(),
        Enterprise.builder(farMaker, "丙滤材厂", REGIONS.resolve("320211"))
            .product("活性炭滤芯").status(OperatingStatus.of(OperatingState.RESUMED)).build());
  }

  private ChainMatch.Builder engine() {
    return ChainMatch.builder().homeCity("320500").enterprises(enterprises());
  }

  @Test
  void planAsksTheOtherCityWhenTheBestSupplierIsThere() throws IOException {
    try (ChainMatch engine = engine().build()) {
      MatchResult onlyInWuxi = engine.match(Demand.of("d1", customer, "活性炭滤芯"));

      OutreachPlan plan = Outreach.of(engine).plan(List.of(onlyInWuxi), TODAY);

      assertThat(plan.requests()).singleElement()
          .satisfies(r -> assertThat(r.target().code()).isEqualTo("320200"));
    }
  }

  @Test
  void lettersWriteOneLetterPerRequest() throws IOException {
    try (ChainMatch engine = engine().build()) {
      Outreach outreach = Outreach.of(engine);
      OutreachPlan plan =
          outreach.plan(List.of(engine.match(Demand.of("d1", customer, "活性炭滤芯"))), TODAY);

      assertThat(outreach.letters(plan)).hasSize(plan.requests().size()).isNotEmpty();
    }
  }

  @Test
  void lettersUseTheInjectedTemplate() throws IOException {
    LetterTemplate template =
        LetterTemplate.builder(REGIONS.resolve("320500")).sender("苏州市测试协调专班").build();
    try (ChainMatch engine = engine().build()) {
      Outreach outreach = Outreach.builder(engine).letterTemplate(template).build();
      MatchResult result = engine.match(Demand.of("d1", customer, "活性炭滤芯"));

      List<OutreachLetter> letters = outreach.letters(outreach.plan(List.of(result), TODAY));

      assertThat(letters).hasSize(1);
      assertThat(letters.get(0).addressee()).isEqualTo("无锡市工业和信息化局");
      assertThat(letters.get(0).markdown()).contains("苏州市测试协调专班");
    }
  }

  @Test
  void aTemplateForAnotherCityIsRejected() throws IOException {
    try (ChainMatch engine = engine().build()) {
      var builder = Outreach.builder(engine)
          .letterTemplate(LetterTemplate.builder(REGIONS.resolve("320200")).build());

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("320200").hasMessageContaining("320500");
    }
  }

  @Test
  void aSupplierThatAlreadySuppliesTheRequesterIsNamedItsOriginalSupplier() throws IOException {
    try (ChainMatch related = engine()
            .relations(List.of(SupplyRelation.of(farMaker, customer, "活性炭滤芯"))).build();
        ChainMatch unrelated = engine().build()) {
      Demand demand = Demand.of("d1", customer, "活性炭滤芯");

      String withRelation = letter(related, demand);
      String withoutRelation = letter(unrelated, demand);

      assertThat(withRelation).contains("均为需求企业的" + LetterTemplate.ORIGINAL_SUPPLIER);
      assertThat(withoutRelation).contains("均为经供需匹配找到的" + LetterTemplate.CANDIDATE_SUPPLIER);
    }
  }

  @Test
  void aRequesterTheEngineDoesNotKnowIsNamed() throws IOException {
    try (ChainMatch engine = engine().build()) {
      Uscc stranger = Uscc.withComputedCheck("91320505000000009");
      MatchResult result = engine.match(Demand.of("d9", customer, "活性炭滤芯"));
      MatchResult foreign = new MatchResult(
          Demand.of("d9", stranger, "活性炭滤芯"), result.understood(), result.matches());

      assertThatThrownBy(() -> Outreach.of(engine).plan(List.of(foreign), TODAY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("d9").hasMessageContaining(stranger.value());
    }
  }

  private static String letter(ChainMatch engine, Demand demand) throws IOException {
    Outreach outreach = Outreach.of(engine);
    List<OutreachLetter> letters =
        outreach.letters(outreach.plan(List.of(engine.match(demand)), TODAY));
    assertThat(letters).hasSize(1);
    return letters.get(0).markdown();
  }
}
