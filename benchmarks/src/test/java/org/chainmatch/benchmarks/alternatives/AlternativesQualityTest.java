package org.chainmatch.benchmarks.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainmatch.benchmarks.alternatives.Enterprises.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmatch.benchmarks.alternatives.AlternativesQuality.Quality;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlternativesQualityTest {
  /** Answers every query with enterprises 1, 2 and 3, in that order. */
  private final SupplierSearch fixed = new SupplierSearch() {
    @Override
    public List<Uscc> top(Demand demand, int k) {
      return List.of(code(1), code(2), code(3));
    }

    @Override
    public String name() {
      return "fixed";
    }
  };

  private static Demand demand(String id) {
    return Demand.of(id, code(9), "轮胎");
  }

  @Test
  void averagesFoundAndRecallOverDemandsWithRelevantSuppliers() throws IOException {
    Map<String, Set<String>> relevant = Map.of(
        // 2 of 4 relevant found: recall 0.5
        "a", Set.of(code(1).value(), code(3).value(), code(7).value(), code(8).value()),
        // 1 of 1 found: recall 1
        "b", Set.of(code(2).value()));
    List<Demand> demands = List.of(demand("a"), demand("b"), demand("unlabelled"));

    Quality quality = AlternativesQuality.evaluate(fixed, demands, relevant);

    assertThat(quality.demands()).isEqualTo(2);
    assertThat(quality.meanRelevantFound()).isEqualTo(1.5);
    assertThat(quality.recall()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void keepsOnlyGradesOfOneOrMore(@TempDir Path dir) throws IOException {
    Path qrels = dir.resolve("qrels.csv");
    Files.writeString(qrels, "demand_id,uscc,grade\n"
        + "a," + code(1).value() + ",2\n"
        + "a," + code(2).value() + ",0\n"
        + "b," + code(3).value() + ",1\n"
        + "c," + code(4).value() + ",0\n");

    assertThat(AlternativesQuality.readRelevant(qrels)).containsOnly(
        Map.entry("a", Set.of(code(1).value())),
        Map.entry("b", Set.of(code(3).value())));
  }

  @Test
  void rejectsAGradeThatIsNotANumber(@TempDir Path dir) throws IOException {
    Path qrels = dir.resolve("qrels.csv");
    Files.writeString(qrels, "demand_id,uscc,grade\na," + code(1).value() + ",high\n");

    assertThatThrownBy(() -> AlternativesQuality.readRelevant(qrels))
        .hasMessageContaining("line 2").hasMessageContaining("\"high\"");
  }
}
