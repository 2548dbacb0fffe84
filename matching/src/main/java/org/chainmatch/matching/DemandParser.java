package org.chainmatch.matching;

import static com.google.common.base.Preconditions.checkArgument;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a demand's free text apart into a {@link DemandText}.
 *
 * <p>The mechanism is general rather than a list of known products: the text is normalised (NFKC,
 * so full-width punctuation and digits become ASCII), split into clauses, and the clause that
 * names the need is chosen: the first one with a demand cue (采购, 求购, 急需, 寻, ...), else the
 * first that is neither a purpose (为生产…, 用于…) nor noise (delivery times, contact and
 * politeness phrases). Within it, the text after the cue is the candidate; what it is for (用于X,
 * X用的Y, a 为… prefix) is cut off as the purpose; quantities (Arabic or Chinese numerals with a
 * unit), time phrases, urgency and politeness words, and trailing supplier nouns (供应商, 厂家) are
 * stripped. When nothing is left, the whole text is the product.
 *
 * <p>Stateless and thread-safe.
 */
final class DemandParser {

  private static final String NUMERAL = "零〇一二两三四五六七八九十百千万亿";

  /**
   * Clause separators. A full stop inside a code (P.O42.5, No.5, 0.5) is no separator: only one
   * with no letter or digit on one side is.
   */
  private static final Pattern CLAUSE_SPLIT =
      Pattern.compile("[,;!?。\\n\\r]+|(?<![A-Za-z0-9])\\.|\\.(?![A-Za-z0-9])");

  /** A parenthesised remark: a specification or an aside (湿法, 9微米; 0402规格), not the product. */
  private static final Pattern REMARK = Pattern.compile("\\([^()]*\\)");

  /**
   * Demand cues, longest first so that 急需 wins over 需. The verbs of buying and seeking are
   * strong ({@link #STRONG_CUE}); the rest are weak, as they also occur in clauses that say
   * something else (出厂前需做产品包装, 需求稳定), so a clause with a strong cue names the need before
   * one with a weak cue.
   */
  private static final Pattern CUE = Pattern.compile(
      "(?:求购|急购|采购|收购|订购|征购|诚征|购买|购进|想买|急需|急缺|紧缺|短缺|缺少|需要|需求|急求|寻找|寻求|征集|求助|"
          + "寻|找|需|缺|买)");

  private static final Pattern STRONG_CUE =
      Pattern.compile("求购|急购|采购|收购|订购|征购|诚征|购买|购进|想买|急需|急缺|急求|寻找|寻求|征集");

  /** Words that contain a cue character but are no cue. */
  private static final Pattern NOT_CUE = Pattern.compile("要求|买卖|所需|必需|无需|需方|供需|寻常");

  private static final Pattern PURPOSE_START = Pattern.compile("^(?:为了|为|用于|用来|以便|以供|影响)");

  /**
   * What a cue may be followed by without naming any product: "急需新货源", "寻找替代供应商". The
   * product is then named in another clause, usually one that says what ran short.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "^(?:新的?|替代的?|其他的?|备用的?|另外的?|合适的?)?"
          + "(?:货源|供应商|供货商|供应渠道|渠道|资源|厂家|替代品|替代|供应|合作方|合作伙伴)?$");

  /**
   * How a clause says that something ran short or that its supplier stopped: "原供应商未复工",
   * "X库存告急", "X断供". Removing it leaves the product.
   */
  private static final Pattern SHORTAGE = Pattern.compile(
      "(?:库存|存货|原料)?(?:告急|不足|紧张|短缺|紧缺|断供|断货|缺货|用完|耗尽|即将用完)"
          + "|(?:尚未|还未|仍未|未能|未|没有|不能|无法)(?:复工|复产|开工|恢复生产|供货|发货)|停产|停工|停供|停业|关停"
          // 原 alone is a cue only when a supplier noun follows in the clause (原供应商, 原阴极铜厂家)
          // and it does not begin a product name (原油, 原盐, 原煤, 原木, 原纸, 原料药, …).
          + "|^(?:原有的?|原来的?|现有的?|之前的?)"
          + "|^原(?!油|盐|煤|木|纸|料|浆|液|矿|棉|奶|糖|粮|酒|汁|石|铝|铁|钢|皮|胶|漆|药)"
          + "(?=[^，,。；;！!？?]*?(?:供应商|供货商|厂家|厂商|供应渠道|渠道|货源|合作方|合作伙伴))");

