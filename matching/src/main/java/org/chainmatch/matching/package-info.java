/**
 * Matching: ranked, explained lists of suppliers for a demand ({@link
 * org.chainmatch.matching.SupplierMatcher}), of buyers for a product ({@link
 * org.chainmatch.matching.CustomerMatcher}) and of both in bulk ({@link
 * org.chainmatch.matching.BatchMatcher}).
 *
 * <p>A demand's free text is first taken apart ({@link org.chainmatch.matching.DemandText}); the
 * product it names is searched in a {@link org.chainmatch.index.CapabilityIndex}; each candidate
 * is scored from several {@link org.chainmatch.matching.Factor}s weighted by {@link
 * org.chainmatch.matching.MatchWeights}, under the hard constraints of {@link
 * org.chainmatch.matching.MatchOptions}. Every {@link org.chainmatch.matching.Match} carries its
 * breakdown, one {@link org.chainmatch.matching.Contribution} per factor, whose contributions add
 * up to its score, which lies in [0, 1].
 *
 * <p>Supply relations come from a {@link org.chainmatch.core.graph.SupplyGraph}; enterprise details
 * from a directory the matchers ask at match time (by default the graph), so that an engine
 * changing enterprises while matching is seen. {@code MatchEvaluation}, in the evaluation module
 * beside the labelled set, measures the ranking (see {@code matching/EVALUATION.md}).
 *
 * <p>Arguments are never null unless documented otherwise.
 */
package org.chainmatch.matching;
