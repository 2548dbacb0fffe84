/**
 * The capability index on an OpenSearch cluster: {@link
 * org.chainmatch.opensearch.OpenSearchCapabilityIndex} implements {@link
 * org.chainmatch.index.CapabilityIndex} (so {@code ChainMatch.Builder.index(...)} and the matchers
 * use it unchanged), configured by {@link org.chainmatch.opensearch.OpenSearchIndexOptions}. The
 * cluster's nodes need the analysis plugin of {@code org.chainmatch.opensearch.plugin}. See the
 * module README.
 */
package org.chainmatch.opensearch;
