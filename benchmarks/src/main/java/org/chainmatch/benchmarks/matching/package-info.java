/**
 * Benchmarks of supplier matching ({@link org.chainmatch.matching.SupplierMatcher}, {@link
 * org.chainmatch.matching.BatchMatcher}) over the generated cities of {@link
 * org.chainmatch.benchmarks.CityFixture}: one demand's latency and the throughput of demand
 * batches.
 */
package org.chainmatch.benchmarks.matching;
