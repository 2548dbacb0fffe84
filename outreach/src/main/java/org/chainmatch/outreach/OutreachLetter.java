package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.chainmatch.core.RegionCode;

/**
 * A rendered coordination letter (函) to one authority; see {@link LetterTemplate}.
 *
 * @param requestId the request it renders
 * @param target the addressee's region
 * @param addressee the authority's name
 * @param title the letter's title
 * @param markdown the whole letter, Markdown, UTF-8 text with {@code \n} line ends
 * @param content the letter's elements, for renderers of other formats (the office module's .docx)
 */
public record OutreachLetter(
    String requestId,
    RegionCode target,
    String addressee,
    String title,
    String markdown,
    LetterContent content) {

  private static final int MAX_NAME_CODE_POINTS = 80;

  /** Validates the components. */
  public OutreachLetter {
    checkNotNull(requestId, "requestId");
    checkNotNull(target, "target");
    checkNotNull(addressee, "addressee");
    checkNotNull(title, "title");
    checkNotNull(markdown, "markdown");
    checkNotNull(content, "content");
    checkArgument(!requestId.isBlank(), "letter has a blank request id");
  }

  /**
   * A file name for this letter that is safe in any folder: {@code <requestId>-<addressee>.md}
   * with every character that is not a letter, a digit, {@code -} or {@code _} replaced by {@code
   * _} (so no separator, no {@code ..}, no control character survives), at most 80 characters
   * before the extension.
   */
  public String fileName() {
    return fileStem() + ".md";
  }

  /** {@link #fileName()} without its extension, for the same letter in other formats. */
  public String fileStem() {
    return safeFileStem(requestId + "-" + addressee);
  }

  static String safeFileStem(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints()
        .limit(MAX_NAME_CODE_POINTS)
        .forEach(
            c -> {
              boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_';
              s.appendCodePoint(keep ? c : '_');
            });
    return s.length() == 0 ? "letter" : s.toString();
  }
}
