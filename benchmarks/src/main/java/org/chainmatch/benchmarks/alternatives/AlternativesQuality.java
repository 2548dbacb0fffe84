package org.chainmatch.benchmarks.alternatives;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.UsccPolicy;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.LoadOptions;

/**
 * How many of the suppliers a person judged relevant each {@link Alternative} puts in its top 10,
 * on the labelled evaluation set, so that speed and quality are read together.
 *
 * <p>The evaluation folder holds {@code enterprises.csv} and {@code demands.csv} (contract
 * formats) and {@code qrels.csv} with columns {@code demand_id,uscc,grade}; a supplier with grade
 * 1 or more is relevant. Only demands with at least one relevant supplier are scored (recall is
 * undefined for the others). Every search gets the same demands (the alternatives read their
 * product text exactly as written).
 *
 * <p>Run as {@code AlternativesQuality [evaluation-folder]} (default {@code evaluation}); prints a
 * Markdown section.
 */
public final class AlternativesQuality {
  /** Candidates looked at per demand. */
  static final int K = 10;

  private AlternativesQuality() {}

  /**
   * One search's quality over the scored demands.
   *
   * @param search the search's {@linkplain SupplierSearch#name() name}
   * @param demands number of demands scored
   * @param meanRelevantFound mean number of relevant suppliers in the top {@value #K}
   * @param recall mean over demands of (relevant in top {@value #K}) / (all relevant)
   */
  record Quality(String search, int demands, double meanRelevantFound, double recall) {}

  /**
   * Scores {@code search} on the demands that have relevant suppliers in {@code relevant}.
   *
   * @param relevant USCC values of the relevant suppliers, by demand id
   */
  static Quality evaluate(
      SupplierSearch search, List<Demand> demands, Map<String, Set<String>> relevant)
      throws IOException {
    int scored = 0;
    long found = 0;
    double recall = 0;
    for (Demand demand : demands) {
      Set<String> wanted = relevant.getOrDefault(demand.id(), Set.of());
      if (wanted.isEmpty()) {
        continue;
      }
      int hits = 0;
      for (Uscc supplier : search.top(demand, K)) {
        if (wanted.contains(supplier.value())) {
          hits++;
        }
      }
      scored++;
      found += hits;
      recall += (double) hits / wanted.size();
    }
    return scored == 0
        ? new Quality(search.name(), 0, Double.NaN, Double.NaN)
        : new Quality(search.name(), scored, (double) found / scored, recall / scored);
  }

  /**
   * Reads {@code qrels.csv}: the relevant suppliers (grade at least 1) by demand id.
   *
   * @throws IOException if the file cannot be read or a grade is not an integer
   */
  static Map<String, Set<String>> readRelevant(Path qrels) throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get();
    try (Reader in = Files.newBufferedReader(qrels, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        int grade;
        try {
          grade = Integer.parseInt(row.get("grade"));
        } catch (NumberFormatException e) {
          throw new IOException(qrels + " line " + (row.getRecordNumber() + 1)
              + ": grade \"" + row.get("grade") + "\" is not an integer", e);
        }
        if (grade >= 1) {
          relevant.computeIfAbsent(row.get("demand_id"), id -> new HashSet<>())
              .add(row.get("uscc").toUpperCase(Locale.ROOT));
        }
      }
    }
    ImmutableMap.Builder<String, Set<String>> copy = ImmutableMap.builder();
    relevant.forEach((id, codes) -> copy.put(id, ImmutableSet.copyOf(codes)));
    return copy.build();
  }

  /** The Markdown section for a list of qualities. */
  static String render(List<Quality> qualities, Path folder) {
    StringBuilder out = new StringBuilder();
    out.append("## Quality on the evaluation set\n\n");
    out.append("From `").append(folder).append("`; relevant = grade ≥ 1; Recall@").append(K)
        .append(" = relevant in the top ").append(K).append(" / all relevant, averaged over "
            + "demands that have relevant suppliers.\n\n");
    out.append("| Search | Demands scored | Relevant in top ").append(K)
        .append(" (mean) | Recall@").append(K).append(" |\n|---|---:|---:|---:|\n");
    for (Quality q : qualities) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.3f |%n",
          q.search(), q.demands(), q.meanRelevantFound(), q.recall()));
    }
    return out.toString();
  }

  /** {@code AlternativesQuality [evaluation-folder]}. */
  public static void main(String[] args) throws IOException, InputRejectedException {
    checkArgument(args.length <= 1, "usage: AlternativesQuality [evaluation-folder]");
    Path folder = Path.of(args.length == 1 ? args[0] : "evaluation");
    Path qrels = folder.resolve("qrels.csv");
    if (!Files.isRegularFile(qrels)) {
      System.err.println("no evaluation set: " + qrels + " is missing");
      System.exit(3);
    }
    // Lenient so that one odd row in a hand-labelled file does not hide every figure; the rows
    // skipped are reported below the table.
    Dataset data = Dataset.load(folder.resolve("enterprises.csv"), null,
        folder.resolve("demands.csv"),
        LoadOptions.lenientDefaults().withUsccPolicy(UsccPolicy.ACCEPT_IRREGULAR_CHECK));
    Map<String, Set<String>> relevant = readRelevant(qrels);
    List<Quality> qualities = new ArrayList<>();
    for (Alternative alternative : Alternative.values()) {
      try (SupplierSearch search = alternative.open(data)) {
        qualities.add(evaluate(search, data.demands(), relevant));
      }
    }
    System.out.print(render(qualities, folder));
    if (!data.rejections().isEmpty()) {
      System.out.printf("%n%d evaluation rows were skipped as invalid; first: %s%n",
          data.rejections().size(), data.rejections().get(0));
    }
  }
}
