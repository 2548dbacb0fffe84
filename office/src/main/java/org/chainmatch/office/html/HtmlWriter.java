package org.chainmatch.office.html;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * Writes HTML in which every text and attribute value is escaped; only tag and attribute names,
 * which must be plain lower-case words, and the assets passed to {@link #trusted} go in verbatim.
 * Not thread-safe.
 */
final class HtmlWriter {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private final StringBuilder out;

  HtmlWriter(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Opens {@code tag} with attributes given as name, value pairs; a null value omits the pair. */
  HtmlWriter open(String tag, String... attributes) {
    checkArgument(NAME.matcher(tag).matches(), "not a tag name: %s", tag);
    checkArgument(attributes.length % 2 == 0, "attributes come in name, value pairs: %s", attributes.length);
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      checkArgument(NAME.matcher(attributes[i]).matches(), "not an attribute name: %s", attributes[i]);
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], out);
        out.append('"');
      }
    }
    out.append('>');
    return this;
  }

  HtmlWriter close(String tag) {
    checkArgument(NAME.matcher(tag).matches(), "not a tag name: %s", tag);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attributes>text</tag>}. */
  HtmlWriter element(String tag, Object text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  HtmlWriter text(Object text) {
    escape(String.valueOf(text), out);
    return this;
  }

  /**
   * Appends {@code content} verbatim inside an element whose end tag is {@code </script} or
   * {@code </style}: the caller guarantees it is ours (a bundled asset or escaped JSON).
   *
   * @throws IllegalArgumentException if it contains {@code </} followed by the end tag or a
   *     comment opener, which would end the element early
   */
  HtmlWriter trusted(String content, String endTag) {
    String lower = content.toLowerCase(java.util.Locale.ROOT);
    checkArgument(!lower.contains("</" + endTag) && !lower.contains("<!--"),
        "content for <%s> contains </%s or <!--", endTag, endTag);
    out.append(content);
    return this;
  }

  HtmlWriter doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  HtmlWriter newline() {
    out.append('\n');
    return this;
  }

  int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    escape(text, b);
    return b.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
