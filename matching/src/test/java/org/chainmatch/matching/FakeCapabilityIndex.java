package org.chainmatch.matching;

import java.io.IOException;
import java.util.ArrayList;
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
 * Applies every filter constraint, and counts searches.
 */
class FakeCapabilityIndex implements CapabilityIndex {

  private final Map<Uscc, Enterprise> enterprises = new ConcurrentHashMap<>();
  final AtomicInteger searches = new AtomicInteger();
  final List<CapabilityQuery> queries = java.util.Collections.synchronizedList(new ArrayList<>());

  static FakeCapabilityIndex of(List<Enterprise> all) {
    FakeCapabilityIndex index = new FakeCapabilityIndex();
    all.forEach(index::upsert);
    return index;
  }

  @Override
  public List<Candidate> search(CapabilityQuery query) throws IOException {
    searches.incrementAndGet();
    queries.add(query);
    List<Candidate> found = new ArrayList<>();
    for (Enterprise e : enterprises.values()) {
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
    enterprises.put(enterprise.uscc(), enterprise);
  }

  @Override
  public void delete(Uscc uscc) {
    enterprises.remove(uscc);
  }

  @Override
  public void updateStatus(Uscc uscc, OperatingStatus status) {
    Enterprise e = enterprises.get(uscc);
    if (e == null) {
      throw new IllegalArgumentException("no enterprise " + uscc);
    }
    enterprises.put(uscc, e.withStatus(status));
  }

  @Override
  public void refresh() {}

  @Override
  public void commit() {}

  @Override
  public int size() {
    return enterprises.size();
  }

  @Override
  public void close() {}
}
