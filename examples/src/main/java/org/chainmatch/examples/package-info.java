/**
 * {@link org.chainmatch.examples.EmbeddingExample}, the library used from Java as the README shows
 * it; the batch command line is in {@code org.chainmatch.examples.cli}.
 */
package org.chainmatch.examples;
