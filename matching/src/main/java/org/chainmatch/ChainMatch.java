package org.chainmatch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Offer;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.AnalysisOptions;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.analysis.Stalled;
import org.chainmatch.core.analysis.WhatIf;
import org.chainmatch.core.graph.SupplyGraph;
import org.chainmatch.core.io.Dataset;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.IndexFolder;
import org.chainmatch.index.IndexOptions;
import org.chainmatch.index.LuceneCapabilityIndex;
import org.chainmatch.matching.BatchMatcher;
import org.chainmatch.matching.CustomerBatchMatcher;
import org.chainmatch.matching.CustomerMatcher;
import org.chainmatch.matching.MatchOptions;
import org.chainmatch.matching.MatchResult;
import org.chainmatch.matching.OfferResult;
import org.chainmatch.matching.OpenDemands;
import org.chainmatch.matching.SupplierMatcher;

/**
 * The entry point: one city's enterprises, their supply relations and statuses, kept in step in a
 * capability index and a supply graph, with matching and resumption analysis on top. Outreach to
 * other regions (plans, letters, tracking) is the {@code chainmatch-outreach} module's {@code
 * org.chainmatch.outreach.Outreach}, which takes this engine.
 *
 * <pre>{@code
 * try (ChainMatch engine = ChainMatch.builder()
 *         .homeCity("320500")                       // 苏州市
 *         .enterprises(myEnterprises)
 *         .relations(myRelations)
 *         .build()) {
 *   MatchResult best = engine.match(Demand.of("D1", requester, "急购熔喷布二十吨"));
 *   engine.updateStatus(supplier, OperatingStatus.of(OperatingState.SUSPENDED));
 *   engine.refresh();                               // later searches see the change
 *   ResumptionReport report = engine.analyze();
 * }
 * }</pre>
 *
 * <h2>Threads</h2>
 * Thread-safe. Any number of threads may match and analyse concurrently; updates ({@link
 * #updateStatus}, {@link #upsert}, {@link #remove}) are serialised among themselves and may run
 * while others match. An update becomes visible to matching after {@link #refresh()}; a match
 * always reports each supplier with the status of one consistent index snapshot.
 *
 * <h2>Lifecycle</h2>
 * {@link #close()} releases the index (and, for an index on disk, commits first). Use
 * try-with-resources. With {@link Builder#indexDirectory(Path)} the index persists; {@link
 * #commit()} makes updates durable, and what survives a crash is the last commit. With {@link
 * Builder#index(CapabilityIndex)} the engine uses any other implementation (another backend, a
 * test double); it commits that index on close but leaves closing it to the caller.
 *
 * <h2>Analysis cost</h2>
 * The per-topology preparation of the resumption analysis (linear in relations) is made on the
 * first {@link #analyze()} or {@link #whatIf} and kept while the topology stands: relations are
 * given at build time, status updates keep it, and only {@link #remove} or an {@link #upsert}
 * that adds an enterprise or changes more than its status makes the next call rebuild it. The
 * report of the current statuses is kept until the next update, so several {@link #whatIf} calls
 * between updates analyse the statuses once.
 *
 * <h2>One truth</h2>
 * Every update reaches the index, the graph and the analysis alike: after {@link #remove} the
 * enterprise is in no result, no report and no graph; after {@link #upsert} its new region, key
 * flag and products are what matching (after {@link #refresh()}) and analysis (at once) use.
 *
 * <h2>Nulls, units, errors</h2>
 * No method accepts or returns null. Capacities are percentages 0..100; shares are fractions
 * 0..1; scores are 0..1. Arguments naming unknown enterprises throw {@link
 * IllegalArgumentException} with the code in the message; I/O failures of the index throw {@link
 * IOException}.
 */
