package org.chainmatch.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.AnalysisOptions;
import org.chainmatch.core.analysis.Blocked;
import org.chainmatch.core.analysis.Breakpoint;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.Stalled;
import org.chainmatch.core.graph.SupplyGraph;

/**
 * Runs the library's {@link ResumptionAnalysis} on one part of the city: the part's own
 * enterprises, their suppliers and customers, and every relation into or out of an own
 * enterprise. An own enterprise's inputs and outputs are all there, so its blocked inputs,
 * breakpoints, stalled outputs and whether it can produce are exactly the whole city's; only those
 * are reported (the neighbours' are not, their own relations being incomplete). Rows arrive sorted
 * by part, kind (0 enterprise, 1 relation), input order; one part is held at a time.
 */
final class PartAnalyser implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final int BLOCKED = 0;
  static final int BREAKPOINT = 1;
  static final int STALLED = 2;
  static final int CANNOT_PRODUCE = 3;

  private final String homeCity;
  private final double coverageThreshold;
  private final int maxCascadeTiers;
  private final double keyWeight;

  PartAnalyser(String homeCity, AnalysisOptions options) {
    this.homeCity = homeCity;
    this.coverageThreshold = options.coverageThreshold();
    this.maxCascadeTiers = options.maxCascadeTiers();
    this.keyWeight = options.keyWeight();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    List<Row> part = new ArrayList<>();
    int current = Integer.MIN_VALUE;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (r.getInt(0) != current && !part.isEmpty()) {
        analyze(part, out);
        part.clear();
      }
      current = r.getInt(0);
      part.add(r);
    }
    if (!part.isEmpty()) {
      analyze(part, out);
    }
    return out.iterator();
  }

  private void analyze(List<Row> rows, List<Row> out) {
    SupplyGraph.Builder graph = SupplyGraph.builder();
    Map<String, Uscc> codes = new HashMap<>();
    Set<Uscc> own = new HashSet<>();
    for (Row r : rows) {
      if (r.getInt(1) == 0) {
        Enterprise e = CityRows.enterprise(r.getStruct(4));
        graph.addEnterprise(e);
        codes.put(e.uscc().value(), e.uscc());
        if (r.getBoolean(3)) {
          own.add(e.uscc());
        }
      } else {
        graph.addRelation(CityRows.relation(r.getStruct(5), codes::get));
      }
    }
    SupplyGraph g = graph.build();
    ResumptionReport report = ResumptionAnalysis.of(
            g, RegionTable.bundled().resolveCity(homeCity),
            new AnalysisOptions(coverageThreshold, maxCascadeTiers, keyWeight))
        .analyze();
    for (Blocked b : report.blocked()) {
      if (own.contains(b.enterprise())) {
        out.add(RowFactory.create(BLOCKED, b.enterprise().value(), b.product(), b.coverage(), 0,
            CityRows.seq(values(b.blockingSuppliers()))));
      }
    }
    for (Breakpoint b : report.breakpoints()) {
      if (own.contains(b.enterprise())) {
        out.add(RowFactory.create(BREAKPOINT, b.enterprise().value(), b.product(), 0.0, b.ordinal(),
            CityRows.seq(values(b.stoppedSuppliers()))));
      }
    }
    for (Stalled s : report.stalled()) {
      if (own.contains(s.supplier())) {
        out.add(RowFactory.create(STALLED, s.supplier().value(), s.product(), 0.0, 0,
            CityRows.seq(values(s.customers()))));
      }
    }
    for (Uscc u : own) {
      if (report.tierOf(u).orElse(-1) == 0) {
        out.add(RowFactory.create(CANNOT_PRODUCE, u.value(), "", 0.0, 0, CityRows.seq(List.<String>of())));
      }
    }
  }

  private static List<String> values(List<Uscc> codes) {
    List<String> out = new ArrayList<>(codes.size());
    codes.forEach(c -> out.add(c.value()));
    return out;
  }
}
