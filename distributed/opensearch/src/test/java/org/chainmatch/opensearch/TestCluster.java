package org.chainmatch.opensearch;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A 2-node OpenSearch cluster inside the test JVM, with chainmatch's analysis plugin, started
 * once per test run and shared by every test class that asks for it (a parameter of type
 * TestCluster, resolved by {@link Extension}); closed when the run ends. Bound to 127.0.0.1 on
 * free ports chosen at start, so parallel builds on one machine do not collide.
 */
final class TestCluster implements ExtensionContext.Store.CloseableResource {
  static final String PLUGIN = "org.chainmatch.opensearch.plugin.ChainmatchAnalysisPlugin";
  static final String MODULES =
      "org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin";

  private final OpenSearchRunner runner;
  private final Path home;
  private final int[] httpPorts;

  private TestCluster(OpenSearchRunner runner, Path home, int[] httpPorts) {
    this.runner = runner;
    this.home = home;
    this.httpPorts = httpPorts;
  }

  static TestCluster start() throws IOException {
    int nodes = 2;
    int[] http = freePorts(nodes);
    int[] transport = freePorts(nodes);
    List<String> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      seeds.add("127.0.0.1:" + transport[i]);
      names.add("node-" + (i + 1));
    }
    Path home = Files.createTempDirectory("chainmatch-opensearch");
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild((number, settings) -> {
      // The runner numbers nodes from 1.
      int slot = number - 1;
      settings.put("node.name", names.get(slot));
      settings.put("network.host", "127.0.0.1");
      settings.put("http.port", http[slot]);
      settings.put("transport.port", transport[slot]);
      settings.putList("discovery.seed_hosts", seeds);
      settings.putList("cluster.initial_cluster_manager_nodes", names);
      // A busy shared disk must not stop shard allocation, nor real-memory accounting trip.
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
      settings.put("indices.breaker.total.use_real_memory", false);
      settings.put("action.auto_create_index", false);
    }).build(newConfigs()
        .basePath(home.toString())
        .clusterName("chainmatch-test-" + ProcessHandle.current().pid())
        .numOfNode(nodes)
        .moduleTypes(MODULES)
        .pluginTypes(PLUGIN)
        .disableESLogger());
    runner.ensureYellow();
    return new TestCluster(runner, home, http);
  }

  private static int[] freePorts(int n) throws IOException {
    int[] ports = new int[n];
    List<ServerSocket> open = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        open.add(s);
        ports[i] = s.getLocalPort();
      }
    } finally {
      for (ServerSocket s : open) {
        s.close();
      }
    }
    return ports;
  }

  OpenSearchRunner runner() {
    return runner;
  }

  /** Both nodes' HTTP addresses. */
  List<URI> nodes() {
    List<URI> out = new ArrayList<>();
    for (int p : httpPorts) {
      out.add(URI.create("http://127.0.0.1:" + p));
    }
    return out;
  }

  URI node(int slot) {
    return nodes().get(slot);
  }

  /** An index on this cluster with default options but a 30 s request timeout. */
  OpenSearchCapabilityIndex open(OpenSearchIndexOptions options) throws IOException {
    return OpenSearchCapabilityIndex.connect(nodes(), Duration.ofSeconds(30), options);
  }

  /**
   * Starts node {@code slot} (0-based) again after a test stopped it, with its old settings and
   * data, and waits until both nodes are in the cluster again.
   */
  void restart(int slot) {
    if (!runner.startNode(slot)) {
      throw new IllegalStateException("node " + (slot + 1) + " was not stopped or did not start");
    }
    runner.client().admin().cluster().prepareHealth().setWaitForNodes("2")
        .setTimeout(org.opensearch.common.unit.TimeValue.timeValueSeconds(60)).get();
  }

  @Override
  public void close() throws IOException {
    try {
      runner.close();
    } finally {
      runner.clean();
    }
  }

  /** Resolves {@link TestCluster} parameters to the run's one cluster. */
  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
          TestCluster.class,
          k -> {
            try {
              return start();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          TestCluster.class);
    }
  }
}
