package org.chainmatch.matching.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chainmatch.core.Demand;
import org.chainmatch.core.RegionCode;

/**
 * Renders an {@link OutreachRequest} as a formal coordination letter (函) in Markdown: title,
 * addressee, background, the table of items, the asks, contact lines, sender and date (in Arabic
 * numerals, as GB/T 9704-2012 has it).
 *
 * <p><b>What a letter discloses.</b> Only what its addressee needs to act: for each item the
 * supplier's name and USCC (its own enterprise), the product, and which of the home city's
 * enterprises need it, how much and by when; for an item asking it to take a product ({@link
 * OutreachReason#TAKE}), in a table of its own, the buyer's name and USCC (its own enterprise), the
 * product, and which of the home city's enterprises offer it, how much and from when. Never match
 * scores, priorities, demand or offer ids or notes,
 * and never anything about suppliers under another authority — a request holds only its own
 * target's items, and nothing else is read. Text from the data is escaped so that it cannot
 * break the Markdown table or add formatting.
 *
 * <p>Immutable and thread-safe.
 */
public final class LetterTemplate {

  /** Default for the disruption named in the background. */
  public static final String DEFAULT_DISRUPTION = "新冠肺炎疫情";

  /** Default for the contact lines, to be filled in by hand. */
  public static final String PLACEHOLDER = "（待填写）";

  private final RegionCode homeCity;
  private final String sender;
  private final String disruption;
  private final String contactName;
  private final String contactPhone;

  private LetterTemplate(Builder b) {
    this.homeCity = b.homeCity;
    this.sender = b.sender != null ? b.sender : b.authorityNames.nameOf(b.homeCity);
    this.disruption = b.disruption;
    this.contactName = b.contactName;
    this.contactPhone = b.contactPhone;
  }

  /**
   * A builder for letters sent by {@code homeCity}'s authority, named by {@link
   * AuthorityNames#defaults()} unless {@link Builder#sender} or {@link Builder#authorityNames} say
   * otherwise.
   */
  public static Builder builder(RegionCode homeCity) {
    return new Builder(checkNotNull(homeCity, "homeCity"));
  }

  /** The sending authority's name. */
  public String sender() {
    return sender;
  }

  /** Renders the letter for {@code request}. */
  public OutreachLetter render(OutreachRequest request) {
    checkNotNull(request, "request");
    List<OutreachItem> supply = new ArrayList<>();
    List<OutreachItem> take = new ArrayList<>();
    for (OutreachItem item : request.items()) {
      (item.reason() == OutreachReason.TAKE ? take : supply).add(item);
    }
    String title = supply.isEmpty()
        ? "关于协调" + subject(request) + "对接采购我市企业产品的函"
        : "关于协调支持" + subject(request) + "复工复产保障供应链的函";
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(title)).append("\n\n");
    md.append(escape(request.authority())).append("：\n\n");
    md.append("　　近期，受").append(escape(disruption))
        .append(supply.isEmpty()
            ? "影响，我市部分企业已复工复产，但原有下游客户尚未复工，产品暂无销路，产业链供应链稳定面临较大压力。"
            : "影响，我市部分企业生产所需的原材料、零部件供应受阻，产业链供应链稳定面临较大压力。")
        .append("为保障产业链供应链畅通，").append(escape(sender))
        .append("正在组织开展产业链供应链协调工作，逐一梳理我市企业的供需缺口并开展对接。");
    if (!supply.isEmpty()) {
      md.append("经排查，我市以下企业生产所需的产品由贵地企业供应");
      md.append(take.isEmpty() ? "" : "；同时，我市部分企业的产品可供贵地企业生产使用");
    } else {
      md.append("经排查，我市以下企业的产品可供贵地企业生产使用");
    }
    md.append("，现将有关情况函告如下，恳请予以协调支持。\n\n");

    Map<OutreachReason, List<Integer>> byReason = new EnumMap<>(OutreachReason.class);
    int n = 0;
    int section = 0;
    if (!supply.isEmpty()) {
      md.append("## ").append(SECTIONS[section++]).append("、需协调支持的企业及事项\n\n");
      md.append("| 序号 | 供应企业 | 统一社会信用代码 | 所需产品 | 我市需求企业及需求 | 协调事项 |\n");
      md.append("| --- | --- | --- | --- | --- | --- |\n");
      for (OutreachItem item : supply) {
        n = row(md, n, item, byReason);
      }
      md.append('\n');
    }
    if (!take.isEmpty()) {
      md.append("## ").append(SECTIONS[section++]).append("、需协调对接采购的企业及事项\n\n");
      md.append("| 序号 | 贵地企业 | 统一社会信用代码 | 可供产品 | 我市供应企业及可供情况 | 协调事项 |\n");
      md.append("| --- | --- | --- | --- | --- | --- |\n");
      for (OutreachItem item : take) {
        n = row(md, n, item, byReason);
      }
      md.append('\n');
    }

