package org.chainmatch.office.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are
 * written as Unicode escapes, so no value can close the element or open a comment, and U+2028 and
 * U+2029 are escaped, as older JavaScript parsers end a line there. Thread-safe.
 */
final class ScriptJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScriptJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(Object value) {
    try {
      return MAPPER.writer().with(new ScriptEscapes()).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report's data as JSON", e);
    }
  }

  private static final class ScriptEscapes extends CharacterEscapes {
    private final int[] ascii;

    ScriptEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new SerializedString("\\u2029");
      }
      return null;
    }
  }
}
