package org.chainmatch.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmatch.core.graph.Firms.FUZHOU;
import static org.chainmatch.core.graph.Firms.GULOU;
import static org.chainmatch.core.graph.Firms.WUZHONG;
import static org.chainmatch.core.graph.Firms.uscc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;

class ResumptionPropertiesTest {

  private static final List<String> PRODUCTS = List.of("钢", "铝", "布");

  /** A small random economy: enterprises with random statuses and relations among them. */
  record Economy(List<Enterprise> enterprises, List<SupplyRelation> relations) {
    SupplyGraph graph() {
      return SupplyGraph.of(enterprises, relations);
    }
  }

  /** Any status: resumed, suspended, unknown, or partial at any capacity. */
  private static Arbitrary<OperatingStatus> anyStatus() {
    return Arbitraries.oneOf(
        Arbitraries.just(OperatingStatus.of(OperatingState.RESUMED)),
        Arbitraries.just(OperatingStatus.of(OperatingState.SUSPENDED)),
        Arbitraries.just(OperatingStatus.unknown()),
        Arbitraries.integers().between(0, 100).map(c -> OperatingStatus.of(OperatingState.PARTIAL, c)));
  }

  @Provide
  Arbitrary<Economy> economies() {
    Arbitrary<OperatingStatus> statuses = anyStatus();
    Arbitrary<Integer> size = Arbitraries.integers().between(2, 10);
    return size.flatMap(
        n -> {
          Arbitrary<List<Enterprise>> firms =
              Combinators.combine(
                      statuses.list().ofSize(n),
                      Arbitraries.of(true, false).list().ofSize(n),
                      Arbitraries.of(true, false).list().ofSize(n))
                  .as(
                      (status, key, home) -> {
                        List<Enterprise> out = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                          out.add(
                              Enterprise.builder(uscc(i), "企业" + i, home.get(i) ? GULOU : WUZHONG)
                                  .product(PRODUCTS.get(i % PRODUCTS.size()))
                                  .status(status.get(i))
                                  .key(key.get(i))
                                  .build());
                        }
                        return out;
                      });
          Arbitrary<SupplyRelation> relation =
              Combinators.combine(
                      Arbitraries.integers().between(0, n - 1),
                      Arbitraries.integers().between(0, n - 1),
                      Arbitraries.of(PRODUCTS),
                      Arbitraries.oneOf(
                          Arbitraries.just(Double.NaN), Arbitraries.doubles().between(0, 1).ofScale(2)))
                  .filter((s, c, p, share) -> !s.equals(c))
                  .as((s, c, p, share) -> new SupplyRelation(uscc(s), uscc(c), p, share));
          return Combinators.combine(firms, relation.list().ofMaxSize(3 * n)).as(Economy::new);
        });
  }

  private static ResumptionReport analyze(SupplyGraph graph) {
    return ResumptionAnalysis.of(graph, FUZHOU).analyze();
  }

  private static Set<String> blockedKeys(ResumptionReport report, Uscc except) {
    return report.blocked().stream()
        .filter(b -> !b.enterprise().equals(except))
        .map(b -> b.enterprise() + "/" + b.product())
        .collect(Collectors.toSet());
  }

  private static Set<String> breakpointKeys(ResumptionReport report) {
    return report.breakpoints().stream()
        .map(b -> b.enterprise() + "/" + b.product())
        .collect(Collectors.toSet());
  }

  // The changed enterprise itself may start (or stop) being blocked, as only working enterprises
  // can be blocked; every other enterprise must move one way only.
  @Property
  void resumingNeverAddsABlockedInputOrABreakpoint(
      @ForAll("economies") Economy economy, @ForAll("picks") int pick) {
    SupplyGraph graph = economy.graph();
    Uscc changed = graph.usccAt(pick % graph.enterpriseCount());
    ResumptionReport before = analyze(graph);

    ResumptionReport after =
        before.whatIf(Map.of(changed, OperatingStatus.of(OperatingState.RESUMED))).after();

    assertThat(blockedKeys(before, changed)).containsAll(blockedKeys(after, changed));
    assertThat(breakpointKeys(before)).containsAll(breakpointKeys(after));
  }

  @Property
  void suspendingNeverRemovesABlockedInputOrABreakpoint(
      @ForAll("economies") Economy economy, @ForAll("picks") int pick) {
    SupplyGraph graph = economy.graph();
    Uscc changed = graph.usccAt(pick % graph.enterpriseCount());
    ResumptionReport before = analyze(graph);

    ResumptionReport after =
        before.whatIf(Map.of(changed, OperatingStatus.of(OperatingState.SUSPENDED))).after();

    assertThat(blockedKeys(after, changed)).containsAll(blockedKeys(before, changed));
    assertThat(breakpointKeys(after)).containsAll(breakpointKeys(before));
  }

  @Property
  void whatIfEqualsAFullAnalysisOfTheNewStatuses(
      @ForAll("economies") Economy economy,
      @ForAll("picks") int pick,
      @ForAll boolean resume) {
    SupplyGraph graph = economy.graph();
    Map<Uscc, OperatingStatus> changes =
        Map.of(
            graph.usccAt(pick % graph.enterpriseCount()),
            OperatingStatus.of(resume ? OperatingState.RESUMED : OperatingState.SUSPENDED));

    WhatIf effect = analyze(graph).whatIf(changes);
    ResumptionReport full = analyze(graph.withStatuses(changes));

    assertThat(effect.after().blocked()).isEqualTo(full.blocked());
    assertThat(effect.after().breakpoints()).isEqualTo(full.breakpoints());
    assertThat(effect.after().cascade()).isEqualTo(full.cascade());
    assertThat(effect.blockedDelta()).isEqualTo(full.blocked().size() - analyze(graph).blocked().size());
    assertThat(effect.atRiskDelta()).isEqualTo(full.cascade().size() - analyze(graph).cascade().size());
  }

  // Several changes at once, in both directions: each delta list is exactly the records that
  // appear on one side only, in the full reports' canonical order.
  @Property
  void whatIfDeltasAreTheDifferencesBetweenFullAnalyses(
      @ForAll("economies") Economy economy,
      @ForAll("pickLists") List<Integer> picks,
      @ForAll("statusesOf") List<OperatingStatus> statuses) {
    SupplyGraph graph = economy.graph();
    Map<Uscc, OperatingStatus> changes = new HashMap<>();
    for (int i = 0; i < Math.min(picks.size(), statuses.size()); i++) {
      changes.put(graph.usccAt(picks.get(i) % graph.enterpriseCount()), statuses.get(i));
    }
    ResumptionReport before = analyze(graph);
    ResumptionReport after = analyze(graph.withStatuses(changes));

    WhatIf effect = before.whatIf(changes);

    assertThat(effect.newlyBlocked()).isEqualTo(onlyIn(after.blocked(), before.blocked(), ResumptionPropertiesTest::key));
    assertThat(effect.noLongerBlocked()).isEqualTo(onlyIn(before.blocked(), after.blocked(), ResumptionPropertiesTest::key));
    assertThat(effect.newBreakpoints()).isEqualTo(onlyIn(after.breakpoints(), before.breakpoints(), ResumptionPropertiesTest::key));
    assertThat(effect.resolvedBreakpoints()).isEqualTo(onlyIn(before.breakpoints(), after.breakpoints(), ResumptionPropertiesTest::key));
    assertThat(effect.newlyAtRisk()).isEqualTo(onlyIn(after.cascade(), before.cascade(), AtRisk::enterprise));
    assertThat(effect.noLongerAtRisk()).isEqualTo(onlyIn(before.cascade(), after.cascade(), AtRisk::enterprise));
  }

  private static String key(Blocked blocked) {
    return blocked.enterprise() + "/" + blocked.product();
  }

  private static String key(Breakpoint breakpoint) {
    return breakpoint.enterprise() + "/" + breakpoint.product();
  }

  private static <T, K> List<T> onlyIn(List<T> these, List<T> notThese, Function<T, K> key) {
    Set<K> excluded = notThese.stream().map(key).collect(Collectors.toSet());
    return these.stream().filter(t -> !excluded.contains(key.apply(t))).toList();
  }

  @Provide
  Arbitrary<List<Integer>> pickLists() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<OperatingStatus>> statusesOf() {
    return anyStatus()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Property
  void analysisDoesNotDependOnInputOrder(@ForAll("economies") Economy economy, @ForAll long seed) {
    List<Enterprise> enterprises = new ArrayList<>(economy.enterprises());
    List<SupplyRelation> relations = new ArrayList<>(economy.relations());
    Collections.shuffle(enterprises, new Random(seed));
    Collections.shuffle(relations, new Random(seed + 1));

    ResumptionReport original = analyze(economy.graph());
    ResumptionReport shuffled = analyze(SupplyGraph.of(enterprises, relations));

    assertThat(rounded(shuffled.blocked())).isEqualTo(rounded(original.blocked()));
    assertThat(shuffled.breakpoints()).isEqualTo(original.breakpoints());
    assertThat(shuffled.stalled()).isEqualTo(original.stalled());
    assertThat(shuffled.cascade()).isEqualTo(original.cascade());
    assertThat(ranking(shuffled.priorities())).isEqualTo(ranking(original.priorities()));
  }

  @Property
  void everyListIsInItsDocumentedOrder(@ForAll("economies") Economy economy) {
    ResumptionReport report = analyze(economy.graph());

    assertThat(report.blocked()).isSortedAccordingTo(
        Comparator.comparing((Blocked b) -> b.enterprise().value()).thenComparing(Blocked::product));
    assertThat(report.breakpoints()).isSortedAccordingTo(
        Comparator.comparing((Breakpoint b) -> b.enterprise().value())
            .thenComparing(Breakpoint::product));
    assertThat(report.stalled()).isSortedAccordingTo(
        Comparator.comparing((Stalled s) -> s.supplier().value()).thenComparing(Stalled::product));
    assertThat(report.cascade()).isSortedAccordingTo(
        Comparator.comparingInt(AtRisk::tier).thenComparing(a -> a.enterprise().value()));
    assertThat(report.priorities()).isSortedAccordingTo(
        Comparator.comparingLong((Priority p) -> -Math.round(p.score() * 1e6))
            .thenComparing(p -> p.enterprise().value()));
    assertThat(report.priorities()).extracting(Priority::rank)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, report.priorities().size()).boxed().toList());
  }

  // Sums of shares in another order may differ in the last bit.
  private static List<String> rounded(List<Blocked> blocked) {
    return blocked.stream()
        .map(b -> b.enterprise() + "/" + b.product() + "/" + Math.round(b.coverage() * 1e9) + "/" + b.blockingSuppliers())
        .toList();
  }

  private static List<String> ranking(List<Priority> priorities) {
    return priorities.stream()
        .map(p -> p.rank() + "/" + p.enterprise() + "/" + Math.round(p.score() * 1e6) + "/" + p.unblockedInputs())
        .toList();
  }

  @Provide
  Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 1000);
  }
}
