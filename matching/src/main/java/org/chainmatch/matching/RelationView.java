package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.graph.SupplyGraph;

/**
 * What matching reads besides the index: the enterprises' current details, through a directory
 * that may follow updates, and the supply relations, from a {@link SupplyGraph}.
 *
 * <p>The graph is a snapshot: an enterprise upserted after it was built has no relations in it and
 * counts as unconnected. Scoring uses the graph's int-indexed API directly, so looking at a
 * candidate's relations allocates nothing. Product names are compared as the graph stores them,
 * trimmed.
 *
 * <p>Immutable and thread-safe as long as the directory is.
 */
final class RelationView {

  private final SupplyGraph graph;
  private final Function<Uscc, Optional<Enterprise>> directory;

  private RelationView(SupplyGraph graph, Function<Uscc, Optional<Enterprise>> directory) {
    this.graph = checkNotNull(graph, "graph");
    this.directory = checkNotNull(directory, "directory");
  }

  /** A view of {@code graph} whose enterprise details come from {@code directory}. */
  static RelationView of(SupplyGraph graph, Function<Uscc, Optional<Enterprise>> directory) {
    return new RelationView(graph, directory);
  }

  /**
   * The view the matcher builders describe, from what was given to them (each may be null):
   * either enterprises (and optionally relations) or a graph; the directory defaults to the
   * graph's own enterprises.
   *
   * @throws IllegalStateException if nothing was given, if relations were given without
   *     enterprises, or if both a graph and enterprises or relations were given
   */
  static RelationView assemble(
      Collection<Enterprise> enterprises,
      Collection<SupplyRelation> relations,
      SupplyGraph graph,
      Function<Uscc, Optional<Enterprise>> directory) {
    checkState(
        enterprises != null || graph != null || directory != null,
        "one of enterprises(...), graph(...) or directory(...) is required");
    checkState(
        graph == null || enterprises == null && relations == null,
        "graph(...) already holds enterprises and relations; do not also give enterprises(...) or relations(...)");
    checkState(relations == null || enterprises != null, "relations(...) needs enterprises(...)");
    SupplyGraph g = graph != null
        ? graph
        : SupplyGraph.of(
            enterprises == null ? List.of() : enterprises, relations == null ? List.of() : relations);
    return new RelationView(g, directory != null ? directory : g::enterprise);
  }

  /**
   * The enterprise with this code as the directory knows it now, if it does.
   *
   * @throws NullPointerException if the directory returns null rather than an empty optional
   */
  Optional<Enterprise> enterprise(Uscc uscc) {
    return checkNotNull(directory.apply(uscc), "directory returned null");
  }

  /** The relations (and the enterprises as they were when the graph was built). */
  SupplyGraph graph() {
    return graph;
  }
}
