package org.chainmatch.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.core.graph.Firms.FUZHOU;
import static org.chainmatch.core.graph.Firms.GULOU;
import static org.chainmatch.core.graph.Firms.TAIJIANG;
import static org.chainmatch.core.graph.Firms.WUZHONG;
import static org.chainmatch.core.graph.Firms.supplies;
import static org.chainmatch.core.graph.Firms.uscc;

import java.util.List;
import java.util.Map;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.graph.SupplyGraph;
import org.junit.jupiter.api.Test;

class ChainHealthTest {
  private static final OperatingStatus RESUMED = OperatingStatus.of(OperatingState.RESUMED);
  private static final OperatingStatus SUSPENDED = OperatingStatus.of(OperatingState.SUSPENDED);

  private static Enterprise firm(int n, RegionCode region, String industry, OperatingStatus status, boolean key) {
    return Enterprise.builder(uscc(n), "企业" + n, region).product("产品" + n)
        .industry(IndustryCode.parse(industry)).status(status).key(key).build();
  }

  /**
   * The key car maker 1 (鼓楼, C36) buys from 2 (台江, C36, works) and 3 (吴中 out of the city,
   * C38, suspended); 2 buys from 4 (鼓楼, C38, works), which buys from 5 (鼓楼, C38, suspended),
   * which buys from 6 (tier 4, beyond three tiers). 3 also supplies 2 (same tier link, not drawn
   * as a tier link). 7 (C36) is not in the chain and supplies nobody.
   */
  private static ResumptionReport cars() {
    SupplyGraph graph = SupplyGraph.of(
        List.of(
            firm(1, GULOU, "C3611", RESUMED, true),
            firm(2, TAIJIANG, "C3670", RESUMED, false),
            firm(3, WUZHONG, "C3831", SUSPENDED, false),
            firm(4, GULOU, "C3890", RESUMED, false),
            firm(5, GULOU, "C3890", SUSPENDED, false),
            firm(6, GULOU, "C3890", RESUMED, false),
            firm(7, GULOU, "C3611", SUSPENDED, false)),
        List.of(
            supplies(2, 1, "产品2"),
            supplies(3, 1, "产品3"),
            supplies(3, 2, "产品3"),
            supplies(4, 2, "产品4"),
            supplies(5, 4, "产品5"),
            supplies(6, 5, "产品6")));
    return ResumptionAnalysis.of(graph, FUZHOU).analyze();
  }

  @Test
  void keyChainCountsEachTierWorkingOutOfCityAndBreakpoints() {
    KeyChain chain = ChainHealth.of(cars()).keyChains().get(0);

    assertThat(chain.enterprise()).isEqualTo(uscc(1));
    assertThat(chain.working()).isTrue();
    // 1 lacks 产品3 (3 suspended): its own breakpoint; 2 lacks 产品3 too; 4 lacks 产品5.
    assertThat(chain.ownBreakpoints()).isEqualTo(1);
    assertThat(chain.tiers()).containsExactly(
        new ChainTier(1, 2, 1, 1, 1),   // 2 (works, breakpoint 产品3), 3 (stopped, out of city)
        new ChainTier(2, 1, 1, 0, 1),   // 4 (works, breakpoint 产品5)
        new ChainTier(3, 1, 0, 0, 0));  // 5 (stopped); 6 is tier 4, outside
    assertThat(chain.breakpoints()).isEqualTo(3);
    assertThat(chain.stoppedSuppliers()).isEqualTo(2);
    assertThat(chain.outOfCitySuppliers()).isEqualTo(1);
    assertThat(chain.workingShare()).isEqualTo(0.5);
  }

  @Test
  void onlyKeyEnterprisesHaveChains() {
    assertThat(ChainHealth.of(cars()).keyEnterprises()).containsExactly(uscc(1));
  }

  @Test
  void fewerTiersStopEarlier() {
    KeyChain chain = ChainHealth.of(cars(), 1).keyChain(uscc(1));

    assertThat(chain.tiers()).containsExactly(new ChainTier(1, 2, 1, 1, 1));
  }

  @Test
  void networkHasTiersLinksFromOneTierToTheNextAndItsBreakpoints() {
    ChainNetwork network = ChainHealth.of(cars()).network(uscc(1));

    assertThat(network.tiers()).containsExactly(
        Map.entry(uscc(2), 1), Map.entry(uscc(3), 1), Map.entry(uscc(4), 2), Map.entry(uscc(5), 3));
    assertThat(network.links()).containsExactly(
        new ChainNetwork.Link(uscc(2), uscc(1)),
        new ChainNetwork.Link(uscc(3), uscc(1)),
        new ChainNetwork.Link(uscc(4), uscc(2)),
        new ChainNetwork.Link(uscc(5), uscc(4)));
    assertThat(network.breakpoints()).extracting(Breakpoint::enterprise, Breakpoint::product)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(uscc(1), "产品3"),
            org.assertj.core.groups.Tuple.tuple(uscc(2), "产品3"),
            org.assertj.core.groups.Tuple.tuple(uscc(4), "产品5"));
  }

  @Test
  void industryChainsGroupByDivisionOfTheFirstIndustry() {
    ResumptionReport report = cars();
    List<GroupHealth> chains = ChainHealth.of(report).industryChains();

    assertThat(chains).extracting(GroupHealth::code).containsExactly("C36", "C38");
    GroupHealth c36 = chains.get(0);
    // 1, 2, 7: 7 suspended; breakpoints of 1 and 2; 1 and 2 are blocked on 产品3.
    assertThat(c36).isEqualTo(new GroupHealth("C36", 3, 2, 0, 1, 0, 2, 2, 2, 0, 0));
    GroupHealth c38 = chains.get(1);
    // 3 and 5 suspended; 4 blocked on 产品5 (a breakpoint); 6 supplies only the suspended 5:
    // stalled. Nobody is at risk: every customer downstream of a stop is blocked itself.
    assertThat(c38.enterprises()).isEqualTo(4);
    assertThat(c38.working()).isEqualTo(2);
    assertThat(c38.breakpoints()).isEqualTo(1);
    assertThat(c38.stalled()).isEqualTo(1);
    assertThat(chains.stream().mapToInt(GroupHealth::breakpoints).sum()).isEqualTo(report.breakpointCount());
    assertThat(chains.stream().mapToInt(GroupHealth::blocked).sum()).isEqualTo(report.blockedCount());
    assertThat(chains.stream().mapToInt(GroupHealth::atRisk).sum()).isEqualTo(report.atRiskCount());
    assertThat(chains.stream().mapToInt(GroupHealth::stalled).sum()).isEqualTo(report.stalled().size());
  }

  @Test
  void unknownEnterpriseIsNamedInTheError() {
    assertThatThrownBy(() -> ChainHealth.of(cars()).keyChain(uscc(99)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(uscc(99).value());
  }

  @Test
  void tiersOutsideOneToTenAreRejected() {
    assertThatThrownBy(() -> ChainHealth.of(cars(), 0))
        .hasMessageContaining("maxTiers must be 1..10 but was 0");
  }
}
