package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;

/**
 * Writes an {@link OutreachRequest} as a letter (函) between authorities of equal rank (平行文), with
 * the elements GB/T 9704-2012 gives a 函: 发文机关标志, 发文字号, 标题, 主送机关, 正文, 附件说明, 发文机关署名,
 * 成文日期, 附注 (contacts), the 附件 (the item list; for transport help, the pass details) and
 * 抄送. {@link #compose} gives the elements ({@link LetterContent}) for any renderer; {@link #render}
 * also renders them as Markdown.
 *
 * <p><b>Wording.</b> The sender calls itself 我局 (我厅, 我委, … after the last character of its
 * name) and the addressee 贵局 (likewise); it asks (商请…予以协助) and closes with 特此函商，盼复 —
 * never an exclamation mark. The title names what is asked for, never an enterprise:
 * 关于商请协助保障熔喷布供应的函, …保障熔喷布和轴承供应的函, …保障熔喷布等3种产品供应的函. The letter
 * tells a supplier that already supplies the requester (a supply relation is known:
 * 原供应企业) from one that matching found (拟对接企业), and states quantity and deadline per
 * item. Requesters outside the home city are named with their place, never as 我市 enterprises.
 *
 * <p><b>What a letter discloses.</b> Only what its addressee needs to act: for each item the
 * supplier's name and USCC (its own enterprise), the product, and which enterprises need it, how
 * much and by when. Never match scores, priorities, demand ids or notes, and never anything about
 * suppliers under another authority — a request holds only its own target's items, and nothing
 * else is read. Text from the data is escaped in the Markdown so that it cannot break the table or
 * add formatting.
 *
 * <p>Immutable and thread-safe.
 */
public final class LetterTemplate {

  /**
   * Default for the disruption named in the first sentence (受突发事件影响): neutral, as the
   * library serves any disruption; set the real one with {@link Builder#disruption}.
   */
  public static final String DEFAULT_DISRUPTION = "突发事件";

  /** Default for the contact lines, to be filled in by hand. */
  public static final String PLACEHOLDER = "（待填写）";

  /**
   * Default 发文字号 pattern: the agency code (机关代字) is left to be filled in, as only the sender
   * knows it; set it with {@link Builder#numberPattern}, e.g. {@code 苏工信函〔{year}〕{n}号}.
   */
  public static final String DEFAULT_NUMBER_PATTERN = "（机关代字）函〔{year}〕{n}号";

  /** Title of the item list, the first attachment. */
  public static final String ITEM_LIST_TITLE = "商请协助保障事项清单";

  /** Title of the pass details, the second attachment when an item asks for transport help. */
  public static final String PASS_LIST_TITLE = "物流保障车辆通行信息表";

  /** Columns of the item list. */
  public static final List<String> ITEM_COLUMNS = List.of(
      "序号", "供应企业", "统一社会信用代码", "供应关系", "产品", "数量", "需求日期", "需求企业", "商请事项");

  /** Columns of the pass details; the last three are left blank for the carrier to fill in. */
  public static final List<String> PASS_COLUMNS = List.of(
      "序号", "品名", "数量", "起讫地", "发货单位", "收货单位", "车牌号", "驾驶员", "联系电话");

  /** 原供应企业: the supplier already supplies the requester. */
  public static final String ORIGINAL_SUPPLIER = "原供应企业";

  /** 拟对接企业: the supplier was found by matching. */
  public static final String CANDIDATE_SUPPLIER = "拟对接企业";

  private static final int NAMES_LISTED = 5;

  /** What a cell says when the demand did not state a quantity or a date. */
  private static final String NOT_STATED = "未注明";

  private final RegionCode homeCity;
  private final AuthorityNames authorityNames;
  private final String sender;
  private final String issuer;
  private final String disruption;
  private final String contactName;
  private final String contactPhone;
  private final String numberPattern;
  private final int firstNumber;
  private final List<String> copyTo;
  private final boolean copyToTargetProvince;

  private LetterTemplate(Builder b) {
    this.homeCity = b.homeCity;
    this.authorityNames = b.authorityNames;
    this.sender = b.sender != null ? b.sender : b.authorityNames.nameOf(b.homeCity);
    this.issuer = b.issuer != null ? b.issuer : sender;
    this.disruption = b.disruption;
    this.contactName = b.contactName;
    this.contactPhone = b.contactPhone;
    this.numberPattern = b.numberPattern;
    this.firstNumber = b.firstNumber;
    this.copyTo = ImmutableList.copyOf(b.copyTo);
    this.copyToTargetProvince = b.copyToTargetProvince;
  }

