package org.chainmatch.benchmarks.index;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;

/**
 * A deterministic stand-in city for index benchmarks until the core generator lands: product
 * names combined from modifiers and bases (a few thousand distinct, Zipf-like popularity), scope
 * text of about 100 characters, 85% of enterprises in one city's counties.
 */
final class SyntheticCity implements Iterable<Enterprise> {
  private static final String[] MODIFIERS = {
    "全钢子午线", "半钢子午线", "斜交", "顺丁", "丁苯", "天然", "医用", "N95", "KN95", "不锈",
    "无缝", "汽车", "锂离子", "碳化硅", "5G", "4G", "高压", "低压", "精密", "工业", "食品级",
    "耐高温", "防腐", "铝合金", "镀锌", "聚丙烯", "聚乙烯", "一次性", "电子", "光伏", "新能源",
    "船用", "家用", "数控", "液压", "气动", "纳米", "复合", "有机", "无机"
  };
  private static final String[] BASES = {
    "轮胎", "橡胶", "口罩", "熔喷布", "无纺布", "钢管", "线束", "电池", "隔膜", "芯片", "电路板",
    "通信模块", "天线", "衬底", "外延片", "硅片", "轴承", "齿轮", "电机", "阀门", "水泵", "传感器",
    "连接器", "电容", "电阻", "玻璃", "涂料", "胶粘剂", "塑料粒子", "薄膜", "纸箱", "包装袋",
    "螺栓", "弹簧", "铸件", "锻件", "模具", "滤芯", "面料", "纱线", "防护服", "消毒液", "显示屏",
    "电缆", "变压器", "压缩机", "密封件", "减震器", "刹车片", "座椅"
  };
  private static final String[] SUFFIXES = {"", "", "", "", "设备", "生产线", "配件", "原料"};
  private static final String[] SCOPE_FILLER = {
    "技术开发、技术咨询、技术服务", "货物进出口", "普通机械设备安装服务", "销售自产产品",
    "仓储服务（不含危险品）", "道路货物运输", "五金产品批发", "企业管理咨询"
  };
  private static final String[] INDUSTRIES = {
    "C2911", "C2652", "C2770", "C1781", "C3130", "C3670", "C3841", "C3985", "C3921", "C3982",
    "C3451", "C3443", "C3811", "C2641", "C2231", "C3399"
  };

  private final int size;
  private final long seed;
  private final List<String> products;
  private final List<RegionCode> home;
  private final List<RegionCode> elsewhere;

  SyntheticCity(int size, long seed) {
    this.size = size;
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String base : BASES) {
      names.add(base);
    }
    while (names.size() < 4000) {
      names.add(pick(random, MODIFIERS) + pick(random, BASES) + pick(random, SUFFIXES));
    }
    this.products = List.copyOf(names);
    RegionTable regions = RegionTable.bundled();
    this.home = regions.childrenOf(regions.resolve("330100"));
    List<RegionCode> others = new ArrayList<>();
    for (String city : new String[] {"320500", "310100", "440300", "330200"}) {
      others.addAll(regions.childrenOf(regions.resolve(city)));
    }
    this.elsewhere = List.copyOf(others);
  }

  /** Every distinct product name, most popular first. */
  List<String> products() {
    return products;
  }

  /** The home city's code. */
  static String homeCity() {
    return "330100";
  }

  int size() {
    return size;
  }

  /** Enterprise {@code i}, the same for the same seed. */
  Enterprise enterprise(int i) {
    SplittableRandom random = new SplittableRandom(seed * 31 + i);
    RegionCode region = random.nextInt(100) < 85
        ? home.get(random.nextInt(home.size()))
        : elsewhere.get(random.nextInt(elsewhere.size()));
    Uscc uscc = Uscc.withComputedCheck("91" + region.code() + String.format("%09d", i));
    int count = 1 + random.nextInt(3);
    List<String> made = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      made.add(products.get(zipf(random, products.size())));
    }
    StringBuilder scope = new StringBuilder("一般项目：");
    for (String p : made) {
      scope.append(p).append("的研发、生产、销售；");
    }
    while (scope.length() < 100) {
      scope.append(pick(random, SCOPE_FILLER)).append("；");
    }
    OperatingState state = OperatingState.values()[random.nextInt(4)];
    int capacity = state == OperatingState.PARTIAL ? 10 + random.nextInt(80) : OperatingStatus.defaultCapacity(state);
    return Enterprise.builder(uscc, region.name() + made.get(0) + "第" + i + "有限公司", region)
        .industry(IndustryCode.parse(pick(random, INDUSTRIES)))
        .products(made)
        .scope(scope.toString())
        .status(OperatingStatus.of(state, capacity))
        .build();
  }

  @Override
  public Iterator<Enterprise> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Enterprise next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return enterprise(next++);
      }
    };
  }

  // Popularity falls off roughly as 1/rank: a few names are everywhere, most are rare.
  private static int zipf(SplittableRandom random, int n) {
    return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1))) - 1);
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
