/**
 * Start here: {@link org.chainmatch.ChainMatch}, the engine an application builds once per city
 * and keeps in step with its enterprises and statuses. The packages below it hold the parts for
 * callers who want them separately; classes named {@code *Evaluation} and the {@code eval}
 * package are tooling, not stable API.
 */
package org.chainmatch;
