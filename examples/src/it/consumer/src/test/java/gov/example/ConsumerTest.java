package gov.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.matching.MatchResult;
import org.junit.jupiter.api.Test;

/** Uses only the published API, as a government system would. */
class ConsumerTest {
  @Test
  void findsTheLocalMakerThroughThePublishedEntryPoint() throws Exception {
    RegionTable regions = RegionTable.bundled();
    Uscc buyer = Uscc.withComputedCheck("91320506MA1X00001");
    Uscc maker = Uscc.withComputedCheck("91320505MA1X00002");
    try (ChainMatch engine = ChainMatch.builder()
        .homeCity("320500")
        .enterprises(List.of(
            Enterprise.builder(buyer, "苏州康护医疗用品有限公司", regions.resolve("320506")).product("医用口罩").build(),
            Enterprise.builder(maker, "苏州华昌无纺布有限公司", regions.resolve("320505"))
                .product("熔喷布").status(OperatingStatus.of(OperatingState.RESUMED)).build()))
        .build()) {
      MatchResult result = engine.match(Demand.of("D1", buyer, "熔喷布"));

      assertFalse(result.matches().isEmpty());
      assertEquals(maker, result.matches().get(0).enterprise().uscc());
    }
  }
}
