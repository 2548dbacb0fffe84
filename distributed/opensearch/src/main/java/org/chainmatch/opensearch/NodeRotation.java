package org.chainmatch.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;

/**
 * Spreads requests over one transport per node, round robin, and leaves a node out for {@link
 * #REST_MILLIS} after it could not be reached, so that the retry of that request (and the
 * requests after it) go to a live node. Measured necessary: the HTTP client's own multi-host
 * transport kept sending to a stopped node. Thread-safe.
 */
final class NodeRotation implements OpenSearchTransport {
  /** How long a node that failed is left out while another is available. */
  static final long REST_MILLIS = 30_000;

  private final List<OpenSearchTransport> nodes;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLongArray restingUntil;

  NodeRotation(List<OpenSearchTransport> nodes) {
    this.nodes = List.copyOf(nodes);
    this.restingUntil = new AtomicLongArray(nodes.size());
  }

  private int pick() {
    long now = System.currentTimeMillis();
    int start = Math.floorMod(next.getAndIncrement(), nodes.size());
    int soonest = start;
    for (int k = 0; k < nodes.size(); k++) {
      int i = (start + k) % nodes.size();
      if (restingUntil.get(i) <= now) {
        return i;
      }
      if (restingUntil.get(i) < restingUntil.get(soonest)) {
        soonest = i;
      }
    }
    return soonest;
  }

  @Override
  public <RequestT, ResponseT, ErrorT> ResponseT performRequest(
      RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options)
      throws IOException {
    int i = pick();
    try {
      ResponseT response = nodes.get(i).performRequest(request, endpoint, options);
      restingUntil.set(i, 0);
      return response;
    } catch (IOException e) {
      if (unreachable(e)) {
        restingUntil.set(i, System.currentTimeMillis() + REST_MILLIS);
      }
      throw e;
    }
  }

  /**
   * Whether the node could not be reached or dropped the connection. A timeout is not: the node
   * is up but slow (a bulk waiting for a replica's promotion), and resting it could leave only
   * dead nodes to try.
   */
  static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException
          || t instanceof java.net.NoRouteToHostException
          || t instanceof org.apache.hc.core5.http.ConnectionClosedException
          || t instanceof org.apache.hc.core5.http.NoHttpResponseException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(
      RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
    return nodes.get(pick()).performRequestAsync(request, endpoint, options);
  }

  @Override
  public JsonpMapper jsonpMapper() {
    return nodes.get(0).jsonpMapper();
  }

  @Override
  public TransportOptions options() {
    return nodes.get(0).options();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (OpenSearchTransport t : nodes) {
      try {
        t.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
