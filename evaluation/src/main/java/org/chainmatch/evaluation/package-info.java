/**
 * The runners that score the labelled set beside them ({@code evaluation/*.csv}): graded metrics
 * (nDCG@k, Recall@k, reciprocal rank), the set's loader, {@link
 * org.chainmatch.evaluation.IndexEvaluation} (the index's own order, per analysis chain) and {@link
 * org.chainmatch.evaluation.MatchEvaluation} (the full ranking, per setup). Both have a {@code
 * main}. Not a library: no library jar depends on this module, and it may change at any time.
 */
package org.chainmatch.evaluation;
