/**
 * Letters (函) as {@code .docx}, laid out per GB/T 9704-2012: {@link
 * org.chainmatch.office.letter.DocxLetter} renders one {@link
 * org.chainmatch.outreach.LetterContent}, {@link org.chainmatch.office.letter.DocxLetters}
 * writes a folder of them beside the Markdown letters.
 */
package org.chainmatch.office.letter;
