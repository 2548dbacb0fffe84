/**
 * Spreadsheets: {@link org.chainmatch.office.xlsx.XlsxRowSource} reads a workbook's first sheet as
 * contract rows, streamed; {@link org.chainmatch.office.xlsx.ReportWorkbook} writes {@code
 * report.xlsx} for people.
 */
package org.chainmatch.office.xlsx;
