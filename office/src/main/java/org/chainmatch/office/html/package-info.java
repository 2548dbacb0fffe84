/**
 * The self-contained {@code report.html}: {@link org.chainmatch.office.html.HtmlReport} renders a
 * resumption report, its chain figures ({@link org.chainmatch.core.analysis.ChainHealth}), a
 * what-if and the outreach state as one page that opens from disk with no network.
 */
package org.chainmatch.office.html;
