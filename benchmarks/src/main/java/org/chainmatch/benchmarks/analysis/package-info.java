/**
 * Benchmarks of the resumption analysis ({@link org.chainmatch.core.analysis.ResumptionAnalysis},
 * what-if) and the supply graph's memory footprint, over the generated cities of {@link
 * org.chainmatch.benchmarks.CityFixture}.
 */
package org.chainmatch.benchmarks.analysis;