  /** An in-clause purpose after the product: 熔喷布用于生产口罩. */
  private static final Pattern PURPOSE_AFTER = Pattern.compile("(?:用于|用来|以便|以供|供应给)");

  /**
   * "X用(的)Y": X is the purpose when both sides have two or more characters and the 用 is not
   * part of a word such as 使用, 采用, 通用, 适用 or 专用. "X专用Y" is a product name (机场专用车辆,
   * 聚丙烯专用料): dedicated products are sold and catalogued under such names.
   */
  private static final Pattern PURPOSE_USE =
      Pattern.compile("^(.{2,}?)(?<![使采通适备耐信应作费利引启试实租饮服运调占挪功效享录聘雇日家农民军医商专])用的?(.{2,})$");

  private static final String UNIT =
      "平方米|立方米|平米|毫升|千克|公斤|公里|万米|吨|kg|KG|Kg|克|升|米|件|个|只|片|套|台|箱|卷|包|桶|袋|瓶|盒|双|副|对|张|块"
          + "|根|条|支|批|车|托|方|打|捆|匹|粒|颗|枚|组|部|辆|把|份|箱";

  /** A quantity: a number (Arabic, optionally with a 万/千 multiplier, or Chinese) and a unit. */
  private static final Pattern QUANTITY = Pattern.compile(
      "(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?|[" + NUMERAL + "]+)\\s*([万千百亿])?\\s*(余|多)?\\s*(" + UNIT
          + ")(?![式型性装状形头层级相位通角面])");

  /**
   * A number at the end, apart from the name (钢帘线 300), or between the name and one last
   * ideograph, which is then a measure word the unit list lacks (开关柜30面).
   */
  private static final Pattern TRAILING_NUMBER =
      Pattern.compile("\\s+\\d+(?:\\.\\d+)?\\s*$|(?<=\\p{IsIdeographic})\\s*\\d+(?:\\.\\d+)?\\p{IsIdeographic}$");

  private static final Pattern TIME = Pattern.compile(
      "\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}[日号]?(?:之前|以前|前)?"
          + "|\\d{1,2}月\\d{1,2}[日号](?:之前|以前|前)?"
          + "|\\d{1,2}月(?:底|初|中旬|上旬|下旬|中)(?:之前|以前|前)?"
          + "|(?:\\d+|[" + NUMERAL + "几半]+)\\s*(?:个)?(?:小时|工作日|天|日|周|星期|个月|月)(?:之内|以内|内|之前|以前|前)?"
          + "|(?:本周|本月|下周|下月|本年|今年|月底|年底|年内|今天|今日|明天|明日|后天|近期|近日|当天|当日|即日|年前|节前)"
          + "(?:之内|以内|内|之前|以前|前)?");

  private static final Pattern DELIVERY = Pattern.compile("(?:到厂|到货|送达|送到|交货|送货|发货|供货|交付|到位|上门)");

  private static final Pattern URGENT =
      Pattern.compile("急|尽快|马上|立即|立刻|火速|加急|从速|速来|(?:\\d+|[一二两三四五六七八九十几半]+)\\s*(?:个)?(?:小时|天|日)(?:之内|以内|内)|今天|明天|本周");

  private static final Pattern CONTACT =
      Pattern.compile("联系|电话|致电|微信|手机|QQ|邮箱|欢迎|谢谢|感谢|面议|洽谈|详谈|来电|咨询");

  /** Words of manner, politeness and haste that are not part of a product name. */
  private static final Pattern FILLER = Pattern.compile(
      "紧急|加急|尽快|马上|立即|立刻|火速|从速|急|请|烦请|敬请|有意者|有意|有货源的?|有货的?|有库存的?|现货|现款|高价|诚意|"
          + "大量|长期|少量|小批量|批量|若干|一批|一些|优质的?|合格的?|质量好的?|我公司|我司|本公司|我厂|本厂|我单位|本单位|"
          + "我们|贵司|价格|要求");

