package org.chainmatch.benchmarks.analysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.chainmatch.benchmarks.CityFixture;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;

/**
 * Measures the heap a {@link SupplyGraph} needs beyond its enterprises: loads the {@link
 * CityFixture} city, builds a graph without relations and one with them over the same
 * enterprises, and reports used heap after GC.
 *
 * <p>Usage: {@code GraphFootprint [enterprises]}, default 1,000,000 (the city is written into the
 * cache first if needed). Run with enough heap, e.g. {@code -Xmx8g}.
 */
public final class GraphFootprint {
  private GraphFootprint() {}

  public static void main(String[] args) throws IOException, InputRejectedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    CityFixture city = CityFixture.of(n).ensureWritten();

    long empty = usedAfterGc();
    Dataset data = city.load();
    List<Enterprise> enterprises = data.enterprises();
    List<SupplyRelation> relations = data.relations();
    data = null;
    long loaded = usedAfterGc();

    SupplyGraph vertices = SupplyGraph.of(enterprises, List.of());
    long withVertexGraph = usedAfterGc();

    SupplyGraph full = SupplyGraph.of(enterprises, relations);
    long withFullGraph = usedAfterGc();

    long m = full.relationCount();
    System.out.printf("%s: enterprises %,d, relations %,d%n", city, enterprises.size(), m);
    System.out.printf(
        "loaded enterprises and relations: %,d bytes (%.0f B/enterprise)%n",
        loaded - empty, (loaded - empty) / (double) enterprises.size());
    System.out.printf(
        "graph per vertex (no relations): %,d bytes (%.1f B/vertex)%n",
        withVertexGraph - loaded, (withVertexGraph - loaded) / (double) enterprises.size());
    System.out.printf(
        "graph with relations: %,d bytes (%.1f B/relation beyond the vertex part)%n",
        withFullGraph - withVertexGraph,
        (withFullGraph - withVertexGraph - (withVertexGraph - loaded)) / (double) m);
    // Keep everything alive until measured.
    System.out.println(vertices.enterpriseCount() + full.enterpriseCount() + relations.size() > 0);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
