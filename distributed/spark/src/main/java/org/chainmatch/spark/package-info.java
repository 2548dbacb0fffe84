/**
 * Batch matching and the resumption analysis as Spark jobs ({@link
 * org.chainmatch.spark.SparkMatching}, {@link org.chainmatch.spark.SparkAnalysis}; the {@code
 * spark-submit} application {@link org.chainmatch.spark.SparkBatch}), running the library's own
 * loaders, index, graph, matcher and analysis inside tasks, so that they give the single-machine
 * engine's answers. Spark is a {@code provided} dependency. See the module README.
 */
package org.chainmatch.spark;
