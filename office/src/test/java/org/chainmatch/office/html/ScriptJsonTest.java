package org.chainmatch.office.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
  private static final String HOSTILE = "</script><!--<script>alert(1)</script>&\u2028\u2029苏州";

  @Test
  void nothingCanCloseTheScriptElementOrOpenAComment() {
    String json = ScriptJson.write(Map.of("name", HOSTILE));

    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(json).contains("\\u003C/script\\u003E", "\\u2028", "\\u2029", "苏州");
  }

  @Test
  void theValueReadsBackUnchanged() throws Exception {
    String json = ScriptJson.write(Map.of("name", HOSTILE));

    assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(HOSTILE);
  }
}