public final class ChainMatch implements Closeable {
  private final RegionTable regions;
  private final RegionCode homeCity;
  private final CapabilityIndex index;
  // Commit on close: an index on disk or one the caller gave. Close: only an index the engine made.
  private final boolean commitOnClose;
  private final boolean ownsIndex;
  private final Map<Uscc, Enterprise> directory;
  private final Map<Uscc, OperatingStatus> statusChanges = new HashMap<>();
  private final MatchOptions matchOptions;
  private final AnalysisOptions analysisOptions;
  private final int threads;
  private final boolean reusedIndex;
  private final Object updates = new Object();
  // The topology in use; replaced as a whole, under `updates`, after a structural change.
  private volatile Topology topology;
  // Set by a structural change (an enterprise removed, added, or changed in more than its status);
  // the next reader rebuilds the topology. Written under `updates`.
  private volatile boolean topologyStale;
  // Guarded by `updates`: codes removed and codes added since the topology was built.
  private final Set<Uscc> removedSinceTopology = new HashSet<>();
  private final Set<Uscc> addedSinceTopology = new LinkedHashSet<>();
  // The graph with the current statuses, or null after an update.
  private volatile SupplyGraph currentGraph;
  // The report of currentGraph's statuses, or null; a report whose graph is not currentGraph is stale.
  private volatile ResumptionReport currentReport;
  private volatile boolean closed;

