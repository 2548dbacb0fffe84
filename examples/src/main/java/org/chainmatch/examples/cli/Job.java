package org.chainmatch.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.chainmatch.ChainMatch;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.AnalysisTables;
import org.chainmatch.core.analysis.Breakpoint;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.WhatIf;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.core.io.InputRejectedException;
import org.chainmatch.core.io.OfferCsv;
import org.chainmatch.core.io.LoadReport;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.ProductSynonyms;
import org.chainmatch.index.ProductTaxonomy;
import org.chainmatch.index.ProductVocabulary;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.Match;
import org.chainmatch.matching.MatchedProduct;
import org.chainmatch.matching.OfferResult;
import org.chainmatch.matching.OpenDemands;
import org.chainmatch.outreach.LetterFolder;
import org.chainmatch.outreach.LetterTemplate;
import org.chainmatch.outreach.Outreach;
import org.chainmatch.outreach.OutreachLetter;
import org.chainmatch.outreach.OutreachCsv;
import org.chainmatch.outreach.OutreachJson;
import org.chainmatch.outreach.OutreachPlan;
import org.chainmatch.outreach.OutreachRequest;
import org.chainmatch.outreach.OutreachStore;
import org.chainmatch.office.OfficeTables;
import org.chainmatch.office.letter.DocxLetters;

/**
 * The steps the commands share: resolve the city, load and check every input before writing
 * anything, build the engine, match, analyse, plan outreach, write the contract's outputs.
 */
final class Job {
  final Summary summary = new Summary();
  final PrintStream err = System.err;
  RegionCode city;
  Dataset data;
  /** Offers read besides the data set (the customers and run commands), in file order. */
  List<Offer> offers = List.of();
  ChainMatch engine;
  /** Plans and letters for {@link #engine}'s home city, with {@link #letterTemplate}. */
  Outreach outreach;
  OutputFolder out;
  /** What report.html shows, gathered as the steps run. */
  final ReportFile page = new ReportFile();
  OutreachStore tracking;

  /** What report.xlsx shows, gathered as the steps run. */
  final WorkbookFile workbook = new WorkbookFile();
  /** How letters are written; null for the library's default. */
  LetterTemplate letterTemplate;

  /** Resolves --city; a wrong code is a usage error. */
  void city(String code) {
    try {
      city = RegionTable.bundled().resolveCity(code);
    } catch (IllegalArgumentException e) {
      throw new ChainmatchCli.UsageException("--city " + code + ": " + e.getMessage());
    }
    summary.config("city", city.code() + " " + city.fullName());
  }

  /** Loads the inputs; throws (and nothing is written) when strict loading rejects a file. */
  void load(InputFiles in) throws IOException, InputRejectedException {
    try (Progress p = Progress.start("loading", -1)) {
      data = Dataset.load(in.enterprises, in.relations, in.demands, in.loadOptions());
    }
    summary.config("lenient", in.lenient);
    summary.config("enterprises_file", in.enterprises);
    summary.config("relations_file", in.relations);
    summary.config("demands_file", in.demands);
    summary.count("enterprises", data.enterprises().size());
    long inCity = data.enterprises().stream().filter(e -> e.region().isWithin(city)).count();
    summary.count("enterprises_in_city", inCity);
    summary.count("enterprises_out_of_city", data.enterprises().size() - inCity);
    summary.note("enterprises", inCity + " in " + city.name() + ", "
        + (data.enterprises().size() - inCity) + " elsewhere");
    summary.count("relations", data.relations().size());
    countProblems();
    summary.phase("load");
  }

  /** Counts rejected rows and warnings of every file read, and shows the first warnings. */
  private void countProblems() {
    long rejected = 0;
    long warnings = 0;
    for (LoadReport r : data.reports()) {
      rejected += r.rejectedRows();
      warnings += r.warnings().size();
    }
    summary.count("rejected_rows", rejected);
    summary.count("warnings", warnings);
    for (var w : data.warnings().subList(0, Math.min(20, data.warnings().size()))) {
      err.println("warning: " + w);
    }
    if (data.warnings().size() > 20) {
      err.println("warning: … " + (data.warnings().size() - 20) + " more");
    }
  }

