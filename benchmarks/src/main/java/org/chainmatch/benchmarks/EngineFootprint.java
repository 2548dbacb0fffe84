package org.chainmatch.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;

/**
 * Measures what the whole engine holds per enterprise and per relation: the heap of a {@link
 * ChainMatch} (directory of enterprises, supply graph, analysis preparation and, for an in-memory
 * index, the index) beyond the loaded records, and the size on disk of an index folder.
 *
 * <p>Usage: {@code EngineFootprint [enterprises]}, default 1,000,000, on the {@link CityFixture}
 * city (written into the cache first if needed). Three engines are built in turn over the same
 * records: without relations, with relations, and with relations and an index folder; used heap
 * is read after GC each time. Run it with the heap the figure is for, e.g. {@code -Xmx2g}: it
 * then also shows that the engine fits.
 */
public final class EngineFootprint {
  private EngineFootprint() {}

  public static void main(String[] args) throws IOException, InputRejectedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    CityFixture city = CityFixture.of(n).ensureWritten();
    String home = "320500";

    long empty = usedAfterGc();
    Dataset data = city.load();
    List<Enterprise> enterprises = data.enterprises();
    List<SupplyRelation> relations = data.relations();
    data = null;
    long records = usedAfterGc() - empty;
    System.out.printf("%s: %,d enterprises, %,d relations, max heap %,d MB%n", city,
        enterprises.size(), relations.size(), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("loaded records: %,d bytes (%.0f B per enterprise, relations included)%n",
        records, records / (double) enterprises.size());

    long withoutRelations;
    try (ChainMatch engine = ChainMatch.builder().homeCity(home).enterprises(enterprises).build()) {
      engine.analyze();
      withoutRelations = usedAfterGc() - empty - records;
    }
    long withRelations;
    try (ChainMatch engine =
        ChainMatch.builder().homeCity(home).enterprises(enterprises).relations(relations).build()) {
      engine.analyze();
      withRelations = usedAfterGc() - empty - records;
    }
    Path folder = Files.createTempDirectory("chainmatch-footprint");
    long onDiskHeap;
    long onDisk;
    try (ChainMatch engine = ChainMatch.builder().homeCity(home).enterprises(enterprises)
        .relations(relations).indexDirectory(folder).build()) {
      engine.analyze();
      engine.commit();
      onDiskHeap = usedAfterGc() - empty - records;
      onDisk = size(folder);
    } finally {
      delete(folder);
    }
    double perRelation = (withRelations - withoutRelations) / (double) relations.size();
    System.out.printf("engine, in-memory index, no relations: %,d bytes (%.0f B per enterprise)%n",
        withoutRelations, withoutRelations / (double) enterprises.size());
    System.out.printf("engine, in-memory index, with relations: %,d bytes (%.1f B per relation beyond that)%n",
        withRelations, perRelation);
    System.out.printf("engine, index folder, with relations: %,d bytes of heap (%.0f B per enterprise"
            + " after %.1f B per relation) + %,d bytes on disk (%.0f B per enterprise)%n",
        onDiskHeap, (onDiskHeap - perRelation * relations.size()) / enterprises.size(), perRelation,
        onDisk, onDisk / (double) enterprises.size());
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
