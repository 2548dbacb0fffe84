/**
 * Synthetic cities for tests, demos and benchmarks: {@link
 * org.chainmatch.testkit.generate.CityGenerator} writes enterprises, supply relations and demands as
 * the contract CSV files (or returns them in memory as a {@link
 * org.chainmatch.testkit.generate.SyntheticCity}), reproducibly from a seed, at any size up to
 * millions of enterprises. The CLI's {@code demo} command and the benchmarks' city fixture use it;
 * the library jars do not contain it.
 *
 * <p>The vocabulary (product catalogue with input links, trade names, business-scope phrases) is
 * bundled as resources beside these classes; their README describes how it was made.
 */
package org.chainmatch.testkit.generate;