  /**
   * Reads offers.csv with the same options as the other inputs, after {@link #load}; its rejected
   * rows and warnings join theirs (rejects.csv, the summary counts).
   */
  void loadOffers(Path file, InputFiles in) throws IOException, InputRejectedException {
    List<Offer> read = new ArrayList<>();
    LoadReport report = OfferCsv.read(file, in.loadOptions(), OfferInput.codes(data.enterprises()), read::add);
    List<LoadReport> reports = new ArrayList<>(data.reports());
    reports.add(report);
    data = new Dataset(data.enterprises(), data.relations(), data.demands(), reports);
    offers = read;
    summary.config("offers_file", file);
    summary.count("offers", offers.size());
    countProblems();
    summary.phase("load_offers");
  }

  /** Creates the output folder; called only once all input is accepted. */
  void open(Path dir, boolean lenient) throws IOException {
    out = OutputFolder.create(dir);
    if (lenient) {
      out.writeRejects(data.rejections());
      summary.file("rejects", out.file("rejects.csv"));
    }
  }

  void engine(MatchOptions matchOptions, Path synonyms, Path taxonomy, ProductVocabulary vocabulary,
      Path indexDir, int threads) throws IOException {
    IndexOptions indexOptions = IndexOptions.defaults().withVocabulary(vocabulary);
    if (synonyms != null) {
      indexOptions = indexOptions.withSynonyms(
          ChainmatchCli.RejectedFile.read(synonyms, ProductSynonyms::load));
    }
    if (taxonomy != null) {
      indexOptions = indexOptions.withTaxonomy(
          ChainmatchCli.RejectedFile.read(taxonomy, ProductTaxonomy::load));
    }
    summary.config("synonyms", synonyms);
    summary.config("taxonomy", taxonomy);
    summary.config("vocabulary", vocabulary.edition());
    summary.config("index", indexDir);
    summary.config("threads", threads);
    summary.config("top", matchOptions.topK());
    ChainMatch.Builder b = ChainMatch.builder().homeCity(city).dataset(data)
        .matchOptions(matchOptions).indexOptions(indexOptions).threads(threads);
    if (indexDir != null) {
      IndexCommand.checkIndexFolder(indexDir);
      b.indexDirectory(indexDir);
    }
    try (Progress p = Progress.start("indexing", data.enterprises().size())) {
      engine = b.indexProgress(p::stepTo).build();
    }
    Outreach.Builder letters = Outreach.builder(engine);
    if (letterTemplate != null) {
      letters.letterTemplate(letterTemplate);
    }
    outreach = letters.build();
    // The engine holds the graph now; the relation records (several hundred MB for a city of a
    // million enterprises) are not needed any more.
    data = new Dataset(data.enterprises(), List.of(), data.demands(), data.reports());
    if (indexDir != null) {
      summary.count("index_reused", engine.reusedIndex());
    }
    summary.phase("index");
  }

  /**
   * Analyses the statuses and writes the five tables (stalled.csv and at-risk.csv have one row
   * per enterprise the {@code stalled} and {@code at_risk} counts count). Without an engine (the analyze command,
   * which matches nothing) the graph is built from the loaded data and no index is built.
   */
  ResumptionReport analyze() throws IOException {
    ResumptionReport report =
        engine != null
            ? engine.analyze()
            : ResumptionAnalysis.of(SupplyGraph.of(data.enterprises(), data.relations()), city)
                .analyze();
    AnalysisTables.write(report, out.dir());
    for (String f : List.of(
        "breakpoints.csv", "blocked.csv", "priorities.csv", "stalled.csv", "at-risk.csv")) {
      out.published(out.file(f));
    }
    summary.count("blocked", report.blockedCount());
    summary.count("breakpoints", report.breakpointCount());
    summary.count("at_risk", report.atRiskCount());
    summary.count("stalled", report.stalled().size());
    HonestCounts.analysis(report, city, summary);
    summary.phase("analyze");
    page.report = report;
    workbook.report = report;
    return report;
  }

  /** Writes what-if.csv: what the status changes would flip relative to {@code report}. */
  void whatIf(ResumptionReport report, Map<Uscc, OperatingStatus> changes) throws IOException {
    WhatIf effect = report.whatIf(changes);
    AnalysisTables.writeWhatIf(report, effect, out.dir());
    out.published(out.file("what-if.csv"));
    summary.count("what_if_changed_enterprises", changes.size());
    summary.count("what_if_blocked_delta", effect.blockedDelta());
    summary.count("what_if_breakpoint_delta", effect.breakpointDelta());
    summary.count("what_if_at_risk_delta", effect.atRiskDelta());
    summary.phase("what_if");
    page.whatIf(effect, changes.size());
  }

