package org.chainmatch.office.letter;

/**
 * The fonts GB/T 9704-2012 names, with the fonts a reader falls back to where they are not
 * installed. The names go into each run (East-Asian slot) and into the document's font table,
 * whose {@code altName} Word and WPS use when the named font is missing.
 */
enum OfficialFonts {
  /** 标题 and the letterhead. */
  TITLE("方正小标宋简体", "宋体"),
  /** 正文. */
  BODY("仿宋_GB2312", "仿宋"),
  /** First-level headings and the 附件 label. */
  HEADING("黑体", "SimHei"),
  /** Page numbers. */
  PAGE_NUMBER("宋体", "SimSun");

  /** Latin text and digits in every run: GB/T 9704 leaves them to the Latin font. */
  static final String LATIN = "Times New Roman";

  private final String name;
  private final String fallback;

  OfficialFonts(String name, String fallback) {
    this.name = name;
    this.fallback = fallback;
  }

  String fontName() {
    return name;
  }

  String fallback() {
    return fallback;
  }

  /** The font table part: each font with its fallback as {@code altName}, GB2312 charset. */
  static String fontTableXml() {
    StringBuilder x = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (OfficialFonts f : values()) {
      x.append("<w:font w:name=\"").append(f.name).append("\">")
          .append("<w:altName w:val=\"").append(f.fallback).append("\"/>")
          .append("<w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"fixed\"/>")
          .append("</w:font>");
    }
    x.append("<w:font w:name=\"").append(LATIN).append("\">")
        .append("<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>")
        .append("</w:font></w:fonts>");
    return x.toString();
  }
}
