package org.chainmatch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;
import org.junit.jupiter.api.Test;

/** Requests leave a node that cannot be reached, but not one that is merely slow. */
class NodeRotationTest {

  /** A node that answers with its name, or fails with {@code failure} when set. */
  private static final class StubNode implements OpenSearchTransport {
    final String name;
    IOException failure;
    final List<String> served = new ArrayList<>();

    StubNode(String name) {
      this.name = name;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, R, E> R performRequest(Q request, Endpoint<Q, R, E> endpoint, TransportOptions options)
        throws IOException {
      if (failure != null) {
        throw failure;
      }
      served.add((String) request);
      return (R) name;
    }

    @Override
    public <Q, R, E> CompletableFuture<R> performRequestAsync(Q request, Endpoint<Q, R, E> endpoint, TransportOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonpMapper jsonpMapper() {
      return null;
    }

    @Override
    public TransportOptions options() {
      return null;
    }

    @Override
    public void close() {}
  }

  private static String call(NodeRotation rotation, String request) throws IOException {
    return rotation.performRequest(request, null, null);
  }

  @Test
  void requestsAlternateBetweenLiveNodes() throws Exception {
    StubNode a = new StubNode("a");
    StubNode b = new StubNode("b");
    NodeRotation rotation = new NodeRotation(List.of(a, b));
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(call(rotation, "r" + i));
    }
    assertThat(answers).containsExactly("a", "b", "a", "b");
  }

  @Test
  void aNodeThatRefusesConnectionsIsLeftOutAfterItsFirstFailure() throws Exception {
    StubNode a = new StubNode("a");
    StubNode b = new StubNode("b");
    a.failure = new ConnectException("Connection refused");
    NodeRotation rotation = new NodeRotation(List.of(a, b));
    assertThatThrownBy(() -> call(rotation, "r0")).isInstanceOf(ConnectException.class);
    for (int i = 1; i <= 5; i++) {
      assertThat(call(rotation, "r" + i)).isEqualTo("b");
    }
  }

  @Test
  void aSlowNodeIsNotLeftOut() throws Exception {
    StubNode a = new StubNode("a");
    StubNode b = new StubNode("b");
    a.failure = new SocketTimeoutException("Read timed out");
    NodeRotation rotation = new NodeRotation(List.of(a, b));
    assertThatThrownBy(() -> call(rotation, "r0")).isInstanceOf(SocketTimeoutException.class);
    a.failure = null;
    assertThat(call(rotation, "r1")).isEqualTo("b");
    assertThat(call(rotation, "r2")).isEqualTo("a");
  }
}
