/**
 * Synthetic cities for tests, demos and benchmarks: {@link
 * org.chainmatch.core.generate.CityGenerator} writes enterprises, supply relations and demands as
 * the contract CSV files (or returns them in memory as a {@link
 * org.chainmatch.core.generate.SyntheticCity}), reproducibly from a seed, at any size up to
 * millions of enterprises. {@link org.chainmatch.core.generate.GenerateCity} is its command line.
 *
 * <p>The vocabulary (product catalogue with input links, trade names, business-scope phrases) is
 * bundled as resources beside these classes; their README describes how it was made.
 */
package org.chainmatch.core.generate;
