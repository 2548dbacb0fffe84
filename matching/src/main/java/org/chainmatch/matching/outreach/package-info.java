/**
 * Outreach: asking other regions' governments to help the suppliers that the home city's
 * enterprises need, and tracking each request to an answer.
 *
 * <ol>
 *   <li>{@link org.chainmatch.matching.outreach.OutreachPlanner} reads match results (breakpoint
 *       demands included), decides which demands have no local answer, and groups their best
 *       out-of-city suppliers into one {@link org.chainmatch.matching.outreach.OutreachRequest} per
 *       target authority, with merged items, reasons and priorities;
 *   <li>{@link org.chainmatch.matching.outreach.LetterTemplate} renders each request as a formal
 *       letter that discloses only what its addressee needs; {@link
 *       org.chainmatch.matching.outreach.LetterFolder}, {@link
 *       org.chainmatch.matching.outreach.OutreachCsv} and {@link
 *       org.chainmatch.matching.outreach.OutreachJson} write letters, {@code outreach.csv} and a
 *       JSON export;
 *   <li>a {@link org.chainmatch.matching.outreach.TrackingStore} tracks each request through
 *       {@link org.chainmatch.matching.outreach.RequestState} and each item to an {@link
 *       org.chainmatch.matching.outreach.Outcome}, durably; {@link
 *       org.chainmatch.matching.outreach.OutreachStore} is the one-JSON-file implementation, and a
 *       system with its own database implements the interface.
 * </ol>
 *
 * <p>Boundary: this package reads only the public results of {@code org.chainmatch.matching}
 * ({@code MatchResult}, {@code Match}) and the core values; nothing in {@code
 * org.chainmatch.matching} depends on it. It is the only user of Jackson and file locks in the
 * matching jar, so it can become a module of its own without touching the matchers.
 */
package org.chainmatch.matching.outreach;
