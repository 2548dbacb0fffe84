package org.chainmatch.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionLevel;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.SupplyRelation;
import org.chainmatch.core.Uscc;
import org.chainmatch.core.io.DemandCsv;
import org.chainmatch.core.io.EnterpriseCsv;
import org.chainmatch.core.io.EntityWriter;
import org.chainmatch.core.io.RelationCsv;

/**
 * A deliberately small stand-in for {@code org.chainmatch.core.generate.CityGenerator}, which is
 * being written elsewhere: it writes contract CSVs of the requested shape so that the fixture and
 * the benchmarks can run before the real generator lands. Delete it then and call the generator
 * from {@link CityFixture}; nothing else refers to this class.
 */
final class StandInCity {
  private static final List<String> PRODUCTS = List.of(
      "聚丙烯", "聚乙烯", "顺丁橡胶", "丁苯橡胶", "不锈钢板", "冷轧钢卷", "铝合金型材", "铜线",
      "电解铜", "锂电池", "电池隔膜", "正极材料", "集成电路", "印制电路板", "电容器", "连接器",
      "液晶面板", "光伏组件", "变压器", "电动机", "轴承", "齿轮", "液压泵", "阀门", "紧固件",
      "汽车座椅", "轮胎", "安全气囊", "医用口罩", "熔喷布", "防护服", "消毒液", "纸箱",
      "塑料薄膜", "玻璃瓶", "棉纱", "涤纶长丝", "染料", "面粉", "食用油");

  private static final String[] SCOPE_VERBS = {"生产", "加工", "销售", "研发"};

  private StandInCity() {}

  /** Writes the three files into {@code folder}, which must exist. */
  static void write(Path folder, String homeCity, int enterprises, int relationsPerEnterprise,
      int demands, long seed) throws IOException {
    RegionTable table = RegionTable.bundled();
    RegionCode city = table.resolve(homeCity);
    List<RegionCode> home = table.childrenOf(city);
    List<RegionCode> elsewhere = table.all().stream()
        .filter(r -> r.level() == RegionLevel.COUNTY && !r.isWithin(city))
        .toList();
    SplittableRandom random = new SplittableRandom(seed);
    int[] firstProduct = new int[enterprises];
    try (EntityWriter<Enterprise> out = EnterpriseCsv.writer(folder.resolve("enterprises.csv"))) {
      for (int i = 0; i < enterprises; i++) {
        RegionCode region = random.nextInt(5) == 0
            ? elsewhere.get(random.nextInt(elsewhere.size()))
            : home.get(random.nextInt(home.size()));
        int p = random.nextInt(PRODUCTS.size());
        int q = random.nextInt(PRODUCTS.size());
        firstProduct[i] = p;
        OperatingState state = OperatingState.values()[random.nextInt(4)];
        out.write(Enterprise.builder(uscc(homeCity, i), "企业" + i + "有限公司", region)
            .product(PRODUCTS.get(p))
            .scope(SCOPE_VERBS[random.nextInt(SCOPE_VERBS.length)] + PRODUCTS.get(q) + "及相关产品")
            .status(OperatingStatus.of(state))
            .key(random.nextInt(20) == 0)
            .build());
      }
      out.commit();
    }
    try (EntityWriter<SupplyRelation> out = RelationCsv.writer(folder.resolve("relations.csv"))) {
      long count = (long) enterprises * relationsPerEnterprise;
      for (long n = 0; n < count; n++) {
        int supplier = random.nextInt(enterprises);
        int customer = random.nextInt(enterprises);
        if (supplier != customer) {
          out.write(SupplyRelation.of(uscc(homeCity, supplier), uscc(homeCity, customer),
              PRODUCTS.get(firstProduct[supplier])));
        }
      }
      out.commit();
    }
    try (EntityWriter<Demand> out = DemandCsv.writer(folder.resolve("demands.csv"))) {
      for (int d = 0; d < demands; d++) {
        String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        String text = random.nextBoolean() ? product : "急需" + product + (1 + random.nextInt(50)) + "吨";
        out.write(Demand.of("D" + d, uscc(homeCity, random.nextInt(enterprises)), text));
      }
      out.commit();
    }
  }

  // Derived from the index alone so that relations and demands can name enterprises without a
  // table of codes.
  private static Uscc uscc(String homeCity, int i) {
    return Uscc.withComputedCheck("91" + homeCity + String.format("%09d", i));
  }
}
