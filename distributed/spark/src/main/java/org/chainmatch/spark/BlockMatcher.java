package org.chainmatch.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.MatchedProduct;
import org.chainmatch.matching.SupplierMatcher;

/**
 * Matches the demands of each block of a partition with the library: rows arrive sorted by block,
 * then kind (0 enterprise, 1 relation, 2 demand), then input order; each block's enterprises and
 * relations become a {@link SupplyGraph} and its candidates an in-memory {@link
 * LuceneCapabilityIndex}, both in input order; a {@link SupplierMatcher} then matches the block's
 * demands in input order. One block is held in memory at a time.
 */
final class BlockMatcher implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final MatchSettings settings;

  BlockMatcher(MatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) throws Exception {
    MatchOptions options = settings.options();
    RegionCode home = RegionTable.bundled().resolveCity(settings.homeCity());
    List<Row> out = new ArrayList<>();
    List<Row> block = new ArrayList<>();
    int current = Integer.MIN_VALUE;
    while (rows.hasNext()) {
      Row r = rows.next();
      int id = r.getInt(0);
      if (id != current && !block.isEmpty()) {
        run(block, options, home, out);
        block.clear();
      }
      current = id;
      block.add(r);
    }
    if (!block.isEmpty()) {
      run(block, options, home, out);
    }
    return out.iterator();
  }

  private void run(List<Row> rows, MatchOptions options, RegionCode home, List<Row> out) throws Exception {
    SupplyGraph.Builder graph = SupplyGraph.builder();
    Map<String, Uscc> codes = new HashMap<>();
    List<Enterprise> indexed = new ArrayList<>();
    List<Row> demands = new ArrayList<>();
    for (Row r : rows) {
      switch (r.getInt(1)) {
        case 0 -> {
          Enterprise e = CityRows.enterprise(r.getStruct(4));
          graph.addEnterprise(e);
          codes.put(e.uscc().value(), e.uscc());
          if (r.getBoolean(3)) {
            indexed.add(e);
          }
        }
        case 1 -> graph.addRelation(CityRows.relation(r.getStruct(5), codes::get));
        default -> demands.add(r.getStruct(6));
      }
    }
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(settings.indexOptions())) {
      for (Enterprise e : indexed) {
        index.upsert(e);
      }
      index.refresh();
      SupplierMatcher matcher = SupplierMatcher.builder(index).graph(graph.build()).options(options).build();
      for (Row d : demands) {
        Demand demand = CityRows.demand(d, codes.get(d.getString(2)));
        MatchResult result = matcher.match(demand);
        for (Match m : result.matches()) {
          Enterprise e = m.enterprise();
          out.add(RowFactory.create(
              d.getLong(0), demand.id(), m.rank(), e.uscc().value(), e.name(), e.region().code(),
              e.region().isWithin(home), m.score(), e.status().state().name(), m.reasons(),
              result.understood(), MatchedProduct.of(result.understood(), e)));
        }
      }
    }
  }
}
