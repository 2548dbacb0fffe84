package org.chainmatch.benchmarks.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.chainmatch.benchmarks.CityFixture;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Offer;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.matching.CustomerMatcher;
import org.chainmatch.matching.SupplierMatcher;

/**
 * A generated city ready for matching: its supply graph, its demands and a capability index of
 * its enterprises, kept on disk beside the city ({@code <size>-<seed>.matching-index}) so that
 * only the first fork pays for building it. An index whose build did not finish (no {@code
 * complete} marker) is rebuilt.
 *
 * <p>Not thread-safe to open; once open, the matcher serves any number of threads. Close it.
 */
final class MatchingCity implements AutoCloseable {

  private final SupplyGraph graph;
  private final List<Demand> demands;
  private final LuceneCapabilityIndex index;
  private final SupplierMatcher matcher;
  private final CustomerMatcher customers;

  private MatchingCity(SupplyGraph graph, List<Demand> demands, LuceneCapabilityIndex index) {
    this.graph = graph;
    this.demands = demands;
    this.index = index;
    this.matcher = SupplierMatcher.builder(index).graph(graph).build();
    this.customers = CustomerMatcher.builder().graph(graph).index(index).build();
  }

  static MatchingCity open(int enterprises) throws IOException, InputRejectedException {
    return open(enterprises, true);
  }

  /**
   * The city of {@code enterprises} with its capability index, searched with the bundled product
   * vocabulary or without any. The index on disk is the same either way: the vocabulary is applied
   * at query time only.
   */
  static MatchingCity open(int enterprises, boolean vocabulary)
      throws IOException, InputRejectedException {
    CityFixture city = CityFixture.of(enterprises);
    long start = System.nanoTime();
    Dataset data = city.load();
    SupplyGraph graph = SupplyGraph.of(data.enterprises(), data.relations());
    Path dir = city.folder().resolveSibling(city.folder().getFileName() + ".matching-index");
    Path marker = dir.resolve("complete");
    if (Files.isDirectory(dir) && !Files.exists(marker)) {
      delete(dir);
    }
    boolean build = !Files.exists(marker);
    IndexOptions options = IndexOptions.defaults().withRamBufferMb(256);
    LuceneCapabilityIndex index = LuceneCapabilityIndex.open(
        dir, vocabulary ? options : options.withoutVocabulary());
    if (build) {
      index.addAll(data.enterprises());
      index.commit();
      Files.createFile(marker);
    }
    index.refresh();
    System.out.printf("%n%s: %s, %d demands, index %s in %.1f s%n", city, graph, data.demands().size(),
        build ? "built" : "opened", (System.nanoTime() - start) / 1e9);
    return new MatchingCity(graph, List.copyOf(data.demands()), index);
  }

  SupplierMatcher matcher() {
    return matcher;
  }

  List<Demand> demands() {
    return demands;
  }

  /** The downstream matcher over the same graph and index. */
  CustomerMatcher customers() {
    return customers;
  }

  /**
   * {@code count} offers as a stalled supplier would make them: enterprises drawn at random (fixed
   * seed) among those that supply something along a relation, each offering the product of one of
   * its relations, also drawn at random.
   */
  List<Offer> offers(int count) {
    SplittableRandom random = new SplittableRandom(22);
    List<Offer> out = new ArrayList<>(count);
    while (out.size() < count) {
      int v = random.nextInt(graph.enterpriseCount());
      int begin = graph.outEdgesBegin(v);
      int end = graph.outEdgesEnd(v);
      if (begin < end) {
        int e = begin + random.nextInt(end - begin);
        out.add(Offer.of("O" + out.size(), graph.usccAt(v), graph.product(graph.edgeProduct(e))));
      }
    }
    return out;
  }

  SupplyGraph graph() {
    return graph;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
