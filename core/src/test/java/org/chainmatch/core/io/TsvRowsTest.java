package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvRowsTest {

  @Test
  void rowsKeepTheirLineAcrossCommentsAndBlankLines() throws IOException {
    List<TsvRows.Row> rows = TsvRows.read(new StringReader("h1\th2\n\n# note\na\tb\n \t \nc\td"));

    assertThat(rows).extracting(TsvRows.Row::line).containsExactly(1, 4, 6);
    assertThat(rows).extracting(TsvRows.Row::fields)
        .containsExactly(List.of("h1", "h2"), List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFirstCommentLine() throws IOException {
    List<TsvRows.Row> rows = TsvRows.read(new StringReader("\uFEFF# edition 7; more\nh\tx\n"));

    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.fields()).containsExactly("h", "x");
      assertThat(r.comment()).isEqualTo("edition 7; more");
      assertThat(r.line()).isEqualTo(2);
    });
  }

  @Test
  void valuesAreKeptAsWrittenWithQuotesAndSpaces() throws IOException {
    List<TsvRows.Row> rows = TsvRows.read(new StringReader(" a \t\"b\t\n"));

    assertThat(rows.get(0).fields()).containsExactly(" a ", "\"b", "");
    assertThat(rows.get(0).field(5)).isEmpty();
  }

  @Test
  void aDecodingFailureReachesTheCallerAsItself() {
    byte[] notUtf8 = {'h', '\t', 'x', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    var strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    assertThatThrownBy(() -> TsvRows.read(new InputStreamReader(new ByteArrayInputStream(notUtf8), strict)))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void aBundledTableThatCannotBeReadIsNamed() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> TsvRows.readUtf8(broken, "region table edition x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("region table edition x")
        .hasRootCauseMessage("disk gone");
  }
}
