package org.chainmatch.benchmarks.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.graph.SupplyGraph;

/**
 * Measures the heap a {@link SupplyGraph} needs beyond its enterprises: builds a graph without
 * relations and one with them over the same enterprises, and reports used heap after GC.
 *
 * <p>Usage: {@code GraphFootprint [enterprises] [relationsPerEnterprise]}, default 1,000,000 and
 * 5. Run with enough heap, e.g. {@code -Xmx8g}.
 */
public final class GraphFootprint {
  private GraphFootprint() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int perEnterprise = args.length > 1 ? Integer.parseInt(args[1]) : 5;

    long empty = usedAfterGc();
    List<Enterprise> enterprises = new SyntheticEconomy(n, perEnterprise, 42).enterprises();
    long withEnterprises = usedAfterGc();

    SupplyGraph vertices = new SyntheticEconomy(n, 0, 42).graph(enterprises);
    long withVertexGraph = usedAfterGc();

    SupplyGraph full = new SyntheticEconomy(n, perEnterprise, 42).graph(enterprises);
    long withFullGraph = usedAfterGc();

    long m = full.relationCount();
    System.out.printf("enterprises: %,d, relations: %,d%n", n, m);
    System.out.printf(
        "enterprise objects: %,d bytes (%.0f B/enterprise)%n",
        withEnterprises - empty, (withEnterprises - empty) / (double) n);
    System.out.printf(
        "graph per vertex (no relations): %,d bytes (%.1f B/vertex)%n",
        withVertexGraph - withEnterprises, (withVertexGraph - withEnterprises) / (double) n);
    System.out.printf(
        "graph with relations: %,d bytes (%.1f B/relation beyond the vertex part)%n",
        withFullGraph - withVertexGraph,
        (withFullGraph - withVertexGraph - (withVertexGraph - withEnterprises)) / (double) m);
    // Keep all three alive until measured.
    System.out.println(vertices.enterpriseCount() + full.enterpriseCount() + enterprises.size() > 0);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
