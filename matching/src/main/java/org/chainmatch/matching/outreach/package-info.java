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
 *   <li>{@link org.chainmatch.matching.outreach.OutreachStore} tracks each request through {@link
 *       org.chainmatch.matching.outreach.RequestState} and each item to an {@link
 *       org.chainmatch.matching.outreach.Outcome}, durably.
 * </ol>
 */
package org.chainmatch.matching.outreach;
