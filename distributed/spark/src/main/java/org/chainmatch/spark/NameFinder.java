package org.chainmatch.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CapabilityQuery;
import org.chainmatch.index.LuceneCapabilityIndex;

/**
 * Which product names the capability index turns each query text into: at most the 32 names most
 * similar to it, none below the similarity floor (the index's rules, applied by the index itself).
 *
 * <p>The task builds the library's in-memory index over one stand-in enterprise per distinct
 * product name (holding that name only, with no scope and a name without tokens, so only product
 * evidence counts), searches every query of its partition and reports the names found. Since the
 * stand-ins hold every name of the city, the index's catalogue is the whole city's and its cut at
 * 32 names is the one the single-machine engine makes.
 */
final class NameFinder implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /** Positions 1-8 of the stand-ins' codes; positions 9-17 number the names. */
  private static final String PREFIX = "91110101";

  private final Broadcast<List<String>> names;
  private final MatchSettings settings;

  NameFinder(Broadcast<List<String>> names, MatchSettings settings) {
    this.names = names;
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> queries) throws Exception {
    if (!queries.hasNext()) {
      return java.util.Collections.emptyIterator();
    }
    List<String> all = names.value();
    List<Row> out = new ArrayList<>();
    RegionCode somewhere = RegionTable.bundled().resolve("110101");
    try (LuceneCapabilityIndex index = LuceneCapabilityIndex.inMemory(settings.indexOptions())) {
      for (int i = 0; i < all.size(); i++) {
        Uscc code = Uscc.withComputedCheck(PREFIX + String.format("%09d", i));
        index.upsert(Enterprise.builder(code, "-", somewhere).product(all.get(i)).build());
      }
      index.refresh();
      while (queries.hasNext()) {
        String u = queries.next().getString(0);
        if (u.isBlank()) {
          continue;
        }
        for (Candidate c : index.search(CapabilityQuery.of(u, 10_000))) {
          int i = Integer.parseInt(c.uscc().value().substring(PREFIX.length(), 17));
          out.add(RowFactory.create(u, all.get(i)));
        }
      }
    }
    return out.iterator();
  }
}
