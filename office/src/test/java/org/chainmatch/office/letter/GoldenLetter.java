package org.chainmatch.office.letter;

import java.time.LocalDate;
import java.util.List;
import org.chainmatch.outreach.LetterContent;
import org.chainmatch.outreach.LetterContent.Attachment;
import org.chainmatch.outreach.LetterContent.Kind;
import org.chainmatch.outreach.LetterContent.Paragraph;

/**
 * The golden letter rendered in {@code office/golden/}: every element of a 函, in the wording of
 * {@link org.chainmatch.outreach.LetterTemplate}, with a body long enough that its second page is
 * body text from top to bottom (22 full lines), and paragraphs without Latin letters or digits, so
 * that each of their full lines must hold exactly 28 characters.
 */
final class GoldenLetter {
  /** Paragraphs of Chinese characters and full-width punctuation only. */
  static final List<String> CHINESE_ONLY = List.of(
      "经我局供需匹配，以下贵地企业可以生产需求企业所需产品，拟与需求企业对接。商请贵局协助联系有关企业，"
          + "推动供需对接，并请有关企业根据需求企业提出的数量和交货时间，尽快确认能否供应，及时反馈联系人和联系方式。",
      "上述企业已复工复产，但产品运往我市受阻。商请贵局协调交通运输和公安交管部门，为上述企业运往我市的原材料"
          + "和零部件办理重点物资运输车辆通行证，保障运输车辆优先通行、不停车快速通行，并协助做好驾驶员和装卸人员"
          + "的防护保障，通行证所需的品名、数量、起讫地、收货单位和车辆信息已列入车辆通行信息表。",
      "我局将安排专人负责与贵局对接，及时通报需求企业的生产恢复情况和物资到货情况；如上述企业在供应过程中遇到"
          + "原材料、用工、资金等方面的困难，我局愿意协调我市有关企业和部门给予支持，共同保障两地产业链供应链稳定。");

  static final LetterContent LETTER = new LetterContent(
      "OR-320500-330100-20240201-1",
      "苏州市工业和信息化局",
      "苏工信函〔2024〕15号",
      "关于商请协助保障熔喷布和无纺布供应的函",
      "杭州市经济和信息化局",
      List.of(
          new Paragraph(Kind.TEXT, "受突发事件影响，我市7家企业生产所需的部分原材料、零部件供应受阻。我局在开展"
              + "产业链供应链协调工作中梳理发现，上述需求涉及贵地9家企业、5种产品，其中原供应企业5家，经供需匹配找到的"
              + "拟对接企业4家（详见附件1）。为保障产业链供应链稳定，现商请贵局予以协助，有关事项如下："),
          new Paragraph(Kind.HEADING, "一、原供应企业"),
          new Paragraph(Kind.TEXT, "杭州甲无纺布有限公司、杭州乙新材料有限公司、杭州丙化纤有限公司目前尚未复工。"
              + "商请贵局协调上述企业尽快复工复产，优先恢复对原有客户的供应（附件1第1、2、3项）。"),
          new Paragraph(Kind.TEXT, "杭州丁过滤材料有限公司目前产能不足。商请贵局协调其提升产能、扩大供应，"
              + "优先保障对原有客户的供应（附件1第4项）。"),
          new Paragraph(Kind.TEXT, "杭州戊包装材料有限公司已复工复产。商请贵局为上述企业产品运输提供物流保障"
              + "（附件1第5项，附件2）。"),
          new Paragraph(Kind.TEXT, CHINESE_ONLY.get(1)),
          new Paragraph(Kind.HEADING, "二、拟对接企业"),
          new Paragraph(Kind.TEXT, CHINESE_ONLY.get(0)),
          new Paragraph(Kind.TEXT, "杭州己医用材料有限公司、杭州庚纺织有限公司目前尚未复工。商请贵局协调其尽快复工"
              + "复产，保障对需求企业的供应（附件1第6、7项）。"),
          new Paragraph(Kind.TEXT, "杭州辛无纺制品有限公司、杭州壬新材料科技有限公司已复工复产。商请贵局协助联系"
              + "上述企业，推动与需求企业对接（附件1第8、9项）。"),
          new Paragraph(Kind.TEXT, CHINESE_ONLY.get(2)),
          new Paragraph(Kind.TEXT, "特此函商，盼复。")),
      List.of(
          new Attachment("商请协助保障事项清单",
              List.of("序号", "供应企业", "统一社会信用代码", "供应关系", "产品", "数量", "需求日期", "需求企业",
                  "商请事项"),
              List.of(
                  List.of("1", "杭州甲无纺布有限公司", "91330100MA0000101E", "原供应企业", "熔喷布", "20吨", "2024年2月10日前", "苏州甲医疗用品有限公司", "协调复工"),
                  List.of("2", "杭州乙新材料有限公司", "91330100MA0000102C", "原供应企业", "熔喷布", "10吨", "2024年2月10日前", "苏州丙防护用品有限公司", "协调复工"),
                  List.of("3", "杭州丙化纤有限公司", "91330100MA0000103A", "原供应企业", "丙纶短纤", "30吨", "2024年2月15日前", "苏州丁无纺布有限公司", "协调复工"),
                  List.of("4", "杭州丁过滤材料有限公司", "91330100MA0000104F", "原供应企业", "驻极母粒", "2吨", "2024年2月8日前", "苏州甲医疗用品有限公司", "协调扩产"),
                  List.of("5", "杭州戊包装材料有限公司", "91330100MA0000105A", "原供应企业", "无纺布", "8吨", "2024年2月12日前", "苏州乙卫生材料有限公司", "物流保障"),
                  List.of("6", "杭州己医用材料有限公司", "91330100MA0000106H", "拟对接企业", "熔喷布", "5吨", "未注明", "苏州戊医疗器械有限公司", "协助对接；协调复工"),
                  List.of("7", "杭州庚纺织有限公司", "91330100MA0000107D", "拟对接企业", "无纺布", "12吨", "2024年2月20日前", "苏州己卫生用品有限公司", "协助对接；协调复工"),
                  List.of("8", "杭州辛无纺制品有限公司", "91330100MA0000108G", "拟对接企业", "熔喷布", "5吨", "未注明", "苏州丙防护用品有限公司", "协助对接"),
                  List.of("9", "杭州壬新材料科技有限公司", "91330100MA0000109B", "拟对接企业", "耳带", "50万根", "2024年2月12日前", "苏州庚口罩有限公司", "协助对接"))),
          new Attachment("物流保障车辆通行信息表",
              List.of("序号", "品名", "数量", "起讫地", "发货单位", "收货单位", "车牌号", "驾驶员", "联系电话"),
              List.of(List.of("1", "无纺布", "8吨", "杭州市—苏州市", "杭州戊包装材料有限公司",
                  "苏州乙卫生材料有限公司", "", "", "")))),
      "苏州市工业和信息化局",
      LocalDate.of(2024, 2, 1),
      "联系人：张三，联系电话：0512-68610000",
      List.of("浙江省经济和信息化厅", "江苏省工业和信息化厅"));

  private GoldenLetter() {}
}
