package org.chainmatch.core.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;

/**
 * The three contract files loaded together, with referential checks: a relation's ends and a
 * demand's requester must be enterprises of the enterprises file.
 *
 * @param enterprises in file order
 * @param relations in file order; empty when no relations file was given
 * @param demands in file order; empty when no demands file was given
 * @param reports one per file read, in the order enterprises, relations, demands
 */
public record Dataset(
    List<Enterprise> enterprises,
    List<SupplyRelation> relations,
    List<Demand> demands,
    List<LoadReport> reports) {

  /** Copies the lists. */
  public Dataset {
    enterprises = ImmutableList.copyOf(enterprises);
    relations = ImmutableList.copyOf(relations);
    demands = ImmutableList.copyOf(demands);
    reports = ImmutableList.copyOf(reports);
  }

  /**
   * Loads the files; {@code relationsFile} and {@code demandsFile} may be null.
   *
   * @throws InputRejectedException when a file is rejected (see {@link LoadOptions#lenient()})
   */
  public static Dataset load(
      Path enterprisesFile, Path relationsFile, Path demandsFile, LoadOptions options)
      throws IOException, InputRejectedException {
    List<Enterprise> enterprises = new ArrayList<>();
    List<LoadReport> reports = new ArrayList<>(3);
    reports.add(EnterpriseCsv.read(enterprisesFile, options, enterprises::add));
    List<Uscc> known = new ArrayList<>(enterprises.size());
    enterprises.forEach(e -> known.add(e.uscc()));
    UsccTable codes = UsccTable.of(known);
    List<SupplyRelation> relations = new ArrayList<>();
    if (relationsFile != null) {
      reports.add(RelationCsv.read(relationsFile, options, codes, relations::add));
    }
    List<Demand> demands = new ArrayList<>();
    if (demandsFile != null) {
      reports.add(DemandCsv.read(demandsFile, options, codes, demands::add));
    }
    return new Dataset(enterprises, relations, demands, reports);
  }

  /** Every rejected row of every file, in file order (at most the options' limit per file). */
  public List<InputProblem> rejections() {
    List<InputProblem> all = new ArrayList<>();
    reports.forEach(r -> all.addAll(r.rejections()));
    return all;
  }

  /** Every warning of every file. */
  public List<InputProblem> warnings() {
    List<InputProblem> all = new ArrayList<>();
    reports.forEach(r -> all.addAll(r.warnings()));
    return all;
  }
}
