package org.chainmatch.office.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** ECharts options as JSON trees: only data and style, no functions, so they can be embedded. */
final class Charts {
  static final String OK = "#3ba272";
  static final String STOP = "#d94e4e";
  static final String WARN = "#e6a23c";
  static final String GREY = "#9aa5b1";
  static final String BLUE = "#2f6fb0";

  private Charts() {}

  /** A named series of numbers for a bar chart. */
  record Series(String name, List<? extends Number> values, String color, String stack) {}

  static ObjectNode pie(String title, List<String> names, List<? extends Number> values, List<String> colors) {
    ObjectNode o = base(title);
    o.putObject("tooltip").put("trigger", "item");
    o.putObject("legend").put("bottom", 0);
    ObjectNode s = o.putArray("series").addObject();
    s.put("type", "pie");
    s.putArray("radius").add("38%").add("66%");
    s.putArray("center").add("50%").add("52%");
    s.putObject("label").put("formatter", "{b}\n{c}（{d}%）");
    ArrayNode data = s.putArray("data");
    for (int i = 0; i < names.size(); i++) {
      ObjectNode d = data.addObject();
      d.put("name", names.get(i));
      d.put("value", values.get(i).doubleValue());
      if (colors != null) {
        d.putObject("itemStyle").put("color", colors.get(i));
      }
    }
    return o;
  }

  /** Bars per category; horizontal puts categories on the y axis (long Chinese names). */
  static ObjectNode bars(String title, List<String> categories, List<Series> series, boolean horizontal,
      String valueName) {
    ObjectNode o = base(title);
    o.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
    if (series.size() > 1) {
      o.putObject("legend").put("top", 24);
    }
    ObjectNode grid = o.putObject("grid");
    grid.put("left", 12).put("right", 28).put("top", series.size() > 1 ? 56 : 36).put("bottom", 8)
        .put("containLabel", true);
    ObjectNode cat = o.putObject(horizontal ? "yAxis" : "xAxis");
    cat.put("type", "category");
    if (horizontal) {
      cat.put("inverse", true);
    }
    ArrayNode c = cat.putArray("data");
    categories.forEach(c::add);
    ObjectNode labels = cat.putObject("axisLabel");
    labels.put("interval", 0);
    if (!horizontal && categories.size() > 6) {
      labels.put("rotate", 30);
    }
    ObjectNode val = o.putObject(horizontal ? "xAxis" : "yAxis");
    val.put("type", "value");
    if (valueName != null) {
      val.put("name", valueName);
    }
    ArrayNode out = o.putArray("series");
    for (Series s : series) {
      ObjectNode n = out.addObject();
      n.put("type", "bar").put("name", s.name());
      if (s.stack() != null) {
        n.put("stack", s.stack());
      }
      if (s.color() != null) {
        n.putObject("itemStyle").put("color", s.color());
      }
      n.put("barMaxWidth", 28);
      ArrayNode d = n.putArray("data");
      s.values().forEach(v -> d.add(v.doubleValue()));
    }
    return o;
  }

  static ObjectNode base(String title) {
    ObjectNode o = ScriptJson.object();
    o.putObject("title").put("text", title).put("left", 0).putObject("textStyle").put("fontSize", 14);
    return o;
  }
}