  /** Nouns naming who supplies rather than what is supplied: 熔喷布供应商 means 熔喷布. */
  private static final Pattern SUPPLIER_NOUN = Pattern.compile(
      "(?:的)?(?:供应商|供货商|供应企业|生产企业|生产厂家|生产商|制造商|厂家|厂商|供应|货源|企业|加工厂|代工厂|工厂|单位|资源)$");

  /** Particles, vague quantifiers and capability verbs (能做, 可提供) before a product name. */
  private static final Pattern EDGE_JUNK_START = Pattern.compile(
      "^[\\s:：的及和与、\\-()（）\\[\\]]+|^(?:各种|各类|相关|一些)"
          + "|^(?:能够|能|可以|可)(?:做|生产|制造|加工|提供|供应)");
  private static final Pattern EDGE_JUNK_END = Pattern.compile("[\\s:：的等及和与、\\-()（）\\[\\]]+$|(?:等等|之类|若干)$");

  private static final Pattern PURPOSE_VERB_START = Pattern.compile("^(?:为了|为|用于|用来|以便|以供|生产|制造|加工|制作|供)+");
  private static final Pattern PURPOSE_VERB_END = Pattern.compile("(?:生产|制造|加工|使用|所需|之用|需要|用)+$");

  private DemandParser() {}

  static DemandText parse(String text) {
    checkArgument(text != null && !text.isBlank(), "demand text is blank: \"%s\"", text);
    String original = text.strip();
    String normal = Normalizer.normalize(original, Normalizer.Form.NFKC).strip();
    boolean urgent = URGENT.matcher(normal).find();
    Quantity quantity = firstQuantity(TIME.matcher(normal).replaceAll(" "));

    List<String> clauses = new ArrayList<>();
    for (String c : CLAUSE_SPLIT.split(REMARK.matcher(normal).replaceAll(" "))) {
      if (!c.isBlank()) {
        clauses.add(c.strip());
      }
    }
    String product = "";
    String purpose = "";
    // A clause with a strong cue names the need most reliably, then one with a weak cue; among
    // clauses without, the first that is neither a purpose nor noise.
    for (boolean strong : new boolean[] {true, false}) {
      for (String clause : clauses) {
        int cueEnd = cueEnd(clause);
        if (cueEnd < 0 || strong && !STRONG_CUE.matcher(clause.substring(cueStart(clause), cueEnd)).find()) {
          continue;
        }
        Segment s = cleanProduct(clause.substring(cueEnd));
        if (!s.product.isEmpty()) {
          product = s.product;
          String before = clause.substring(0, cueStart(clause));
          purpose = s.purpose.isEmpty() && PURPOSE_VERB_START.matcher(before).find()
              ? purposeOf(before)
              : s.purpose;
          break;
        }
      }
      if (!product.isEmpty()) {
        break;
      }
    }
    // A cue that names no product ("急需新货源"): the product is in a clause without a cue.
    boolean placeholder = !product.isEmpty() && PLACEHOLDER.matcher(product).matches();
    if (placeholder) {
      product = "";
      purpose = "";
    }
    if (product.isEmpty()) {
      for (String clause : clauses) {
        if (PURPOSE_START.matcher(clause).find() || CONTACT.matcher(clause).find()
            || placeholder && cueEnd(clause) >= 0) {
          continue;
        }
        Segment s = cleanProduct(SHORTAGE.matcher(clause).replaceAll(" "));
        if (PLACEHOLDER.matcher(s.product).matches()) {
          continue;
        }
        if (!s.product.isEmpty()) {
          product = s.product;
          purpose = s.purpose;
          break;
        }
      }
    }
    if (purpose.isEmpty()) {
      for (String clause : clauses) {
        if (PURPOSE_START.matcher(clause).find() && cueEnd(clause) < 0) {
          purpose = purposeOf(clause);
          break;
        }
      }
    }
    if (product.isEmpty()) {
      product = original;
    }
    return new DemandText(
        original,
        product,
        purpose,
        quantity == null ? OptionalDouble.empty() : OptionalDouble.of(quantity.amount),
        quantity == null ? "" : quantity.unit,
        urgent);
  }

  private record Segment(String product, String purpose) {}

  private record Quantity(double amount, String unit) {}