    md.append("## ").append(SECTIONS[section++]).append("、恳请支持事项\n\n");
    int k = 0;
    for (Map.Entry<OutreachReason, List<Integer>> e : byReason.entrySet()) {
      k++;
      String rows = e.getValue().stream().map(String::valueOf).collect(Collectors.joining("、"));
      md.append(k).append(". ").append(e.getKey().label()).append("（第").append(rows)
          .append("项）：恳请").append(e.getKey().ask())
          .append(e.getKey() == OutreachReason.TAKE
              ? "，帮助我市企业产品打通销路。\n"
              : "，优先保障上述产品对我市企业的供应。\n");
    }
    md.append('\n');

    md.append("## ").append(SECTIONS[section]).append("、联系方式\n\n");
    md.append("联系人：").append(escape(contactName)).append("\n\n");
    md.append("联系电话：").append(escape(contactPhone)).append("\n\n");
    md.append("　　特此函告，感谢贵地对我市产业链供应链协调工作的大力支持！\n\n");
    md.append(escape(sender)).append("\n\n");
    md.append(chineseDate(request.date())).append('\n');
    return new OutreachLetter(
        request.id(), request.target(), request.authority(), title, md.toString());
  }

  private static final String[] SECTIONS = {"一", "二", "三", "四"};

  /** Appends item number {@code n + 1} as a table row; returns its number. */
  private static int row(StringBuilder md, int n, OutreachItem item, Map<OutreachReason, List<Integer>> byReason) {
    int number = n + 1;
    byReason.computeIfAbsent(item.reason(), r -> new ArrayList<>()).add(number);
    md.append("| ").append(number)
        .append(" | ").append(escape(item.supplier().name()))
        .append(" | ").append(item.supplier().uscc().value())
        .append(" | ").append(escape(item.product()))
        .append(" | ").append(needs(item))
        .append(" | ").append(item.reason().label())
        .append(" |\n");
    return number;
  }

  private String subject(OutreachRequest request) {
    long suppliers = request.items().stream().map(i -> i.supplier().uscc()).distinct().count();
    return suppliers == 1
        ? request.items().get(0).supplier().name()
        : request.target().name() + "相关企业";
  }

  private static String needs(OutreachItem item) {
    List<String> parts = new ArrayList<>();
    for (Need need : item.needs()) {
      Demand d = need.demand();
      List<String> detail = new ArrayList<>();
      boolean offered = item.reason() == OutreachReason.TAKE;
      if (d.quantity().isPresent()) {
        detail.add((offered ? "可供" : "需求")
            + BigDecimal.valueOf(d.quantity().getAsDouble()).stripTrailingZeros().toPlainString()
            + d.unit());
      }
      d.neededBy().ifPresent(date -> detail.add(chineseDate(date) + (offered ? "起" : "前")));
      String text = need.requester().name()
          + (detail.isEmpty() ? "" : "（" + String.join("，", detail) + "）");
      parts.add(escape(text));
    }
    return String.join("；", parts);
  }

  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /**
   * Escapes Markdown syntax characters and folds line breaks, so that text from the data stays
   * one literal cell or line.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '<', '>', '[', ']', '#', '~' -> s.append('\\').append(c);
        case '\n', '\r', '\t' -> s.append(' ');
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** Builds {@link LetterTemplate}s; not thread-safe. */
  public static final class Builder {
    private final RegionCode homeCity;
    private AuthorityNames authorityNames = AuthorityNames.defaults();
    private String sender;
    private String disruption = DEFAULT_DISRUPTION;
    private String contactName = PLACEHOLDER;
    private String contactPhone = PLACEHOLDER;

    private Builder(RegionCode homeCity) {
      this.homeCity = homeCity;
    }

    /** How the sender is named when {@link #sender} is not given. */
    public Builder authorityNames(AuthorityNames names) {
      this.authorityNames = checkNotNull(names, "names");
      return this;
    }

    /** The sending authority's name, overriding {@link #authorityNames}. */
    public Builder sender(String name) {
      this.sender = nonBlank(name, "sender");
      return this;
    }

    /** The disruption the background names, e.g. 新冠肺炎疫情 or 洪涝灾害. */
    public Builder disruption(String text) {
      this.disruption = nonBlank(text, "disruption");
      return this;
    }

    /** The contact person line. */
    public Builder contactName(String text) {
      this.contactName = nonBlank(text, "contactName");
      return this;
    }

    /** The contact telephone line. */
    public Builder contactPhone(String text) {
      this.contactPhone = nonBlank(text, "contactPhone");
      return this;
    }

    public LetterTemplate build() {
      return new LetterTemplate(this);
    }

    private static String nonBlank(String value, String what) {
      checkNotNull(value, what);
      checkArgument(!value.isBlank(), "%s must not be blank", what);
      return value;
    }
  }
}
