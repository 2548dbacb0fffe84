package org.chainmatch.testkit.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.Uscc;
import org.chainmatch.index.Candidate;
import org.chainmatch.index.CandidateFilter;
import org.chainmatch.index.CapabilityIndex;
import org.chainmatch.index.CapabilityQuery;

/**
 * A capability index for tests whose relevance is easy to work out by hand: 1.0 when a product
 * equals the query, 0.8 when a product contains it, 0.5 when only the scope does, else not found.
 * Ties go to the smaller code. Applies every filter constraint, and counts searches.
 *
 * <p>It honours the {@link CapabilityIndex} contract as the Lucene index does: changes go to a
 * pending map and become visible to searches only after {@link #refresh()} (or {@link #commit()}),
 * which publishes an immutable snapshot. Thread-safe; a search is a linear scan of the snapshot.
 */
public class FakeCapabilityIndex implements CapabilityIndex {

  private final Map<Uscc, Enterprise> pending = new ConcurrentHashMap<>();
  private volatile Map<Uscc, Enterprise> visible = Map.of();
  private final AtomicInteger searches = new AtomicInteger();
  private final List<CapabilityQuery> queries = Collections.synchronizedList(new ArrayList<>());

  /** An empty index. */
  public FakeCapabilityIndex() {}

  /** An index holding {@code all}, refreshed so that searches see them. */
  public static FakeCapabilityIndex of(List<Enterprise> all) {
    FakeCapabilityIndex index = new FakeCapabilityIndex();
    all.forEach(index::upsert);
    index.refresh();
    return index;
  }

  /** How many searches were made so far. */
  public int searchCount() {
    return searches.get();
  }

  /** The queries searched so far, oldest first (a copy). */
  public List<CapabilityQuery> queries() {
    synchronized (queries) {
      return List.copyOf(queries);
    }
  }

  @Override
  public List<Candidate> search(CapabilityQuery query) throws IOException {
    searches.incrementAndGet();
    queries.add(query);
    List<Candidate> found = new ArrayList<>();
    for (Enterprise e : visible.values()) {
      double relevance = relevance(e, query.text());
      if (relevance > 0 && accepts(query.filter(), e)) {
        found.add(new Candidate(e.uscc(), relevance, e.status(), List.of()));
      }
    }
    found.sort(Comparator.comparingDouble(Candidate::relevance).reversed()
        .thenComparing(c -> c.uscc().value()));
    return List.copyOf(found.subList(0, Math.min(found.size(), query.topK())));
  }

  private static double relevance(Enterprise e, String text) {
    if (e.products().contains(text)) {
      return 1.0;
    }
    if (e.products().stream().anyMatch(p -> p.contains(text))) {
      return 0.8;
    }
    return e.scope().contains(text) ? 0.5 : 0;
  }

  private static boolean accepts(CandidateFilter f, Enterprise e) {
    boolean inArea = f.area().map(a -> e.region().isWithin(a)).orElse(true);
    boolean region = switch (f.scope()) {
      case ANYWHERE -> true;
      case INSIDE -> inArea;
      case OUTSIDE -> !inArea;
    };
    return region
        && f.states().contains(e.status().state())
        && e.status().effectiveCapacity() >= f.minCapacity()
        && f.industryPrefix().map(p -> e.industries().stream().anyMatch(c -> c.isWithin(p))).orElse(true)
        && !f.excluded().contains(e.uscc());
  }

  @Override
  public void upsert(Enterprise enterprise) {
    pending.put(enterprise.uscc(), enterprise);
  }

  @Override
  public void delete(Uscc uscc) {
    pending.remove(uscc);
  }

  @Override
  public void updateStatus(Uscc uscc, OperatingStatus status) {
    Enterprise updated = pending.computeIfPresent(uscc, (u, e) -> e.withStatus(status));
    if (updated == null) {
      throw new IllegalArgumentException("no enterprise " + uscc);
    }
  }

  @Override
  public synchronized void refresh() {
    visible = Map.copyOf(pending);
  }

  @Override
  public void commit() {
    refresh();
  }

  @Override
  public int size() {
    return visible.size();
  }

  @Override
  public void close() {}
}