  /** Where the first run of cues starts, or -1. */
  private static int cueStart(String clause) {
    Matcher m = CUE.matcher(clause);
    while (m.find()) {
      if (!insideNonCue(clause, m.start(), m.end())) {
        return m.start();
      }
    }
    return -1;
  }

  /** Where the first run of adjacent cues (需采购, 急需求购) ends, or -1 without a cue. */
  private static int cueEnd(String clause) {
    int start = cueStart(clause);
    if (start < 0) {
      return -1;
    }
    Matcher m = CUE.matcher(clause);
    int end = -1;
    int from = start;
    while (m.find(from) && m.start() == from && !insideNonCue(clause, m.start(), m.end())) {
      end = m.end();
      from = end;
    }
    return end;
  }

  private static boolean insideNonCue(String clause, int start, int end) {
    Matcher n = NOT_CUE.matcher(clause);
    while (n.find()) {
      if (n.start() < end && start < n.end()) {
        return true;
      }
    }
    return false;
  }

  /** The product and purpose within the part of a clause that should name the product. */
  private static Segment cleanProduct(String segment) {
    String s = segment;
    String purpose = "";
    Matcher after = PURPOSE_AFTER.matcher(s);
    if (after.find() && after.start() > 0) {
      purpose = purposeOf(s.substring(after.start()));
      s = s.substring(0, after.start());
    }
    s = strip(s);
    Matcher use = PURPOSE_USE.matcher(s);
    if (use.matches()) {
      String p = purposeOf(use.group(1));
      if (!p.isEmpty()) {
        purpose = purpose.isEmpty() ? p : purpose;
        s = strip(use.group(2));
      }
    }
    return new Segment(s, purpose);
  }

  /** Removes everything that is not the product, then the edges' particles. */
  private static String strip(String text) {
    String s = TIME.matcher(text).replaceAll(" ");
    s = QUANTITY.matcher(s).replaceAll(" ");
    s = TRAILING_NUMBER.matcher(s).replaceAll("");
    s = DELIVERY.matcher(s).replaceAll(" ");
    s = FILLER.matcher(s).replaceAll(" ");
    s = s.replaceAll("\\s+", " ").strip();
    String before;
    do {
      before = s;
      s = EDGE_JUNK_START.matcher(s).replaceAll("");
      s = EDGE_JUNK_END.matcher(s).replaceAll("");
      if (s.length() > 2) {
        String shorter = SUPPLIER_NOUN.matcher(s).replaceAll("");
        s = shorter.isBlank() ? s : shorter;
      }
      s = s.strip();
    } while (!s.equals(before));
    return s;
  }

  private static String purposeOf(String text) {
    String s = PURPOSE_VERB_START.matcher(text.strip()).replaceAll("");
    s = PURPOSE_VERB_END.matcher(s).replaceAll("");
    return strip(s);
  }

  private static Quantity firstQuantity(String text) {
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      double amount = number(m.group(1));
      if (Double.isNaN(amount)) {
        continue;
      }
      String unit = m.group(4);
      if (m.group(2) != null) {
        amount *= multiplier(m.group(2).charAt(0));
      }
      if (unit.equals("万米")) {
        amount *= 10_000;
        unit = "米";
      }
      return new Quantity(amount, unit);
    }
    return null;
  }

  /** An Arabic or Chinese number, or NaN when it cannot be read (几, 零散 characters). */
  static double number(String digits) {
    if (Character.isDigit(digits.charAt(0))) {
      return Double.parseDouble(digits);
    }
    long total = 0;
    long section = 0;
    long current = -1;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int d = c == '〇' ? 0 : c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
      if (d >= 0) {
        current = d;
        continue;
      }
      long unit = multiplier(c);
      if (unit == 0) {
        return Double.NaN;
      }
      if (unit >= 10_000) {
        section = (section + Math.max(current, 0)) * unit;
        total += section;
        section = 0;
      } else {
        section += (current < 0 ? 1 : current) * unit;
      }
      current = -1;
    }
    return total + section + Math.max(current, 0);
  }

  private static long multiplier(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1_000;
      case '万' -> 10_000;
      case '亿' -> 100_000_000;
      default -> 0;
    };
  }
}
