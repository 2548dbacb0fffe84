/**
 * People's formats, apart from the core jars: {@link org.chainmatch.office.OfficeTables} reads
 * input tables from .xlsx as well as CSV; {@code office.html} writes {@code report.html}, {@code
 * office.letter} letters as .docx, {@code office.xlsx} {@code report.xlsx}.
 */
package org.chainmatch.office;
