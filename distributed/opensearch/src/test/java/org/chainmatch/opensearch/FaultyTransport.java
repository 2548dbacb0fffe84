package org.chainmatch.opensearch;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;

/**
 * A transport in front of a real one that injects the faults a busy cluster shows: bulk items
 * rejected with 429 (really not applied: they are taken out of the request sent), bulk requests
 * that time out after the cluster applied them (the client never hears back), and searches that
 * time out.
 */
final class FaultyTransport implements OpenSearchTransport {
  private final OpenSearchTransport real;
  /** Which bulk items (by position) to reject, per bulk attempt number. */
  volatile RejectRule reject = (attempt, item) -> false;
  final AtomicInteger bulkAttempts = new AtomicInteger();
  final AtomicInteger rejectedItems = new AtomicInteger();
  /** Bulk requests to apply and then fail with a timeout. */
  final AtomicInteger bulkTimeoutsLeft = new AtomicInteger();
  /** Searches to fail with a timeout. */
  final AtomicInteger searchTimeoutsLeft = new AtomicInteger();

  @FunctionalInterface
  interface RejectRule {
    boolean rejects(int attempt, BulkOperation operation);
  }

  FaultyTransport(OpenSearchTransport real) {
    this.real = real;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <RequestT, ResponseT, ErrorT> ResponseT performRequest(
      RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options)
      throws IOException {
    if (request instanceof SearchRequest && searchTimeoutsLeft.getAndDecrement() > 0) {
      throw new SocketTimeoutException("injected: search timed out");
    }
    if (!(request instanceof BulkRequest bulk)) {
      return real.performRequest(request, endpoint, options);
    }
    int attempt = bulkAttempts.incrementAndGet();
    List<BulkOperation> kept = new ArrayList<>();
    List<Integer> rejected = new ArrayList<>();
    List<BulkOperation> all = bulk.operations();
    for (int i = 0; i < all.size(); i++) {
      if (reject.rejects(attempt, all.get(i))) {
        rejected.add(i);
      } else {
        kept.add(all.get(i));
      }
    }
    List<BulkResponseItem> keptItems = kept.isEmpty()
        ? List.of()
        : ((BulkResponse) real.performRequest((RequestT) BulkRequest.of(b -> b.operations(kept)), endpoint, options)).items();
    if (bulkTimeoutsLeft.getAndDecrement() > 0) {
      throw new SocketTimeoutException("injected: bulk applied, answer lost");
    }
    rejectedItems.addAndGet(rejected.size());
    List<BulkResponseItem> items = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < all.size(); i++) {
      if (rejected.contains(i)) {
        items.add(BulkResponseItem.of(r -> r.operationType(OperationType.Index).index("x").id("x").status(429)
            .error(e -> e.type("es_rejected_execution_exception").reason("injected: write queue full"))));
      } else {
        items.add(keptItems.get(k++));
      }
    }
    return (ResponseT) BulkResponse.of(r -> r.items(items).took(1).errors(!rejected.isEmpty()));
  }

  @Override
  public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(
      RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
    return real.performRequestAsync(request, endpoint, options);
  }

  @Override
  public JsonpMapper jsonpMapper() {
    return real.jsonpMapper();
  }

  @Override
  public TransportOptions options() {
    return real.options();
  }

  @Override
  public void close() throws IOException {
    real.close();
  }
}