  private ChainMatch(Builder b) throws IOException {
    this.regions = b.regions;
    this.homeCity = regions.resolveCity(b.homeCity);
    this.threads = b.threads;
    this.directory = new ConcurrentHashMap<>(Math.max(16, b.enterprises.size() * 2));
    for (Enterprise e : b.enterprises) {
      checkArgument(directory.put(e.uscc(), e) == null, "enterprise %s is given twice", e.uscc());
    }
    SupplyGraph.Builder graph = SupplyGraph.builder();
    b.enterprises.forEach(graph::addEnterprise);
    b.relations.forEach(graph::addRelation);
    SupplyGraph baseGraph = graph.build();
    this.currentGraph = baseGraph;

    // What this constructor opened, closed again if it fails (e.g. an indexProgress callback
    // throws): an index left open would stay locked for the rest of the JVM. A given index is
    // the caller's and is never closed here.
    LuceneCapabilityIndex[] opened = {null};
    try {
    if (b.index != null) {
      this.index = b.index;
      IndexFolder.addAll(index, b.enterprises, b.indexProgress);
      index.refresh();
      this.reusedIndex = false;
      this.commitOnClose = true;
      this.ownsIndex = false;
    } else if (b.indexDirectory != null) {
      IndexFolder folder =
          IndexFolder.open(b.indexDirectory, b.indexOptions, b.enterprises, b.indexProgress);
      this.index = opened[0] = folder.index();
      this.reusedIndex = folder.reused();
      this.commitOnClose = true;
      this.ownsIndex = true;
    } else {
      LuceneCapabilityIndex memory = opened[0] = LuceneCapabilityIndex.inMemory(b.indexOptions);
      IndexFolder.addAll(memory, b.enterprises, b.indexProgress);
      memory.refresh();
      this.index = memory;
      this.reusedIndex = false;
      this.commitOnClose = false;
      this.ownsIndex = true;
    }

    this.matchOptions = b.matchOptions.withHomeCity(homeCity);
    this.analysisOptions = b.analysisOptions;
    this.topology = topologyOf(baseGraph);
    } catch (IOException | RuntimeException | Error e) {
      if (opened[0] != null) {
        try {
          opened[0].close();
        } catch (IOException | RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /** A builder; {@link Builder#homeCity} is required. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- data

  /** The home city all proximity, scope and outreach decisions are relative to. */
  public RegionCode homeCity() {
    return homeCity;
  }

  /** The division-code table in use. */
  public RegionTable regions() {
    return regions;
  }

  /** The enterprise with this code as last given (with its latest status), if any. */
  public Optional<Enterprise> enterprise(Uscc uscc) {
    return Optional.ofNullable(directory.get(checkNotNull(uscc, "uscc")));
  }

  /** Number of enterprises. */
  public int enterpriseCount() {
    return directory.size();
  }

  /** True when a persisted index was reused as it was instead of being rebuilt (see {@link IndexFolder}). */
  public boolean reusedIndex() {
    return reusedIndex;
  }

  // ---------------------------------------------------------------- updates

  /**
   * Records a new operating status. Matching sees it after {@link #refresh()}; analysis sees it at
   * once.
   *
   * @throws IllegalArgumentException if no enterprise has this code
   */
  public void updateStatus(Uscc uscc, OperatingStatus status) throws IOException {
    checkNotNull(uscc, "uscc");
    checkNotNull(status, "status");
    synchronized (updates) {
      checkOpen();
      Enterprise e = directory.get(uscc);
      checkArgument(e != null, "no enterprise %s", uscc);
      index.updateStatus(uscc, status);
      directory.put(uscc, e.withStatus(status));
      statusChanged(uscc, status);
    }
  }

  /**
   * Adds an enterprise, or replaces the one with the same code, everywhere: matching sees its
   * text and status after {@link #refresh()}; analysis, {@link #graph()} and {@link #enterprise}
   * see it at once (its region, key flag and products included). A new enterprise has no supply
   * relations (relations are given at build time); a replaced one keeps its relations.
   *
   * <p>Cost: a change of status only is as cheap as {@link #updateStatus}; any other change (a new
   * enterprise, another region, name, key flag or products) makes the next analysis or match
   * rebuild the supply graph once, linear in relations; batch such changes before analysing.
   */
  public void upsert(Enterprise enterprise) throws IOException {
    checkNotNull(enterprise, "enterprise");
    synchronized (updates) {
      checkOpen();
      index.upsert(enterprise);
      Enterprise old = directory.put(enterprise.uscc(), enterprise);
      if (old != null && old.withStatus(enterprise.status()).equals(enterprise)) {
        statusChanged(enterprise.uscc(), enterprise.status());
      } else {
        if (old == null) {
          addedSinceTopology.add(enterprise.uscc());
        }
        structureChanged();
      }
    }
  }

  /**
   * Removes an enterprise everywhere, with its supply relations: matching no longer returns it
   * (at once: a removed enterprise is dropped from results even before {@link #refresh()}), and
   * analysis, {@link #graph()} and {@link #enterprise} no longer know it. Upserting it again adds
   * it without those relations. Nothing happens if there is none. Costs the next analysis or
   * match a rebuild of the supply graph, as {@link #upsert} does.
   */
  public void remove(Uscc uscc) throws IOException {
    checkNotNull(uscc, "uscc");
    synchronized (updates) {
      checkOpen();
      index.delete(uscc);
      if (directory.remove(uscc) != null) {
        addedSinceTopology.remove(uscc);
        removedSinceTopology.add(uscc);
        structureChanged();
      }
    }
  }

  // Both under `updates`.
  private void statusChanged(Uscc uscc, OperatingStatus status) {
    if (!topologyStale && topology.graph().contains(uscc)) {
      statusChanges.put(uscc, status);
    }
    // Else a rebuild is pending or the enterprise is new: the rebuild reads the directory.
    currentGraph = null;
  }

  private void structureChanged() {
    topologyStale = true;
    currentGraph = null;
  }

  /** The topology in use, rebuilt first if a structural change is pending. */
  private Topology topology() {
    if (topologyStale) {
      synchronized (updates) {
        rebuildIfStale();
      }
    }
    return topology;
  }

  // Under `updates`. Enterprises keep their order (new ones last), so rankings and analysis
  // lists stay as they were for everything the change did not touch.
  private void rebuildIfStale() {
    if (!topologyStale) {
      return;
    }
    SupplyGraph old = topology.graph();
    SupplyGraph.Builder rebuilt = SupplyGraph.builder();
    for (int id = 0; id < old.enterpriseCount(); id++) {
      Enterprise e = directory.get(old.usccAt(id));
      if (e != null) {
        rebuilt.addEnterprise(e);
      }
    }
    for (Uscc added : addedSinceTopology) {
      if (!old.contains(added)) {
        rebuilt.addEnterprise(directory.get(added));
      }
    }
    for (int edge = 0; edge < old.relationCount(); edge++) {
      SupplyRelation r = old.relationAt(edge);
      if (present(r.supplier()) && present(r.customer())) {
        rebuilt.addRelation(r);
      }
    }
    topology = topologyOf(rebuilt.build());
    addedSinceTopology.clear();
    removedSinceTopology.clear();
    // The directory holds every status, so the new topology starts from them.
    statusChanges.clear();
    currentGraph = topology.graph();
    topologyStale = false;
  }

  // A relation survives a rebuild while both its ends are there and neither was removed since.
  private boolean present(Uscc uscc) {
    return directory.containsKey(uscc) && !removedSinceTopology.contains(uscc);
  }

  private Topology topologyOf(SupplyGraph graph) {
    SupplierMatcher suppliers =
        SupplierMatcher.builder(index)
            .graph(graph)
            .directory(this::enterprise)
            .options(matchOptions)
            .build();
    CustomerMatcher customers =
        CustomerMatcher.builder()
            .graph(graph)
            .directory(this::enterprise)
            .index(index)
            .options(matchOptions)
            .build();
    Supplier<ResumptionAnalysis> analysis =
        Suppliers.memoize(() -> ResumptionAnalysis.of(graph, homeCity, analysisOptions));
    return new Topology(graph, suppliers, customers, analysis);
  }

  /**
   * The supply graph's enterprises and relations with everything built on them: the matchers'
   * relation evidence and the per-topology preparation of the analysis.
   */
  private record Topology(
      SupplyGraph graph,
      SupplierMatcher suppliers,
      CustomerMatcher customers,
      Supplier<ResumptionAnalysis> analysis) {}

  /** Makes all updates so far visible to matching. */
  public void refresh() throws IOException {
    checkOpen();
    index.refresh();
  }

  /** Makes all updates so far durable (for an index on disk) and visible. */
  public void commit() throws IOException {
    checkOpen();
    index.commit();
  }

  // ---------------------------------------------------------------- matching

  /** Ranks suppliers for a demand with the engine's options. */
  public MatchResult match(Demand demand) throws IOException {
    checkOpen();
    return topology().suppliers().match(demand);
  }

  /** Ranks suppliers for a demand with other options (the home city stays the engine's). */
  public MatchResult match(Demand demand, MatchOptions options) throws IOException {
    checkOpen();
    return topology().suppliers().match(demand, options.withHomeCity(homeCity));
  }

  /**
   * Matches many demands on the engine's threads; results reach {@code results} in demand order,
   * on the calling thread, with bounded memory however many demands there are.
   *
   * @return the number of demands matched
   */
  public long matchAll(
      Iterator<Demand> demands, Consumer<? super MatchResult> results, BatchMatcher.Progress progress)
      throws IOException {
    checkOpen();
    return BatchMatcher.of(topology().suppliers()).withThreads(threads).run(demands, results, progress);
  }

  /**
   * Ranks buyers for an offer with the engine's options, with no open demands. See {@link
   * CustomerMatcher} for the evidence and factors.
   *
   * @throws IllegalArgumentException if the offer's supplier is unknown
   */
  public OfferResult findCustomers(Offer offer) throws IOException {
    return findCustomers(offer, OpenDemands.none());
  }

  /**
   * Ranks buyers for an offer with the engine's options; an enterprise with an open demand naming
   * the product counts as a certain buyer.
   *
   * @throws IllegalArgumentException if the offer's supplier is unknown
   */
  public OfferResult findCustomers(Offer offer, OpenDemands openDemands) throws IOException {
    checkOpen();
    return topology().customers().match(offer, openDemands);
  }

  /**
   * Finds buyers for many offers on the engine's threads; results reach {@code results} in offer
   * order, on the calling thread, with bounded memory however many offers there are. The
   * downstream twin of {@link #matchAll}, with the same thread-safety.
   *
   * @return the number of offers matched
   * @throws IllegalArgumentException if an offer's supplier is unknown (the batch stops there)
   */
  public long findCustomersAll(
      Iterator<Offer> offers,
      OpenDemands openDemands,
      Consumer<? super OfferResult> results,
      BatchMatcher.Progress progress)
      throws IOException {
    checkOpen();
    return CustomerBatchMatcher.of(topology().customers())
        .withThreads(threads)
        .withOpenDemands(openDemands)
        .run(offers, results, progress);
  }

  // ---------------------------------------------------------------- analysis

  /**
   * The resumption analysis of the current statuses. The first call prepares the topology (linear
   * in relations); later calls reuse it, and return the same report until the next update.
   */
  public ResumptionReport analyze() {
    checkOpen();
    Topology t;
    SupplyGraph g;
    synchronized (updates) {
      // The graph and the topology it derives from, read together.
      g = graph();
      t = topology;
    }
    ResumptionReport r = currentReport;
    if (r == null || r.graph() != g) {
      // Two threads may both analyse after an update; both reports are equal, either is kept.
      r = t.analysis().get().analyze(g);
      currentReport = r;
    }
    return r;
  }

  /**
   * The effect of changing the given enterprises' statuses, relative to the current statuses; the
   * engine's own statuses are left as they are. Uses the report of {@link #analyze()} (made once
   * per update), so after the first call each scenario costs only what its changes reach; see
   * {@code benchmarks/RESULTS.md} for the figures.
   *
   * @throws IllegalArgumentException if a code is not in the graph
   */
  public WhatIf whatIf(Map<Uscc, OperatingStatus> changes) {
    return analyze().whatIf(changes);
  }

  /** The supply graph with the current statuses. */
  public SupplyGraph graph() {
    SupplyGraph g = currentGraph;
    if (g == null) {
      synchronized (updates) {
        rebuildIfStale();
        g = currentGraph;
        if (g == null) {
          g = topology.graph().withStatuses(Map.copyOf(statusChanges));
          currentGraph = g;
        }
      }
    }
    return g;
  }

  /**
   * The breakpoints of the home city's own enterprises as demands, ready for {@link #matchAll}.
   * Breakpoints of enterprises elsewhere are left out: the city coordinates supply for its own
   * enterprises, and a letter on behalf of another city's enterprise is not its to write.
   */
  public List<Demand> breakpointDemands(ResumptionReport report) {
    List<Demand> out = new ArrayList<>();
    for (var b : report.breakpoints()) {
      Enterprise e = directory.get(b.enterprise());
      if (e != null && e.region().isWithin(homeCity)) {
        out.add(b.toDemand());
      }
    }
    return out;
  }

  /**
   * The stalled suppliers of the home city as offers, one per stalled product, ready for {@link
   * #findCustomersAll}: ids {@code ST-<supplier code>-<n>} (n counting the supplier's stalled
   * products from 1 in product order), the note naming the customers that are not working.
   * Stalled suppliers elsewhere are left out, as for {@link #breakpointDemands}.
   */
  public List<Offer> stalledOffers(ResumptionReport report) {
    List<Offer> out = new ArrayList<>();
    Uscc previous = null;
    int n = 0;
    for (Stalled s : report.stalled()) {
      n = s.supplier().equals(previous) ? n + 1 : 1;
      previous = s.supplier();
      Enterprise e = directory.get(s.supplier());
      if (e != null && e.region().isWithin(homeCity)) {
        String note = "滞销：原有客户均未复工（"
            + String.join("、", s.customers().stream().map(Uscc::value).toList()) + "）";
        out.add(Offer.of("ST-" + s.supplier().value() + "-" + n, s.supplier(), s.product()).withNote(note));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Commits a persisted index, then releases it. Idempotent. */
  @Override
  public void close() throws IOException {
    synchronized (updates) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (commitOnClose) {
          index.commit();
        }
      } finally {
        if (ownsIndex) {
          index.close();
        }
      }
    }
  }

  private void checkOpen() {
    checkState(!closed, "this ChainMatch is closed");
  }

  /** Configures a {@link ChainMatch}; not thread-safe. */
  public static final class Builder {
    private RegionTable regions = RegionTable.bundled();
    private String homeCity;
    private final List<Enterprise> enterprises = new ArrayList<>();
    private final List<SupplyRelation> relations = new ArrayList<>();
    private MatchOptions matchOptions = MatchOptions.defaults();
    private AnalysisOptions analysisOptions = AnalysisOptions.defaults();
    private IndexOptions indexOptions = IndexOptions.defaults();
    private Path indexDirectory;
    private CapabilityIndex index;
    private int threads = Runtime.getRuntime().availableProcessors();
    private LongConsumer indexProgress = n -> {};

    private Builder() {}

    /** The division-code table (default: the bundled edition); the home city is resolved in it. */
    public Builder regions(RegionTable table) {
      this.regions = checkNotNull(table, "regions");
      return this;
    }

    /**
     * The home city by code: a prefecture-level unit (320500), a municipality (110000 or 110100),
     * or a province-administered county-level unit (429004), resolved in the {@link #regions}
     * table by {@link #build()}.
     */
    public Builder homeCity(String code) {
      this.homeCity = checkNotNull(code, "homeCity");
      return this;
    }

    /** The home city (resolved as {@link #homeCity(String)} resolves its code). */
    public Builder homeCity(RegionCode city) {
      return homeCity(checkNotNull(city, "homeCity").code());
    }

    /** Adds enterprises (codes unique across all calls). */
    public Builder enterprises(Collection<Enterprise> values) {
      enterprises.addAll(values);
      return this;
    }

    /** Adds supply relations; both ends must be among the enterprises. */
    public Builder relations(Collection<SupplyRelation> values) {
      relations.addAll(values);
      return this;
    }

    /** Adds the enterprises and relations of a loaded data set. */
    public Builder dataset(Dataset data) {
      return enterprises(data.enterprises()).relations(data.relations());
    }

    /** Matching options (top N, weights, constraints); the home city is always the engine's. */
    public Builder matchOptions(MatchOptions value) {
      this.matchOptions = checkNotNull(value, "matchOptions");
      return this;
    }

    public Builder analysisOptions(AnalysisOptions value) {
      this.analysisOptions = checkNotNull(value, "analysisOptions");
      return this;
    }

    /** Text analysis, synonyms and taxonomy of the capability index. */
    public Builder indexOptions(IndexOptions value) {
      this.indexOptions = checkNotNull(value, "indexOptions");
      return this;
    }

    /**
     * Keeps the capability index in this folder: an index built there from the same enterprises
     * (same codes and texts; statuses may differ) is reused, anything else is rebuilt.
     */
    public Builder indexDirectory(Path dir) {
      this.indexDirectory = checkNotNull(dir, "dir");
      return this;
    }

    /**
     * Matches against this index (any {@link CapabilityIndex} implementation, such as another
     * backend) instead of a Lucene index the engine builds. {@link #build()} upserts the
     * enterprises into it with {@link CapabilityIndex#addAll} and refreshes it; the engine commits
     * it on {@link ChainMatch#close()} but does not close it, which is the caller's to do after the
     * engine is closed. Not together with {@link #indexDirectory}; {@link #indexOptions} do not
     * apply to it (the index brings its own analysis).
     */
    public Builder index(CapabilityIndex value) {
      this.index = checkNotNull(value, "index");
      return this;
    }

    /** Threads for batch matching, 1..256 (default: available processors). */
    public Builder threads(int count) {
      checkArgument(count >= 1 && count <= 256, "threads must be 1..256 but was %s", count);
      this.threads = count;
      return this;
    }

    /** Called with the number of enterprises indexed so far while the index is built. */
    public Builder indexProgress(LongConsumer callback) {
      this.indexProgress = checkNotNull(callback, "callback");
      return this;
    }

    /**
     * Builds the graph and the index.
     *
     * @throws IllegalStateException if no home city was set, or both an index and an index
     *     directory
     * @throws IllegalArgumentException if the home city is not a city of the regions table, on
     *     duplicate enterprises or relations naming unknown ones
     */
    public ChainMatch build() throws IOException {
      checkState(homeCity != null, "homeCity is required");
      checkState(index == null || indexDirectory == null,
          "give either an index or an index directory, not both (index %s, directory %s)", index, indexDirectory);
      return new ChainMatch(this);
    }
  }
}
