package org.chainmatch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Rejoins runs of ASCII letters and digits that a tokenizer split although they touch in the
 * text: smartcn turns {@code N95} into {@code n}, {@code 95} and {@code KN95} into {@code kn},
 * {@code 95}, which would make the two models match on {@code 95}. Joined they stay distinct,
 * like model numbers are meant to.
 */
final class LetterDigitJoinFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private AttributeSource.State pending;

  LetterDigitJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (!input.incrementToken()) {
      return false;
    }
    if (!isAsciiAlnum(term)) {
      return true;
    }
    StringBuilder joined = new StringBuilder(term);
    int start = offset.startOffset();
    int end = offset.endOffset();
    State first = captureState();
    while (input.incrementToken()) {
      if (isAsciiAlnum(term) && offset.startOffset() == end) {
        joined.append(term);
        end = offset.endOffset();
      } else {
        pending = captureState();
        break;
      }
    }
    restoreState(first);
    term.setEmpty().append(joined);
    offset.setOffset(start, end);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }

  private static boolean isAsciiAlnum(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
