/**
 * Benchmarks of the capability index ({@link org.chainmatch.index.LuceneCapabilityIndex}): building
 * it and answering one query, over the generated cities of {@link
 * org.chainmatch.benchmarks.CityFixture}.
 */
package org.chainmatch.benchmarks.index;
