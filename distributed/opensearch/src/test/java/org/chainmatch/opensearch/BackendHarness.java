package org.chainmatch.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.testkit.generate.CityGenerator;
import org.chainmatch.testkit.generate.SyntheticCity;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.matching.SupplierMatcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A timed side-by-side run, not a test of correctness: a generated city indexed into the embedded
 * Lucene index and into the 2-node in-JVM cluster, then the same demands through both (the index
 * query alone, then the whole supplier match). Prints a Markdown table and writes it to {@code
 * target/backend-harness.md}. Behind the {@code long} tag; run with
 *
 * <pre>
 * mvn -B verify -pl distributed/opensearch -am -Plong -Dtest=BackendHarness \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dharness.enterprises=100000
 * </pre>
 *
 * Both nodes run in the harness's JVM and talk HTTP over loopback, so the figures show the cost
 * of the client/server hop (serialisation, HTTP, a second round trip for product names, the
 * scatter-gather over shards), not of a real network or of more hardware.
 */
@Tag("long")
@ExtendWith(TestCluster.Extension.class)
class BackendHarness {

  @Test
  void sideBySide(TestCluster cluster) throws Exception {
    int enterprises = Integer.getInteger("harness.enterprises", 100_000);
    int queries = Integer.getInteger("harness.queries", 2_000);
    SyntheticCity city = CityGenerator.builder().enterprises(enterprises).demands(queries).seed(1).build().generate();
    List<String> rows = new ArrayList<>();
    rows.add("| backend | enterprises | build (enterprises/s) | query p50 (ms) | query p99 (ms) | match p50 (ms) | match p99 (ms) |");
    rows.add("|---|---|---|---|---|---|---|");
    try (LuceneCapabilityIndex lucene = LuceneCapabilityIndex.inMemory(IndexOptions.defaults())) {
      long t0 = System.nanoTime();
      lucene.addAll(city.enterprises());
      lucene.refresh();
      rows.add(row("embedded Lucene", city, lucene, System.nanoTime() - t0));
    }
    OpenSearchIndexOptions options = OpenSearchIndexOptions.defaults("harness-" + enterprises);
    try (OpenSearchCapabilityIndex remote = cluster.open(options)) {
      long t0 = System.nanoTime();
      remote.addAll(city.enterprises());
      remote.refresh();
      rows.add(row("OpenSearch, 2 nodes in-JVM, 2 shards + 1 replica", city, remote, System.nanoTime() - t0));
    }
    String table = String.join("\n", rows) + "\n";
    System.out.println(table);
    Files.writeString(Path.of("target/backend-harness.md"), table);
  }

  private static String row(String name, SyntheticCity city, CapabilityIndex index, long buildNanos)
      throws Exception {
    List<Demand> demands = city.demands();
    SupplierMatcher matcher = SupplierMatcher.builder(index).enterprises(city.enterprises()).build();
    // Warm-up: the first pass fills caches and JIT; only the second is timed.
    long[] query = new long[demands.size()];
    long[] match = new long[demands.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < demands.size(); i++) {
        Demand d = demands.get(i);
        long t0 = System.nanoTime();
        index.search(CapabilityQuery.of(d.product(), 50));
        long t1 = System.nanoTime();
        matcher.match(d);
        long t2 = System.nanoTime();
        query[i] = t1 - t0;
        match[i] = t2 - t1;
      }
    }
    double rate = city.enterprises().size() / (buildNanos / 1e9);
    return String.format("| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f |", name, city.enterprises().size(),
        rate, pct(query, 50), pct(query, 99), pct(match, 50), pct(match, 99));
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
  }

}
