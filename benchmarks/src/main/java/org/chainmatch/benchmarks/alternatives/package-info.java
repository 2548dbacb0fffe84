/**
 * What a city would use instead of chainmatch to find suppliers, behind one small interface,
 * {@link org.chainmatch.benchmarks.alternatives.SupplierSearch}, so that speed ({@code
 * AlternativeQueryBenchmark}) and quality ({@link
 * org.chainmatch.benchmarks.alternatives.AlternativesQuality}) are measured on the same data and
 * the same demands. Each {@link org.chainmatch.benchmarks.alternatives.Alternative} builds one.
 */
package org.chainmatch.benchmarks.alternatives;
