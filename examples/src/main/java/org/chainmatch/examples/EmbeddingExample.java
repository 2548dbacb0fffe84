package org.chainmatch.examples;

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
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.outreach.Outreach;
import org.chainmatch.outreach.OutreachPlan;

/**
 * Embedding chainmatch in a service: build an engine from your own objects, keep it in step with
 * status reports while matching, print the ranking and one outreach letter. The README's "Use it
 * as a library" section shows this file.
 */
public final class EmbeddingExample {
  public static void main(String[] args) throws Exception {
    RegionTable regions = RegionTable.bundled();
    Uscc maskMaker = Uscc.withComputedCheck("91320506MA1X00001");   // 苏州吴中
    Uscc localFabric = Uscc.withComputedCheck("91320505MA1X00002"); // 苏州虎丘
    Uscc farFabric = Uscc.withComputedCheck("91320211MA1X00003");   // 无锡滨湖
    List<Enterprise> enterprises = List.of(
        Enterprise.builder(maskMaker, "苏州康护医疗用品有限公司", regions.resolve("320506"))
            .product("医用口罩").status(OperatingStatus.of(OperatingState.RESUMED)).key(true).build(),
        Enterprise.builder(localFabric, "苏州华昌无纺布有限公司", regions.resolve("320505"))
            .product("熔喷布").status(OperatingStatus.of(OperatingState.RESUMED, 80)).build(),
        Enterprise.builder(farFabric, "无锡恒达新材料有限公司", regions.resolve("320211"))
            .product("熔喷布").product("纺粘无纺布").status(OperatingStatus.of(OperatingState.RESUMED)).build());

    try (ChainMatch engine = ChainMatch.builder()
        .homeCity("320500")
        .enterprises(enterprises)
        .relations(List.of(SupplyRelation.of(localFabric, maskMaker, "熔喷布")))
        .build()) {
      Demand demand = Demand.of("D-1", maskMaker, "急购熔喷布二十吨，三天内到厂")
          .withNeededBy(LocalDate.of(2020, 2, 20));
      print(engine.match(demand));

      // A survey reports the local supplier closed again: update, refresh, match again.
      engine.updateStatus(localFabric, OperatingStatus.of(OperatingState.SUSPENDED));
      engine.refresh();
      MatchResult now = engine.match(demand);
      print(now);

      Outreach outreach = Outreach.of(engine);
      OutreachPlan plan = outreach.plan(List.of(now), LocalDate.of(2020, 2, 17));
      outreach.letters(plan).stream().findFirst().ifPresent(letter -> System.out.println(letter.markdown()));
    }
  }

  private static void print(MatchResult result) {
    System.out.println("需求 " + result.demand().id() + "：" + result.understood());
    for (Match m : result.matches()) {
      System.out.printf("  %d. %s %.3f  %s%n", m.rank(), m.enterprise().name(), m.score(), m.reasons());
    }
  }

  private EmbeddingExample() {}
}
