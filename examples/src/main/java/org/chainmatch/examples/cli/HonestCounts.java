package org.chainmatch.examples.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.graph.SupplyGraph;

/**
 * The analysis counts said in the units they have: {@code blocked} and {@code breakpoints} count
 * inputs (an enterprise and one product), not enterprises, so beside them go the enterprises they
 * belong to, inside the home city and outside it. Without this, "blocked: 1920" next to
 * "enterprises: 3000" reads as 64% of firms.
 */
final class HonestCounts {
  private HonestCounts() {}

  static void analysis(ResumptionReport report, RegionCode city, Summary summary) {
    SupplyGraph g = report.graph();
    split(summary, "blocked", "input rows (enterprise × product)",
        report.blocked().stream().map(b -> b.enterprise()).toList(), g, city);
    split(summary, "breakpoints", "inputs (enterprise × product) with every supplier stopped",
        report.breakpoints().stream().map(b -> b.enterprise()).toList(), g, city);
    split(summary, "at_risk", "enterprises downstream of a stop",
        report.cascade().stream().map(a -> a.enterprise()).toList(), g, city);
    split(summary, "stalled", "supplier × product rows",
        report.stalled().stream().map(s -> s.supplier()).toList(), g, city);
  }

  /**
   * Adds {@code <key>_enterprises}, {@code _in_city} and {@code _out_of_city} counts of the
   * distinct enterprises of {@code rows}, and a console note.
   */
  private static void split(Summary summary, String key, String unit, List<Uscc> rows,
      SupplyGraph g, RegionCode city) {
    Set<Uscc> distinct = new HashSet<>(rows);
    Function<Uscc, Boolean> inCity = u -> g.enterprise(u).map(e -> e.region().isWithin(city)).orElse(false);
    long in = distinct.stream().filter(inCity::apply).count();
    String base = key.equals("at_risk") ? key : key + "_enterprises";
    if (!key.equals("at_risk")) {
      summary.count(base, distinct.size());
    }
    summary.count(base + "_in_city", in);
    summary.count(base + "_out_of_city", distinct.size() - in);
    summary.note(key, unit + " of " + distinct.size() + " enterprises: " + in + " in "
        + city.name() + ", " + (distinct.size() - in) + " elsewhere");
  }
}