  /**
   * A builder for letters sent by {@code homeCity}'s authority, named by {@link
   * AuthorityNames#defaults()} unless {@link Builder#sender} or {@link Builder#authorityNames} say
   * otherwise.
   */
  public static Builder builder(RegionCode homeCity) {
    return new Builder(checkNotNull(homeCity, "homeCity"));
  }

  /** The home city whose authority sends the letters. */
  public RegionCode homeCity() {
    return homeCity;
  }

  /** The sending authority's name. */
  public String sender() {
    return sender;
  }

  /** The number the first letter of a run gets. */
  public int firstNumber() {
    return firstNumber;
  }

  /** The 发文字号 of letter number {@code n} dated {@code date}. */
  public String number(int n, LocalDate date) {
    return numberPattern.replace("{year}", String.valueOf(date.getYear()))
        .replace("{n}", String.valueOf(n));
  }

  /**
   * Renders the letter for {@code request} as the first of a run (number {@link #firstNumber()}),
   * knowing no supply relations: every supplier is presented as 拟对接企业, found by matching.
   */
  public OutreachLetter render(OutreachRequest request) {
    return render(request, firstNumber, (supplier, customer) -> false);
  }

  /**
   * Renders the letter for {@code request} with 发文字号 number {@code n}.
   *
   * @param supplies whether the first code already supplies the second (a known supply relation):
   *     then the supplier is named 原供应企业 for that requester
   */
  public OutreachLetter render(OutreachRequest request, int n, BiPredicate<Uscc, Uscc> supplies) {
    LetterContent content = compose(request, n, supplies);
    return new OutreachLetter(request.id(), request.target(), request.authority(),
        content.title(), markdown(content), content);
  }

  /**
   * Renders a run of letters, numbered from {@link #firstNumber()} in the given order.
   *
   * @param supplies as for {@link #render(OutreachRequest, int, BiPredicate)}
   */
  public List<OutreachLetter> renderAll(
      Collection<OutreachRequest> requests, BiPredicate<Uscc, Uscc> supplies) {
    checkNotNull(requests, "requests");
    List<OutreachLetter> out = new ArrayList<>(requests.size());
    int n = firstNumber;
    for (OutreachRequest r : requests) {
      out.add(render(r, n++, supplies));
    }
    return out;
  }

  /**
   * The elements of the letter for {@code request}, numbered {@code n}.
   *
   * @param supplies as for {@link #render(OutreachRequest, int, BiPredicate)}
   */
  public LetterContent compose(OutreachRequest request, int n, BiPredicate<Uscc, Uscc> supplies) {
    checkNotNull(request, "request");
    checkNotNull(supplies, "supplies");
    checkArgument(n >= 1, "letter number must be >= 1 but was %s", n);
    String we = selfName(sender);
    String you = honorific(request.authority());

    // One row per item and need: quantity and deadline differ per requester.
    List<Row> rows = new ArrayList<>();
    for (OutreachItem item : request.items()) {
      for (Need need : item.needs()) {
        boolean original = supplies.test(item.supplier().uscc(), need.requester().uscc());
        rows.add(new Row(rows.size() + 1, item, need, original));
      }
    }

    List<LetterContent.Paragraph> body = new ArrayList<>();
    boolean passes = rows.stream().anyMatch(r -> r.item.reason() == OutreachReason.SHIP);
    // With one attachment the 附件说明 numbers none, so the body cites it as 附件.
    String list = passes ? "附件1" : "附件";
    body.add(text(opening(rows, we, you, list)));
    List<String> parts = List.of("一、", "二、");
    int part = 0;
    for (boolean original : new boolean[] {true, false}) {
      Map<OutreachReason, Set<Integer>> items = new EnumMap<>(OutreachReason.class);
      Map<OutreachReason, Set<String>> names = new EnumMap<>(OutreachReason.class);
      for (Row r : rows) {
        if (r.original == original) {
          items.computeIfAbsent(r.item.reason(), k -> new LinkedHashSet<>()).add(r.itemNo);
          names.computeIfAbsent(r.item.reason(), k -> new LinkedHashSet<>())
              .add(r.item.supplier().name());
        }
      }
      if (items.isEmpty()) {
        continue;
      }
      String label = original ? ORIGINAL_SUPPLIER : CANDIDATE_SUPPLIER;
      body.add(new LetterContent.Paragraph(LetterContent.Kind.HEADING, parts.get(part++) + label));
      if (!original) {
        body.add(text("经" + we + "供需匹配，以下" + "贵地企业可以生产需求企业所需产品，拟与需求企业对接。商请"
            + you + "协助联系有关企业，推动供需对接。"));
      }
      for (Map.Entry<OutreachReason, Set<Integer>> e : items.entrySet()) {
        body.add(text(ask(e.getKey(), original, names.get(e.getKey()), e.getValue(), you, list)));
      }
    }
    body.add(text("特此函商，盼复。"));

    List<LetterContent.Attachment> attachments = new ArrayList<>();
    attachments.add(itemList(rows));
    if (passes) {
      attachments.add(passList(rows));
    }
    return new LetterContent(
        request.id(),
        issuer,
        number(n, request.date()),
        title(request),
        request.authority(),
        body,
        attachments,
        sender,
        request.date(),
        "联系人：" + contactName + "，联系电话：" + contactPhone,
        copyTo(request));
  }

