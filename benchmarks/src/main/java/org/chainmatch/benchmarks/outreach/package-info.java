/**
 * Benchmarks of outreach planning and letter rendering ({@link
 * org.chainmatch.outreach.OutreachPlanner}, {@link org.chainmatch.outreach.LetterTemplate}).
 */
package org.chainmatch.benchmarks.outreach;
