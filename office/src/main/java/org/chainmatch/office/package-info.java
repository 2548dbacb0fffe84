/**
 * Outputs in the forms officials use: letters (公函) as .docx, {@code report.xlsx} and the
 * self-contained {@code report.html}. Depends on {@code chainmatch-matching}; nothing in the
 * library modules depends on this one.
 */
package org.chainmatch.office;
