/**
 * Outreach: asking other regions' governments to help the suppliers that the home city's
 * enterprises need, and tracking each request to an answer.
 *
 * <ol>
 *   <li>{@link org.chainmatch.outreach.OutreachPlanner} reads match results (breakpoint
 *       demands included), decides which demands have no local answer, and groups their best
 *       out-of-city suppliers into one {@link org.chainmatch.outreach.OutreachRequest} per
 *       target authority, with merged items, reasons and priorities;
 *   <li>{@link org.chainmatch.outreach.LetterTemplate} renders each request as a formal
 *       letter that discloses only what its addressee needs; {@link
 *       org.chainmatch.outreach.LetterFolder}, {@link
 *       org.chainmatch.outreach.OutreachCsv} and {@link
 *       org.chainmatch.outreach.OutreachJson} write letters, {@code outreach.csv} and a
 *       JSON export;
 *   <li>a {@link org.chainmatch.outreach.TrackingStore} tracks each request through
 *       {@link org.chainmatch.outreach.RequestState} and each item to an {@link
 *       org.chainmatch.outreach.Outcome}, durably; {@link
 *       org.chainmatch.outreach.OutreachStore} is the one-JSON-file implementation, and a
 *       system with its own database implements the interface.
 * </ol>
 *
 * <p>Entry point with an engine: {@link org.chainmatch.outreach.Outreach} plans and writes letters
 * from a {@code ChainMatch}'s results with its enterprises and relations; the planner and the
 * template also work alone on any match results.
 *
 * <p>Boundary: this package is the {@code chainmatch-outreach} module. It reads only the public
 * results of {@code org.chainmatch.matching} ({@code MatchResult}, {@code OfferResult}, {@code
 * Match}), the {@code ChainMatch} facade and the core values; nothing in the matching module
 * depends on it. It holds the project's only uses of Jackson (the store's file, {@code
 * outreach.json}) and of file locks outside the index, which the matching jar therefore does not
 * carry.
 */
package org.chainmatch.outreach;