  private String opening(List<Row> rows, String we, String you, String list) {
    Set<Uscc> local = new LinkedHashSet<>();
    Set<Uscc> elsewhere = new LinkedHashSet<>();
    Set<Uscc> originals = new LinkedHashSet<>();
    Set<Uscc> suppliers = new LinkedHashSet<>();
    Set<String> products = new LinkedHashSet<>();
    for (Row r : rows) {
      Enterprise requester = r.need.requester();
      (isHome(requester) ? local : elsewhere).add(requester.uscc());
      suppliers.add(r.item.supplier().uscc());
      products.add(r.item.product());
      if (r.original) {
        originals.add(r.item.supplier().uscc());
      }
    }
    String who;
    if (elsewhere.isEmpty()) {
      who = "我市" + local.size() + "家企业";
    } else if (local.isEmpty()) {
      who = elsewhere.size() + "家相关企业";
    } else {
      who = "我市" + local.size() + "家企业及" + elsewhere.size() + "家外地相关企业";
    }
    long candidates = suppliers.size() - originals.size();
    String split;
    if (originals.isEmpty()) {
      split = "均为经供需匹配找到的" + CANDIDATE_SUPPLIER;
    } else if (candidates == 0) {
      split = "均为需求企业的" + ORIGINAL_SUPPLIER;
    } else {
      split = "其中" + ORIGINAL_SUPPLIER + originals.size() + "家，经供需匹配找到的" + CANDIDATE_SUPPLIER
          + candidates + "家";
    }
    if (rows.stream().allMatch(r -> r.item.reason() == OutreachReason.TAKE)) {
      return "受" + disruption + "影响，" + who + "已复工生产，但原有下游客户尚未复工，产品暂无销路。" + we
          + "在开展产业链供应链协调工作中梳理发现，贵地" + suppliers.size() + "家企业可采购上述"
          + products.size() + "种产品（详见" + list + "）。为保障产业链供应链稳定，现商请" + you
          + "予以协助，有关事项如下：";
    }
    return "受" + disruption + "影响，" + who + "生产所需的部分原材料、零部件供应受阻。" + we
        + "在开展产业链供应链协调工作中梳理发现，上述需求涉及贵地" + suppliers.size() + "家企业、"
        + products.size() + "种产品，" + split + "（详见" + list + "）。"
        + "为保障产业链供应链稳定，现商请" + you + "予以协助，有关事项如下：";
  }

  private static String ask(OutreachReason reason, boolean original, Set<String> names,
      Set<Integer> itemNos, String you, String list) {
    String who = names(names);
    String where = "（" + list + "第" + numbers(itemNos) + "项";
    String them = original ? "上述企业" : "其";
    return switch (reason) {
      case RESUME -> who + "目前尚未复工。商请" + you + "协调" + them + "尽快复工复产，"
          + (original ? "优先恢复对原有客户的供应" : "保障对需求企业的供应") + where + "）。";
      case EXPAND -> who + "目前产能不足。商请" + you + "协调" + them + "提升产能、扩大供应，"
          + (original ? "保障对原有客户的供应" : "保障对需求企业的供应") + where + "）。";
      case SHIP -> who + "已复工复产。商请" + you + "为" + them + "产品运输提供物流保障，协助办理车辆通行手续、开通绿色通道"
          + where + "，通行所需信息见附件2）。";
      case TAKE -> who + "可采购我市企业已复工生产但暂无销路的产品。商请" + you + "协调" + them
          + "与我市供应企业对接采购" + where + "）。";
    };
  }

