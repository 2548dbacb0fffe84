/**
 * The supply graph: {@link org.chainmatch.core.graph.SupplyGraph}, enterprises as vertices and
 * supplier → customer relations as edges, held in compressed sparse rows (int arrays by vertex and
 * edge, so 1,000,000 enterprises and 5,000,000 relations fit in a few hundred MB; see
 * {@code core/GRAPH.md}), with a read-only JGraphT view for library algorithms. Immutable and
 * thread-safe; {@link org.chainmatch.core.graph.SupplyGraph#withStatuses} shares the topology and
 * copies only the statuses, so a status change costs O(enterprises), not O(relations).
 */
package org.chainmatch.core.graph;
