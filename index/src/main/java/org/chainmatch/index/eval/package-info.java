/**
 * Evaluation tooling, not part of the stable API: graded metrics (nDCG@k, Recall@k, reciprocal
 * rank), the labelled-set loader and the runnable {@link
 * org.chainmatch.index.eval.IndexEvaluation}. It may change between minor versions.
 */
package org.chainmatch.index.eval;
