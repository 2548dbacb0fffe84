/**
 * The capability index: who can make this? {@link org.chainmatch.index.CapabilityIndex} is the
 * narrow contract (search, update, refresh, commit, close) the matching layer depends on; {@link
 * org.chainmatch.index.LuceneCapabilityIndex} implements it with Lucene, in memory or on disk.
 * Most applications use it through {@code org.chainmatch.ChainMatch} (module matching) rather
 * than directly.
 */
package org.chainmatch.index;
