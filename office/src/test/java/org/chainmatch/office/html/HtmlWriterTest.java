package org.chainmatch.office.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  @Test
  void textAndAttributeValuesAreEscaped() {
    HtmlWriter w = new HtmlWriter(64);

    w.element("td", "<b>\"A&B\"</b> 'x'", "title", "\"><script>");

    assertThat(w.toString()).isEqualTo(
        "<td title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;x&#39;</td>");
  }

  @Test
  void aNullAttributeValueIsLeftOut() {
    assertThat(new HtmlWriter(16).open("th", "class", null).toString()).isEqualTo("<th>");
  }

  @Test
  void tagAndAttributeNamesMustBePlainWords() {
    assertThatThrownBy(() -> new HtmlWriter(16).open("td onclick=x"))
        .hasMessageContaining("not a tag name: td onclick=x");
    assertThatThrownBy(() -> new HtmlWriter(16).open("td", "on click", "x"))
        .hasMessageContaining("not an attribute name: on click");
  }

  @Test
  void trustedContentThatWouldEndItsElementIsRefused() {
    assertThatThrownBy(() -> new HtmlWriter(16).trusted("var a = '</SCRIPT>';", "script"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("</script");
    assertThatThrownBy(() -> new HtmlWriter(16).trusted("<!-- x", "script"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBundledEchartsCanBeInlined() {
    assertThat(new HtmlWriter(2_000_000).trusted(Assets.echarts(), "script").length())
        .isGreaterThan(900_000);
  }
}
