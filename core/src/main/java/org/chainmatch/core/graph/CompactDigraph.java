package org.chainmatch.core.graph;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import com.google.common.collect.Sets;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT view of a {@link SupplyGraph}'s arrays: vertex {@code v} is enterprise id
 * {@code v}, edge {@code e} is edge id {@code e}. Like JGraphT's own {@code
 * SparseIntDirectedGraph} (which lives in jgrapht-opt, a dependency we do not take), but without a
 * copy of the topology. A directed multigraph without self-loops, unweighted (every weight is 1).
 *
 * <p>Vertex and edge sets are contiguous ranges; outgoing edges are a range too, incoming edges a
 * slice of the in-edge index. Thread-safe, being immutable.
 */
final class CompactDigraph extends AbstractGraph<Integer, Integer> {

  private static final GraphType TYPE =
      new DefaultGraphType.Builder()
          .directed()
          .allowMultipleEdges(true)
          .allowSelfLoops(false)
          .allowCycles(true)
          .weighted(false)
          .modifiable(false)
          .build();

  private final SupplyGraph graph;
  private final Set<Integer> vertices;
  private final Set<Integer> edges;

  CompactDigraph(SupplyGraph graph) {
    this.graph = graph;
    this.vertices = range(0, graph.enterpriseCount());
    this.edges = range(0, graph.relationCount());
  }

  private static Set<Integer> range(int begin, int end) {
    return begin == end
        ? ImmutableSet.of()
        : ContiguousSet.create(Range.closedOpen(begin, end), DiscreteDomain.integers());
  }

  @Override
  public Set<Integer> getAllEdges(Integer sourceVertex, Integer targetVertex) {
    if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
      return null; // the Graph contract for unknown vertices
    }
    ImmutableSet.Builder<Integer> out = ImmutableSet.builder();
    int t = targetVertex;
    for (int e = graph.outEdgesBegin(sourceVertex); e < graph.outEdgesEnd(sourceVertex); e++) {
      if (graph.edgeCustomer(e) == t) {
        out.add(e);
      }
    }
    return out.build();
  }

  @Override
  public Integer getEdge(Integer sourceVertex, Integer targetVertex) {
    if (!containsVertex(sourceVertex) || !containsVertex(targetVertex)) {
      return null;
    }
    int t = targetVertex;
    for (int e = graph.outEdgesBegin(sourceVertex); e < graph.outEdgesEnd(sourceVertex); e++) {
      if (graph.edgeCustomer(e) == t) {
        return e;
      }
    }
    return null;
  }

  @Override
  public Supplier<Integer> getVertexSupplier() {
    return null;
  }

  @Override
  public Supplier<Integer> getEdgeSupplier() {
    return null;
  }

  @Override
  public Integer addEdge(Integer sourceVertex, Integer targetVertex) {
    throw readOnly();
  }

  @Override
  public boolean addEdge(Integer sourceVertex, Integer targetVertex, Integer e) {
    throw readOnly();
  }

  @Override
  public Integer addVertex() {
    throw readOnly();
  }

  @Override
  public boolean addVertex(Integer v) {
    throw readOnly();
  }

  @Override
  public boolean containsEdge(Integer e) {
    return e != null && e >= 0 && e < graph.relationCount();
  }

  @Override
  public boolean containsVertex(Integer v) {
    return v != null && v >= 0 && v < graph.enterpriseCount();
  }

  @Override
  public Set<Integer> edgeSet() {
    return edges;
  }

  @Override
  public int degreeOf(Integer vertex) {
    return inDegreeOf(vertex) + outDegreeOf(vertex);
  }

  @Override
  public Set<Integer> edgesOf(Integer vertex) {
    // Disjoint, as there are no self-loops.
    return Sets.union(outgoingEdgesOf(vertex), incomingEdgesOf(vertex));
  }

  @Override
  public int inDegreeOf(Integer vertex) {
    assertVertexExist(vertex);
    return graph.inEdgesEnd(vertex) - graph.inEdgesBegin(vertex);
  }

  @Override
  public Set<Integer> incomingEdgesOf(Integer vertex) {
    assertVertexExist(vertex);
    return new IncomingEdges(vertex);
  }

  @Override
  public int outDegreeOf(Integer vertex) {
    assertVertexExist(vertex);
    return graph.outEdgesEnd(vertex) - graph.outEdgesBegin(vertex);
  }

  @Override
  public Set<Integer> outgoingEdgesOf(Integer vertex) {
    assertVertexExist(vertex);
    return range(graph.outEdgesBegin(vertex), graph.outEdgesEnd(vertex));
  }

  @Override
  public Integer removeEdge(Integer sourceVertex, Integer targetVertex) {
    throw readOnly();
  }

  @Override
  public boolean removeEdge(Integer e) {
    throw readOnly();
  }

  @Override
  public boolean removeVertex(Integer v) {
    throw readOnly();
  }

  @Override
  public Set<Integer> vertexSet() {
    return vertices;
  }

  @Override
  public Integer getEdgeSource(Integer e) {
    checkEdge(e);
    return graph.edgeSupplier(e);
  }

  @Override
  public Integer getEdgeTarget(Integer e) {
    checkEdge(e);
    return graph.edgeCustomer(e);
  }

  @Override
  public GraphType getType() {
    return TYPE;
  }

  @Override
  public double getEdgeWeight(Integer e) {
    checkEdge(e);
    return DEFAULT_EDGE_WEIGHT;
  }

  @Override
  public void setEdgeWeight(Integer e, double weight) {
    throw readOnly();
  }

  private void checkEdge(Integer e) {
    if (!containsEdge(e)) {
      throw new IllegalArgumentException("no such edge in graph: " + e);
    }
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the supply graph topology is read-only");
  }

  /** The edges into one vertex: a slice of the in-edge index. */
  private final class IncomingEdges extends AbstractSet<Integer> {
    private final int vertex;

    IncomingEdges(int vertex) {
      this.vertex = vertex;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Integer && containsEdge((Integer) o) && graph.edgeCustomer((Integer) o) == vertex;
    }

    @Override
    public int size() {
      return graph.inEdgesEnd(vertex) - graph.inEdgesBegin(vertex);
    }

    @Override
    public Iterator<Integer> iterator() {
      return new Iterator<>() {
        private int position = graph.inEdgesBegin(vertex);

        @Override
        public boolean hasNext() {
          return position < graph.inEdgesEnd(vertex);
        }

        @Override
        public Integer next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return graph.inEdgeAt(position++);
        }
      };
    }
  }
}
