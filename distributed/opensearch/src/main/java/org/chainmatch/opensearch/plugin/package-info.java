/**
 * The OpenSearch analysis plugin ({@link
 * org.chainmatch.opensearch.plugin.ChainmatchAnalysisPlugin}) installed on every node, which
 * registers chainmatch's own analysis chains so that server-side tokens equal the embedded index's.
 */
package org.chainmatch.opensearch.plugin;
