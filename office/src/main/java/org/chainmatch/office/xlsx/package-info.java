/**
 * Spreadsheets: {@link org.chainmatch.office.xlsx.XlsxRowSource} reads a workbook's first sheet as
 * contract rows, streamed.
 */
package org.chainmatch.office.xlsx;