  private LetterContent.Attachment itemList(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      Demand d = r.need.demand();
      cells.add(List.of(
          String.valueOf(r.itemNo),
          r.item.supplier().name(),
          r.item.supplier().uscc().value(),
          r.original ? ORIGINAL_SUPPLIER : CANDIDATE_SUPPLIER,
          r.item.product(),
          quantity(d),
          d.neededBy().map(date -> chineseDate(date)
              + (r.item.reason() == OutreachReason.TAKE ? "起" : "前")).orElse(NOT_STATED),
          requesterName(r.need.requester()),
          (r.original ? "" : "协助对接；") + r.item.reason().label()));
    }
    return new LetterContent.Attachment(ITEM_LIST_TITLE, ITEM_COLUMNS, cells);
  }

  private LetterContent.Attachment passList(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      if (r.item.reason() != OutreachReason.SHIP) {
        continue;
      }
      Enterprise supplier = r.item.supplier();
      Enterprise requester = r.need.requester();
      cells.add(List.of(
          String.valueOf(cells.size() + 1),
          r.item.product(),
          quantity(r.need.demand()),
          supplier.region().fullName() + "—" + requester.region().fullName(),
          supplier.name(),
          requester.name(),
          "",
          "",
          ""));
    }
    return new LetterContent.Attachment(PASS_LIST_TITLE, PASS_COLUMNS, cells);
  }

  private List<String> copyTo(OutreachRequest request) {
    Set<String> out = new LinkedHashSet<>(copyTo);
    RegionCode province = request.target().province();
    if (copyToTargetProvince
        && !province.equals(homeCity.province())
        && !province.equals(request.target())
        && !province.isMunicipality()) {
      out.add(authorityNames.nameOf(province));
    }
    out.remove(request.authority());
    return List.copyOf(out);
  }

  private boolean isHome(Enterprise e) {
    return e.region().isWithin(homeCity);
  }

  private String requesterName(Enterprise requester) {
    return isHome(requester)
        ? requester.name()
        : requester.name() + "（" + requester.region().city().name() + "）";
  }

  /** The title from what is asked for: one product, two, or the first and how many. */
  private static String title(OutreachRequest request) {
    Set<String> products = new LinkedHashSet<>();
    request.items().forEach(i -> products.add(i.product()));
    List<String> p = List.copyOf(products);
    String what = switch (p.size()) {
      case 1 -> p.get(0);
      case 2 -> p.get(0) + "和" + p.get(1);
      default -> p.get(0) + "等" + p.size() + "种产品";
    };
    boolean takeOnly = request.items().stream().allMatch(i -> i.reason() == OutreachReason.TAKE);
    return takeOnly
        ? "关于商请协助对接采购" + oneLine(what) + "的函"
        : "关于商请协助保障" + oneLine(what) + "供应的函";
  }

  private static String quantity(Demand d) {
    if (d.quantity().isEmpty()) {
      return NOT_STATED;
    }
    return BigDecimal.valueOf(d.quantity().getAsDouble()).stripTrailingZeros().toPlainString()
        + d.unit();
  }

  private static String names(Set<String> names) {
    List<String> list = List.copyOf(names);
    if (list.size() <= NAMES_LISTED) {
      return String.join("、", list);
    }
    return String.join("、", list.subList(0, NAMES_LISTED)) + "等" + list.size() + "家企业";
  }

  private static String numbers(Set<Integer> numbers) {
    List<String> parts = new ArrayList<>();
    numbers.forEach(n -> parts.add(String.valueOf(n)));
    return String.join("、", parts);
  }

  private static LetterContent.Paragraph text(String s) {
    return new LetterContent.Paragraph(LetterContent.Kind.TEXT, s);
  }

  /** How the sender calls itself: 我局, 我厅, 我委, 我办, else 我单位. */
  static String selfName(String authority) {
    return "我" + rank(authority);
  }

  /** How the addressee is called: 贵局, 贵厅, 贵委, 贵办, else 贵单位. */
  static String honorific(String authority) {
    return "贵" + rank(authority);
  }

  private static String rank(String authority) {
    String a = authority.strip();
    if (a.endsWith("局")) {
      return "局";
    }
    if (a.endsWith("厅")) {
      return "厅";
    }
    if (a.endsWith("委员会") || a.endsWith("委")) {
      return "委";
    }
    if (a.endsWith("办公室") || a.endsWith("办")) {
      return "办";
    }
    return "单位";
  }

  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  // ---------------------------------------------------------------- Markdown

  /** The content as Markdown, in the element order of the .docx. */
  static String markdown(LetterContent c) {
    StringBuilder md = new StringBuilder();
    md.append("**").append(escape(c.issuer())).append("**\n\n");
    md.append(escape(c.number())).append("\n\n");
    md.append("# ").append(escape(c.title())).append("\n\n");
    md.append(escape(c.addressee())).append("：\n\n");
    for (LetterContent.Paragraph p : c.body()) {
      md.append(p.kind() == LetterContent.Kind.HEADING ? "## " : "　　")
          .append(escape(p.text())).append("\n\n");
    }
    List<String> notes = c.attachmentNotes();
    for (int i = 0; i < notes.size(); i++) {
      md.append(i == 0 ? "　　附件：" : "　　　　　").append(escape(notes.get(i))).append("\n");
    }
    md.append('\n');
    md.append(escape(c.signature())).append("\n\n");
    md.append(c.dateText()).append("\n\n");
    md.append("（").append(escape(c.note())).append("）\n\n");
    for (int i = 0; i < c.attachments().size(); i++) {
      LetterContent.Attachment a = c.attachments().get(i);
      md.append("---\n\n").append(c.attachmentLabel(i)).append("\n\n");
      md.append("## ").append(escape(a.title())).append("\n\n");
      md.append("| ").append(String.join(" | ", a.columns())).append(" |\n");
      md.append("|").append(" --- |".repeat(a.columns().size())).append('\n');
      for (List<String> row : a.rows()) {
        md.append('|');
        for (String cell : row) {
          md.append(' ').append(cell.isEmpty() ? "" : escape(cell)).append(" |");
        }
        md.append('\n');
      }
      md.append('\n');
    }
    if (!c.copyTo().isEmpty()) {
      md.append("---\n\n抄送：").append(escape(String.join("，", c.copyTo()))).append("。\n");
    }
    return md.toString();
  }

  /** Folds line breaks and tabs, so that text from the data stays on one line. */
  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
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

  private record Row(int itemNo, OutreachItem item, Need need, boolean original) {}

  /** Builds {@link LetterTemplate}s; not thread-safe. */
  public static final class Builder {
    private final RegionCode homeCity;
    private AuthorityNames authorityNames = AuthorityNames.defaults();
    private String sender;
    private String issuer;
    private String disruption = DEFAULT_DISRUPTION;
    private String contactName = PLACEHOLDER;
    private String contactPhone = PLACEHOLDER;
    private String numberPattern = DEFAULT_NUMBER_PATTERN;
    private int firstNumber = 1;
    private final List<String> copyTo = new ArrayList<>();
    private boolean copyToTargetProvince = true;

    private Builder(RegionCode homeCity) {
      this.homeCity = homeCity;
    }

    /** How the sender (and the province a cross-province letter is copied to) are named. */
    public Builder authorityNames(AuthorityNames names) {
      this.authorityNames = checkNotNull(names, "names");
      return this;
    }

    /** The sending authority's name (发文机关署名), overriding {@link #authorityNames}. */
    public Builder sender(String name) {
      this.sender = nonBlank(name, "sender");
      return this;
    }

    /** The letterhead (发文机关标志), e.g. a 规范化简称; default: the sender's name. */
    public Builder issuer(String name) {
      this.issuer = nonBlank(name, "issuer");
      return this;
    }

    /** The disruption the first sentence names, e.g. 新冠肺炎疫情 or 洪涝灾害. */
    public Builder disruption(String text) {
      this.disruption = nonBlank(text, "disruption");
      return this;
    }

    /** The contact person in the 附注. */
    public Builder contactName(String text) {
      this.contactName = nonBlank(text, "contactName");
      return this;
    }

    /** The contact telephone in the 附注. */
    public Builder contactPhone(String text) {
      this.contactPhone = nonBlank(text, "contactPhone");
      return this;
    }

    /**
     * The 发文字号 pattern: {@code {year}} becomes the letter's year and {@code {n}} its number,
     * e.g. {@code 苏工信函〔{year}〕{n}号} (default {@value #DEFAULT_NUMBER_PATTERN}).
     *
     * @throws IllegalArgumentException if the pattern lacks {@code {n}}
     */
    public Builder numberPattern(String pattern) {
      nonBlank(pattern, "numberPattern");
      checkArgument(pattern.contains("{n}"), "number pattern \"%s\" lacks the placeholder {n}", pattern);
      this.numberPattern = pattern;
      return this;
    }

    /** The number of the first letter of a run (default 1). */
    public Builder firstNumber(int n) {
      checkArgument(n >= 1, "first letter number must be >= 1 but was %s", n);
      this.firstNumber = n;
      return this;
    }

    /** Adds authorities every letter is copied to (抄送), in order. */
    public Builder copyTo(String... authorities) {
      for (String a : authorities) {
        copyTo.add(nonBlank(a, "copyTo"));
      }
      return this;
    }

    /**
     * Whether a letter to another province's city is copied to that province's industry department
     * (named by {@link #authorityNames}); default true.
     */
    public Builder copyToTargetProvince(boolean value) {
      this.copyToTargetProvince = value;
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
