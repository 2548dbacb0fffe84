package org.chainmatch.office.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.analysis.ResumptionAnalysis;
import org.chainmatch.core.analysis.ResumptionReport;
import org.chainmatch.core.graph.SupplyGraph;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final RegionTable REGIONS = RegionTable.bundled();
  private static final String HOSTILE = "<img src=x onerror=alert(1)>&</script>苏州";

  private static Uscc uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n));
  }

  private static Enterprise firm(Uscc u, String name, String region, OperatingState state, boolean key) {
    return Enterprise.builder(u, name, REGIONS.resolve(region)).product("产品" + u.value().substring(10))
        .industry(IndustryCode.parse("C3841")).status(OperatingStatus.of(state)).key(key).build();
  }

  /** {@code keys} key enterprises in 姑苏区, each buying from its own suspended supplier (hostile name). */
  private static ResumptionReport city(int keys) {
    List<Enterprise> firms = new ArrayList<>();
    List<SupplyRelation> relations = new ArrayList<>();
    for (int i = 0; i < keys; i++) {
      Uscc key = uscc("320508", 2 * i + 1);
      Uscc supplier = uscc("320506", 2 * i + 2);
      firms.add(firm(key, "龙头" + i + "有限公司", "320508", OperatingState.RESUMED, true));
      firms.add(firm(supplier, HOSTILE + i, "320506", OperatingState.SUSPENDED, false));
      relations.add(SupplyRelation.of(supplier, key, "零件"));
    }
    return ResumptionAnalysis.of(SupplyGraph.of(firms, relations), REGIONS.resolveCity("320500")).analyze();
  }

  /** The page without the inlined ECharts library, so that assertions concern our own markup. */
  private static String page(HtmlReport.Builder report) {
    String html = report.build().html();
    assertThat(html).contains(Assets.echarts());
    return html.replace(Assets.echarts(), "/* echarts */");
  }

  private static JsonNode data(String html) throws Exception {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
        .matcher(html);
    assertThat(m.find()).isTrue();
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void namesFromTheDataAreTextNotMarkup() throws Exception {
    String html = page(HtmlReport.builder(city(1)));

    assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&amp;&lt;/script&gt;苏州0");
    // The chain graph's label carries the name as JSON data, escaped for <script>.
    JsonNode chart = data(html).get("charts").get("chain-0");
    assertThat(chart.toString()).contains("【停】" + HOSTILE.substring(0, 13));
  }

  @Test
  void thePageNeedsNoNetwork() {
    String html = page(HtmlReport.builder(city(1)));

    assertThat(html).doesNotContainPattern("(?i)<(script|img|link|iframe)[^>]*\\s(src|href)=");
    assertThat(html).doesNotContainPattern("(?i)@import|url\\(\\s*['\"]?https?:");
    assertThat(html).contains("/* echarts */");
  }

  @Test
  void everyChartHasItsDataAndAContainer() throws Exception {
    String html = page(HtmlReport.builder(city(2)));

    JsonNode charts = data(html).get("charts");
    List<String> ids = new ArrayList<>();
    charts.fieldNames().forEachRemaining(ids::add);
    assertThat(ids).contains("status", "districts", "industries", "sourcing", "priorities", "chain-0", "chain-1");
    for (String id : ids) {
      assertThat(html).contains("data-chart=\"" + id + "\"");
    }
  }

  @Test
  void longListsStopWithHowManyMore() {
    String html = page(HtmlReport.builder(city(12)).rowsListed(5).keyChainsDrawn(3));

    assertThat(Pattern.compile("data-key-enterprise=").matcher(html).results().count()).isEqualTo(5);
    assertThat(html).contains("另有 7 家重点企业未列出", "另有 9 家重点企业的链条图未画出");
    assertThat(html).doesNotContain("data-chain=\"" + uscc("320508", 7).value());
  }

  @Test
  void districtsAreNamedFromTheRegionTable() {
    String html = page(HtmlReport.builder(city(1)));

    assertThat(html).contains("<td>姑苏区</td>", "<td>吴中区</td>", "C38 电气机械和器材制造业");
  }

  @Test
  void withoutOutreachTheSectionSaysSo() {
    assertThat(page(HtmlReport.builder(city(1)))).contains("id=\"outreach-empty\"");
  }

  @Test
  void theSizeIsBoundedByListsNotByTheCity() {
    int small = page(HtmlReport.builder(city(10))).length();
    int large = page(HtmlReport.builder(city(400))).length();

    // 40 times the key enterprises: only the listed rows (30) and the drawn chains (6) grow the page.
    assertThat(large - small).isLessThan(60_000);
    assertThat(large).isLessThan(1_300_000);
  }
}
