package org.chainmatch.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.DemandCsv;
import org.chainmatch.core.io.EnterpriseCsv;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.core.io.LoadReport;
import org.chainmatch.core.io.RelationCsv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city of a million enterprises and five million relations, written and read back strictly as a
 * stream (the whole city is never held in memory, here as in the generator).
 */
@Tag("long")
class CityGeneratorScaleTest {
  static final int SIZE = 1_000_000;

  @Test
  void aMillionEnterprisesLoadStrictlyWithSharesAndSkewIntact(@TempDir Path dir) throws Exception {
    CityFiles files = CityGenerator.builder().enterprises(SIZE).seed(11).build().writeTo(dir);
    LoadOptions strict = LoadOptions.strict();

    Map<String, Uscc> codes = new HashMap<>(2 * SIZE);
    Set<String> names = new HashSet<>(2 * SIZE);
    LoadReport enterprises = EnterpriseCsv.read(files.enterprises(), strict, e -> {
      codes.put(e.uscc().value(), e.uscc());
      names.add(e.name());
    });
    assertThat(enterprises.rejections()).isEmpty();
    assertThat(codes).hasSize(SIZE);
    assertThat(names).hasSize(SIZE);
    names.clear();

    Map<Uscc, Integer> outDegree = new HashMap<>();
    SharesPerCustomer shares = new SharesPerCustomer();
    LoadReport relations = RelationCsv.read(files.relations(), strict, codes::get, r -> {
      outDegree.merge(r.supplier(), 1, Integer::sum);
      shares.add(r);
    });
    assertThat(relations.rejections()).isEmpty();
    assertThat(files.relationCount()).isCloseTo(5L * SIZE, within(SIZE / 2L));
    assertThat(shares.largest).isLessThanOrEqualTo(1 + 1e-9);
    double mean = (double) files.relationCount() / outDegree.size();
    int max = outDegree.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat((double) max).isGreaterThan(100 * mean);

    LoadReport demands = DemandCsv.read(files.demands(), strict, codes::get, d -> {});
    assertThat(demands.rejections()).isEmpty();
    assertThat(files.demandCount()).isEqualTo(SIZE / 100);
  }

  /** Sums shares per product within each customer's group of relations, as the file orders them. */
  private static final class SharesPerCustomer {
    private Uscc customer;
    private final Map<String, Double> sums = new HashMap<>();
    private double largest;

    void add(SupplyRelation r) {
      if (!r.customer().equals(customer)) {
        customer = r.customer();
        sums.clear();
      }
      if (r.hasShare()) {
        largest = Math.max(largest, sums.merge(r.product(), r.share(), Double::sum));
      }
    }
  }
}
