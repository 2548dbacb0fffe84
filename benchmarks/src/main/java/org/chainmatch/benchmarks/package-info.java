/**
 * City-scale JMH benchmarks and their tooling: {@link org.chainmatch.benchmarks.CityFixture}, the
 * generated cities every benchmark shares, and {@link org.chainmatch.benchmarks.ResultsTable},
 * which turns JMH's JSON into {@code benchmarks/RESULTS.md} beside the targets. Run them with
 * {@code benchmarks/run.sh quick} or {@code full}; subpackages hold each module's own benchmarks.
 */
package org.chainmatch.benchmarks;