  /** Matches the demands, streaming matches.csv; returns the results for outreach planning. */
  List<MatchResult> match(List<Demand> demands) throws IOException {
    List<MatchResult> results = new ArrayList<>(demands.size());
    Path file = out.file("matches.csv");
    try (RankedCsv csv = new RankedCsv(file, RankedCsv.MATCHES_HEADER, city);
        Progress p = Progress.start("matching", demands.size())) {
      Iterator<Demand> it = demands.iterator();
      engine.matchAll(it, r -> {
        try {
          csv.write(r.demand().id(), r.understood(), r.matches(),
              m -> MatchedProduct.of(r.understood(), m.enterprise()));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        results.add(r);
      }, p::stepTo);
      csv.commit();
      out.published(file);
      summary.count("demands", demands.size());
      summary.count("matched", csv.withAny());
      summary.count("unmatched", csv.withNone());
      summary.count("in_city", csv.inCity());
      summary.count("out_of_city", csv.outOfCity());
      summary.count("match_rows", csv.rows());
    }
    summary.phase("match");
    workbook.results = results;
    return results;
  }

  /**
   * Ranks buyers for the offers, streaming customers.csv; returns the results for outreach.
   */
  List<OfferResult> customers(List<Offer> toPlace, OpenDemands open) throws IOException {
    List<OfferResult> results = new ArrayList<>(toPlace.size());
    Path file = out.file("customers.csv");
    try (RankedCsv csv = new RankedCsv(file, RankedCsv.CUSTOMERS_HEADER, city);
        Progress p = Progress.start("buyers", toPlace.size())) {
      engine.findCustomersAll(toPlace.iterator(), open, r -> {
        try {
          csv.write(r.offer().id(), r.understood(), r.matches(), Match::matchedProduct);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        results.add(r);
      }, p::stepTo);
      csv.commit();
      out.published(file);
      summary.count("offers_with_buyers", csv.withAny());
      summary.count("offers_without_buyers", csv.withNone());
      summary.count("offers_best_buyer_in_city", csv.inCity());
      summary.count("offers_best_buyer_out_of_city", csv.outOfCity());
      summary.count("customer_rows", csv.rows());
    }
    summary.phase("customers");
    return results;
  }

  /**
   * Opens the tracking store before anything is written, so that a store that is corrupt (input
   * rejected, left untouched) or held by another process longer than {@code wait} stops the job
   * before it has written a file. Held until {@link #finish}.
   */
  void store(Path store, Path outDir, java.time.Duration wait) throws IOException {
    Path file = store != null ? store : outDir.resolve("outreach-store.json");
    try {
      tracking = OutreachStore.open(file, java.time.Clock.systemUTC(), wait);
    } catch (IllegalStateException busy) {
      throw new ChainmatchCli.Failure(busy.getMessage()
          + "; another chainmatch process is using it: retry when it has finished");
    }
    for (String d : tracking.discarded()) {
      err.println("warning: outreach store: " + d);
    }
  }

  /**
   * Plans outreach, tracks the requests in the store opened by {@link #store} (a request planned
   * before with the same items keeps its id, any other gets a new one, see {@link
   * OutreachStore#track}), then writes outreach.csv, outreach.json and the letters under the
   * tracked ids.
   */
  void outreach(List<MatchResult> results, Map<String, Double> unblocks, LocalDate today)
      throws IOException {
    outreach(results, List.of(), unblocks, today);
  }

  /**
   * A letter speaks for the home city: a requester outside it is named with its own place, never
   * as one of 我市's enterprises (LetterTemplate). Such a requester is still worth a warning, as it
   * usually means a demand was filed under the wrong city; counted as out_of_city_requesters.
   */
  private void warnAboutOutOfCityRequesters(OutreachPlan plan) {
    Map<String, String> outside = new java.util.TreeMap<>();
    for (OutreachRequest r : plan.requests()) {
      for (var item : r.items()) {
        for (var need : item.needs()) {
          if (!need.requester().region().isWithin(city)) {
            outside.put(need.requester().uscc().value(), need.requester().name());
          }
        }
      }
    }
    summary.count("out_of_city_requesters", outside.size());
    outside.forEach((code, name) -> err.println("warning: requester " + code + " " + name
        + " 不是本市企业 (not in the home city): letters name it with its own place, not as 我市's"));
  }

  /** As {@link #outreach(List, Map, LocalDate)}, for demands and offers together. */
  void outreach(
      List<MatchResult> results, List<OfferResult> offerResults, Map<String, Double> unblocks,
      LocalDate today) throws IOException {
    OutreachPlan planned = outreach.plan(results, offerResults, unblocks, today);
    int before = tracking.all().size();
    List<OutreachRequest> requests = new ArrayList<>(planned.requests().size());
    for (OutreachRequest r : planned.requests()) {
      String id = tracking.track(r, "chainmatch").id();
      requests.add(id.equals(r.id()) ? r : r.withId(id));
    }
    int added = tracking.all().size() - before;
    OutreachPlan plan = new OutreachPlan(requests, planned.unreachable());
    warnAboutOutOfCityRequesters(plan);
    workbook.requests = plan.requests();
    Path csv = out.file("outreach.csv");
    long rows = OutreachCsv.write(csv, plan.requests());
    out.published(csv);
    Path json = out.file("outreach.json");
    OutreachJson.write(json, plan.requests());
    out.published(json);
    List<OutreachLetter> rendered = outreach.letters(plan);
    List<Path> letters = LetterFolder.write(out.file("letters"), rendered);
    letters.forEach(out::published);
    page.tracked = tracking.all();
    if (added > 0) { // the store is written only when a request is added
      out.listed(tracking.file());
    }
    DocxLetters.write(out.file("letters"), rendered).forEach(out::published);
    summary.count("outreach_requests", plan.requests().size());
    summary.count("outreach_items", plan.requests().stream().mapToInt(r -> r.items().size()).sum());
    summary.count("outreach_take_items", plan.requests().stream().flatMap(r -> r.items().stream())
        .filter(i -> i.reason() == org.chainmatch.outreach.OutreachReason.TAKE).count());
    summary.count("outreach_rows", rows);
    summary.count("letters", letters.size());
    summary.count("unreachable_demands", plan.unreachable().size());
    writeUnreachable(results, plan.unreachable());
    summary.count("tracked_new", added);
    summary.config("today", today);
    summary.config("store", tracking.file());
    summary.phase("outreach");
  }

  /**
   * How much meeting each breakpoint's demand unblocks: the enterprise itself plus its direct
   * customers, which wait on its output.
   */
  Map<String, Double> unblocks(ResumptionReport report) {
    Map<String, Double> weights = new HashMap<>();
    for (Breakpoint b : report.breakpoints()) {
      weights.put(b.demandId(), 1.0 + engine.graph().customersOf(b.enterprise()).size());
    }
    return weights;
  }

  void finish() throws IOException {
    if (engine != null) {
      engine.close();
    }
    if (tracking != null) {
      tracking.close();
    }
    page.write(out, summary);
    ResumptionReport analysed = workbook.report;
    workbook.write(out, summary, city, u -> engine != null ? engine.enterprise(u)
        : analysed != null ? analysed.graph().enterprise(u) : java.util.Optional.empty());
    summary.write(out);
    out.close();
    summary.print(System.out, out);
  }

  /**
   * unreachable.csv: the demands that need outreach but have no supplier outside the city among
   * their matches, so no letter asks for them; someone has to look for a supplier by hand.
   */
  private void writeUnreachable(List<MatchResult> results, List<String> ids) throws IOException {
    java.util.Set<String> wanted = new java.util.HashSet<>(ids);
    Path file = out.file("unreachable.csv");
    try (var w = org.chainmatch.core.io.TableWriter.create(file,
        List.of("demand_id", "requester", "requester_name", "product", "understood", "matches"))) {
      for (MatchResult r : results) {
        if (wanted.contains(r.demand().id())) {
          w.row(List.of(r.demand().id(), r.demand().requester().value(),
              engine.enterprise(r.demand().requester()).map(e -> e.name()).orElse(""),
              r.demand().product(), r.understood(), r.matches().size()));
        }
      }
      w.commit();
    }
    out.published(file);
  }
}
