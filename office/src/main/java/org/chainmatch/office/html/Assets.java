package org.chainmatch.office.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainmatch.core.io.TsvRows;

/** The scripts, style and names the page inlines, read from the classpath once. */
final class Assets {
  /** ECharts from its WebJar (org.webjars.npm:echarts), Apache-2.0. */
  static final String ECHARTS_RESOURCE = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private Assets() {}

  static String echarts() {
    return Holder.ECHARTS;
  }

  static String css() {
    return Holder.CSS;
  }

  static String script() {
    return Holder.SCRIPT;
  }

  /** GB/T 4754 section and manufacturing division names by code ({@code C}, {@code C39}). */
  static Map<String, String> industryNames() {
    return Holder.INDUSTRY_NAMES;
  }

  static String read(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  // Loaded on first use and never changed: constants, not mutable state.
  private static final class Holder {
    static final String ECHARTS = read(ECHARTS_RESOURCE);
    static final String CSS = read("org/chainmatch/office/html/report.css");
    static final String SCRIPT = read("org/chainmatch/office/html/report.js");
    static final Map<String, String> INDUSTRY_NAMES = names();

    private static Map<String, String> names() {
      String resource = "org/chainmatch/office/html/gb4754-names.tsv";
      Map<String, String> names = new LinkedHashMap<>();
      try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource + " on the classpath");
        }
        for (TsvRows.Row row : TsvRows.readUtf8(in, resource)) {
          if (row.fields().size() != 2 || row.field(0).isBlank() || row.field(1).isBlank()) {
            throw new IllegalStateException(resource + ", line " + row.line()
                + ": expected code<TAB>name, found \"" + row.text() + "\"");
          }
          names.put(row.field(0).strip(), row.field(1).strip());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + resource, e);
      }
      return Map.copyOf(names);
    }
  }
}
