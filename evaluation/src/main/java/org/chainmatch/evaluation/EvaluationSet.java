package org.chainmatch.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;
import org.chainmatch.index.ProductSynonyms;
import org.chainmatch.index.ProductTaxonomy;

/**
 * A labelled evaluation set read from a folder: {@code enterprises.csv} and {@code demands.csv}
 * in the data contract, {@code qrels.csv} ({@code demand_id,uscc,grade}), optional {@code
 * cases.csv} ({@code demand_id,kind,comment}), optional {@code synonyms.txt} (Solr format) and
 * {@code taxonomy.csv} ({@code product,broader}).
 *
 * @param enterprises the enterprises to index
 * @param cases one per demand that has at least one judgment, in demands.csv order
 * @param synonyms the set's synonyms, if it has any
 * @param taxonomy the set's taxonomy, if it has one
 */
public record EvaluationSet(
    List<Enterprise> enterprises,
    List<EvaluationCase> cases,
    Optional<ProductSynonyms> synonyms,
    Optional<ProductTaxonomy> taxonomy) {

  /** Copies the lists. */
  public EvaluationSet {
    enterprises = ImmutableList.copyOf(enterprises);
    cases = ImmutableList.copyOf(cases);
  }

  /**
   * Loads a folder.
   *
   * @throws InputRejectedException if a contract file has a bad row
   * @throws IllegalArgumentException naming the file and line if qrels.csv or cases.csv is bad
   */
  public static EvaluationSet load(Path folder) throws IOException, InputRejectedException {
    Dataset data = Dataset.load(
        folder.resolve("enterprises.csv"), null, folder.resolve("demands.csv"), LoadOptions.strict());
    Map<String, Map<Uscc, Integer>> qrels = new HashMap<>();
    for (CSVRecord row : rows(folder.resolve("qrels.csv"))) {
      String where = "qrels.csv line " + (row.getRecordNumber() + 1);
      checkArgument(row.isSet("demand_id") && row.isSet("uscc") && row.isSet("grade"),
          "%s: need demand_id, uscc and grade", where);
      int grade;
      try {
        grade = Integer.parseInt(row.get("grade"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": grade \"" + row.get("grade") + "\" is not a number", e);
      }
      qrels.computeIfAbsent(row.get("demand_id"), id -> new LinkedHashMap<>())
          .put(Uscc.parse(row.get("uscc"), UsccPolicy.ACCEPT_IRREGULAR_CHECK), grade);
    }
    Map<String, String[]> kinds = new HashMap<>();
    Path casesFile = folder.resolve("cases.csv");
    if (Files.exists(casesFile)) {
      for (CSVRecord row : rows(casesFile)) {
        kinds.put(row.get("demand_id"), new String[] {
            row.get("kind"), row.isSet("comment") ? row.get("comment") : ""});
      }
    }
    ImmutableList.Builder<EvaluationCase> cases = ImmutableList.builder();
    for (Demand d : data.demands()) {
      Map<Uscc, Integer> grades = qrels.get(d.id());
      if (grades != null) {
        String[] kind = kinds.getOrDefault(d.id(), new String[] {"unlabelled", ""});
        cases.add(new EvaluationCase(d, kind[0], kind[1], new Judgments(grades)));
      }
    }
    Path synonymsFile = folder.resolve("synonyms.txt");
    Path taxonomyFile = folder.resolve("taxonomy.csv");
    return new EvaluationSet(
        data.enterprises(),
        cases.build(),
        Files.exists(synonymsFile) ? Optional.of(ProductSynonyms.load(synonymsFile)) : Optional.empty(),
        Files.exists(taxonomyFile) ? Optional.of(ProductTaxonomy.load(taxonomyFile)) : Optional.empty());
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return format.parse(in).getRecords();
    }
  }
}
