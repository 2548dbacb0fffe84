package org.chainmatch.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.outreach.Fixtures.REGIONS;
import static org.chainmatch.outreach.Fixtures.SUZHOU;
import static org.chainmatch.outreach.Fixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.matching.MatchResult;

/** A letter names only suppliers under its addressee, whatever the plan looks like. */
class LetterDisclosurePropertyTest {

  // Units of every shape: prefecture districts in and out of 江苏, municipality districts, a
  // province-administered county-level city, a city without counties; and 320506, in the home
  // city, whose suppliers are never asked for and so must never show.
  static final List<String> SUPPLIER_REGIONS = List.of(
      "320205", "320506", "330106", "110105", "310115", "500101", "429004", "441900", "440106");

  record SupplierSpec(String region, OperatingState state, int capacity, String nameTail) {}

  @Provide
  Arbitrary<SupplierSpec> suppliers() {
    return Combinators.combine(
            Arbitraries.of(SUPPLIER_REGIONS),
            Arbitraries.of(OperatingState.RESUMED, OperatingState.PARTIAL, OperatingState.SUSPENDED),
            Arbitraries.integers().between(1, 100),
            Arbitraries.strings().withChars("甲乙丙丁戊己庚辛华光精工").ofMinLength(1).ofMaxLength(4))
        .as(SupplierSpec::new);
  }

  @Property(tries = 200)
  void noLetterMentionsASupplierOutsideItsAddresseesRegion(
      @ForAll @Size(min = 1, max = 12) List<@From("suppliers") SupplierSpec> specs,
      @ForAll AuthorityLevel level,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 11) Integer> picks) {
    List<Enterprise> suppliers = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      SupplierSpec s = specs.get(i);
      int capacity = s.state() == OperatingState.SUSPENDED ? 0 : s.capacity();
      // A fixed-width serial keeps one supplier's name from being part of another's.
      suppliers.add(Fixtures.enterprise(
          i, String.format("供应%03d%s有限公司", i, s.nameTail()), s.region(), s.state(), capacity));
    }
    Enterprise requester = Fixtures.requester(999, "苏州需求方有限公司", false);
    List<MatchResult> results = new ArrayList<>();
    for (int d = 0; d < picks.size(); d++) {
      Enterprise first = suppliers.get(picks.get(d) % suppliers.size());
      Enterprise second = suppliers.get((picks.get(d) + d) % suppliers.size());
      Demand demand = Fixtures.demand("D" + d, requester, d % 2 == 0 ? "芯片" : "轴承");
      results.add(first.equals(second)
          ? Fixtures.result(demand, first)
          : Fixtures.result(demand, first, second));
    }
    OutreachPlanner planner = OutreachPlanner.create(
        SUZHOU, REGIONS, OutreachOptions.defaults().withAuthorityLevel(level));
    OutreachPlan plan = planner.plan(results, Map.of(requester.uscc(), requester), TODAY);
    LetterTemplate template = LetterTemplate.builder(SUZHOU).build();

    for (OutreachRequest request : plan.requests()) {
      String letter = template.render(request).markdown();
      for (Enterprise s : suppliers) {
        boolean addressed = level.authorityOf(s.region()).equals(request.target());
        if (!addressed) {
          assertThat(letter)
              .as("letter to %s mentions %s of %s", request.authority(), s.name(), s.region())
              .doesNotContain(s.name())
              .doesNotContain(s.uscc().value());
        }
      }
      for (OutreachItem item : request.items()) {
        assertThat(letter).contains(item.supplier().name(), item.supplier().uscc().value());
      }
    }
  }
}
