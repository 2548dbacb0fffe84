#!/usr/bin/env python3
"""Validate the hand-compiled product catalogue of the synthetic city generator.

Build-time tool only (never needed at run time).  Usage:

    python3 testkit/src/build/check-catalogue.py [resource-dir]

resource-dir defaults to testkit/src/main/resources/org/chainmatch/testkit/generate
relative to the repository root.  Exits non-zero and prints every problem
found; prints a short summary when everything is fine.

Checks:
  catalogue.tsv   header; >= 320 distinct products; >= 12 chains; every input
                  is a catalogue product; no cycle in the input graph nor in
                  the broader graph; industry codes of the form [A-T]\\d{4},
                  whose section letter matches the division and whose class
                  is a GB/T 4754-2017 class listed below; aliases do not name
                  another product and are not shared by two products;
                  non-empty chain, name_word and unit.
  trade-names.txt >= 400 distinct two-character trade names (CJK only).
  scope-phrases.tsv  header `chain<TAB>phrase`; every catalogue chain has
                  >= 5 phrases and no phrase names an unknown chain.
"""
import os
import re
import sys

HEADER = ["product", "chain", "industry", "inputs", "aliases", "broader", "name_word", "unit"]
MIN_PRODUCTS = 320
MIN_CHAINS = 12
MIN_TRADE_NAMES = 400
MIN_PHRASES_PER_CHAIN = 5

# GB/T 4754-2017 sections by two-digit division.
SECTIONS = [
    ("A", 1, 5), ("B", 6, 12), ("C", 13, 43), ("D", 44, 46), ("E", 47, 50),
    ("F", 51, 52), ("G", 53, 60), ("H", 61, 62), ("I", 63, 65), ("J", 66, 69),
    ("K", 70, 70), ("L", 71, 72), ("M", 73, 75), ("N", 76, 79), ("O", 80, 82),
    ("P", 83, 83), ("Q", 84, 85), ("R", 86, 90), ("S", 91, 96), ("T", 97, 97),
]

# The GB/T 4754-2017 classes (小类) this project uses, with their names as in
# the standard.  A code outside this table is reported so that a new code is
# looked up in the standard before it is added here.
GB4754_CLASSES = {
    "0111": "稻谷种植", "0112": "小麦种植", "0113": "玉米种植", "0119": "其他谷物种植",
    "0121": "豆类种植", "0122": "油料种植", "0131": "棉花种植", "0133": "糖料种植",
    "0171": "中草药种植", "0311": "牛的饲养", "0313": "猪的饲养", "0514": "农产品初加工活动",
    "0610": "烟煤和无烟煤开采洗选", "0711": "陆地石油开采", "0721": "陆地天然气开采",
    "0810": "铁矿采选", "0911": "铜矿采选", "0916": "铝矿采选", "0939": "其他稀有金属矿采选",
    "1011": "石灰石、石膏开采", "1019": "粘土及其他土砂石开采", "1030": "采盐",
    "1311": "稻谷加工", "1312": "小麦加工", "1329": "其他饲料加工", "1331": "食用植物油加工",
    "1340": "制糖业", "1351": "牲畜屠宰", "1353": "肉制品及副产品加工",
    "1391": "淀粉及淀粉制品制造", "1411": "糕点、面包制造", "1419": "饼干及其他焙烤食品制造",
    "1431": "米、面制品制造", "1432": "速冻食品制造", "1433": "方便面制造",
    "1441": "液体乳制造", "1442": "乳粉制造", "1461": "味精制造",
    "1462": "酱油、食醋及类似制品制造", "1493": "冷冻饮品及食用冰制造", "1494": "盐加工",
    "1495": "食品及饲料添加剂制造", "1511": "酒精制造", "1512": "白酒制造", "1513": "啤酒制造",
    "1521": "碳酸饮料制造", "1522": "瓶（罐）装饮用水制造", "1523": "果菜汁及果菜汁饮料制造",
    "1530": "精制茶加工", "1711": "棉纺纱加工", "1712": "棉织造加工", "1713": "棉印染精加工",
    "1721": "毛条和毛纱线加工", "1722": "毛织造加工", "1741": "缫丝加工",
    "1742": "绢纺和丝织加工", "1751": "化纤织造加工", "1761": "针织或钩针编织物织造",
    "1771": "床上用品制造", "1772": "毛巾类制品制造", "1773": "窗帘、布艺类产品制造",
    "1781": "非织造布制造", "1783": "纺织带和帘子布制造", "1789": "其他产业用纺织制成品制造",
    "1811": "运动机织服装制造", "1819": "其他机织服装制造", "1821": "运动休闲针织服装制造",
    "1829": "其他针织或钩针编织服装制造", "1941": "羽毛(绒)加工", "2035": "木制容器制造",
    "2211": "木竹浆制造", "2221": "机制纸及纸板制造", "2231": "纸和纸板容器制造",
    "2239": "其他纸制品制造", "2449": "其他体育用品制造", "2511": "原油加工及石油制品制造",
    "2521": "炼焦", "2611": "无机酸制造", "2612": "无机碱制造", "2613": "无机盐制造",
    "2614": "有机化学原料制造", "2619": "其他基础化学原料制造", "2641": "涂料制造",
    "2642": "油墨及类似产品制造", "2643": "工业颜料制造", "2645": "染料制造",
    "2651": "初级形态塑料及合成树脂制造", "2652": "合成橡胶制造",
    "2653": "合成纤维单（聚合）体制造", "2661": "化学试剂和助剂制造", "2667": "动物胶制造",
    "2669": "其他专用化学产品制造", "2710": "化学药品原料药制造", "2720": "化学药品制剂制造",
    "2730": "中药饮片加工", "2740": "中成药生产", "2761": "生物药品制造",
    "2762": "基因工程药物和疫苗制造", "2770": "卫生材料及医药用品制造",
    "2780": "药用辅料及包装材料", "2811": "化纤浆粕制造", "2812": "人造纤维（纤维素纤维）制造",
    "2821": "锦纶纤维制造", "2822": "涤纶纤维制造", "2826": "氨纶纤维制造",
    "2911": "轮胎制造", "2912": "橡胶板、管、带制造", "2913": "橡胶零件制造",
    "2915": "日用及医用橡胶制品制造", "2921": "塑料薄膜制造", "2922": "塑料板、管、型材制造",
    "2923": "塑料丝、绳及编织品制造", "2924": "泡沫塑料制造", "2926": "塑料包装箱及容器制造",
    "2927": "日用塑料制品制造", "2929": "塑料零件及其他塑料制品制造", "3011": "水泥制造",
    "3021": "水泥制品制造", "3022": "砼结构构件制造", "3024": "轻质建筑材料制造",
    "3031": "粘土砖瓦及建筑砌块制造", "3033": "防水建筑材料制造", "3034": "隔热和隔音材料制造",
    "3041": "平板玻璃制造", "3042": "特种玻璃制造", "3051": "技术玻璃制品制造",
    "3055": "玻璃包装容器制造", "3061": "玻璃纤维及制品制造", "3071": "建筑陶瓷制品制造",
    "3072": "卫生陶瓷制品制造", "3089": "耐火陶瓷制品及其他耐火材料制造",
    "3091": "石墨及碳素制品制造", "3099": "其他非金属矿物制品制造", "3110": "炼铁",
    "3120": "炼钢", "3130": "钢压延加工", "3140": "铁合金冶炼", "3211": "铜冶炼",
    "3212": "铅锌冶炼", "3216": "铝冶炼", "3218": "硅冶炼", "3232": "稀土金属冶炼",
    "3240": "有色金属合金制造", "3251": "铜压延加工", "3252": "铝压延加工",
    "3311": "金属结构制造", "3312": "金属门窗制造", "3333": "金属包装容器及材料制造",
    "3340": "金属丝绳及其制品制造", "3391": "黑色金属铸造", "3393": "锻件及粉末冶金制品制造",
    "3399": "其他未列明金属制品制造", "3412": "内燃机及配件制造", "3415": "风能原动设备制造",
    "3432": "生产专用起重机制造", "3433": "生产专用车辆制造", "3444": "液压动力机械及元件制造",
    "3451": "滚动轴承制造", "3453": "齿轮及齿轮减、变速箱制造", "3482": "紧固件制造",
    "3483": "弹簧制造", "3491": "工业机器人制造", "3514": "建筑工程用机械制造",
    "3517": "隧道施工专用机械制造", "3522": "橡胶加工专用设备制造", "3525": "模具制造",
    "3544": "制药专用设备制造", "3551": "纺织专用设备制造", "3553": "缝制机械制造",
    "3562": "半导体器件专用设备制造", "3563": "电子元器件与机电组件设备制造",
    "3571": "拖拉机制造", "3572": "机械化农业及园艺机具制造", "3576": "农林牧渔机械配件制造",
    "3581": "医疗诊断、监护及治疗设备制造", "3584": "医疗、外科及兽医用器械制造",
    "3591": "环境保护专用设备制造", "3599": "其他专用设备制造", "3611": "汽柴油车整车制造",
    "3612": "新能源车整车制造", "3620": "汽车用发动机制造", "3630": "改装汽车制造",
    "3640": "低速汽车制造", "3670": "汽车零部件及配件制造", "3751": "摩托车整车制造",
    "3761": "自行车制造", "3770": "助动车制造", "3811": "发电机及发电机组制造",
    "3812": "电动机制造", "3813": "微特电机及组件制造", "3821": "变压器、整流器和电感器制造",
    "3823": "配电开关控制设备制造", "3825": "光伏设备及元器件制造",
    "3829": "其他输配电及控制设备制造", "3831": "电线、电缆制造", "3832": "光纤制造",
    "3833": "光缆制造", "3834": "绝缘制品制造", "3841": "锂离子电池制造", "3843": "铅蓄电池制造",
    "3851": "家用制冷电器具制造", "3852": "家用空气调节器制造", "3853": "家用通风电器具制造",
    "3854": "家用厨房电器具制造", "3855": "家用清洁卫生电器具制造",
    "3857": "家用电力器具专用配件制造", "3859": "其他家用电力器具制造",
    "3861": "燃气及类似能源家用器具制造", "3872": "照明灯具制造",
    "3899": "其他未列明电气机械及器材制造", "3911": "计算机整机制造", "3912": "计算机零部件制造",
    "3921": "通信系统设备制造", "3922": "通信终端设备制造", "3951": "电视机制造",
    "3964": "服务消费机器人制造", "3971": "电子真空器件制造", "3972": "半导体分立器件制造",
    "3973": "集成电路制造", "3974": "显示器件制造", "3975": "半导体照明器件制造",
    "3976": "光电子器件制造", "3981": "电阻电容电感元件制造", "3982": "电子电路制造",
    "3983": "敏感元件及传感器制造", "3985": "电子专用材料制造", "3989": "其他电子元件制造",
    "4012": "电工仪器仪表制造", "4210": "金属废料和碎屑加工处理",
    "5169": "其他化工产品批发", "5172": "汽车及零配件批发", "6820": "财产保险",
    "7299": "其他未列明商务服务业", "8111": "汽车修理与维护",
}

CODE_RE = re.compile(r"^[A-T]\d{4}$")
CJK_RE = re.compile(r"^[\u4e00-\u9fff]{2}$")


def section_of(code4):
    division = int(code4[:2])
    for letter, lo, hi in SECTIONS:
        if lo <= division <= hi:
            return letter
    return None


def check_industry_code(code):
    """Returns a problem description, or None when the code is fine."""
    if not CODE_RE.match(code):
        return "industry code %r is not of the form [A-T]dddd" % code
    if section_of(code[1:]) != code[0]:
        return "industry code %r: section letter does not match division %s" % (code, code[1:3])
    if code[1:] not in GB4754_CLASSES:
        return "industry code %r is not in the table of GB/T 4754-2017 classes" % code
    return None


def split_list(value):
    return [v for v in (x.strip() for x in value.split(";")) if v]


def read_catalogue(path):
    """Returns (rows, problems); rows are dicts keyed by HEADER with list fields split."""
    problems = []
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        problems.append("catalogue.tsv: header must be %s" % "\\t".join(HEADER))
        return rows, problems
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            problems.append("catalogue.tsv:%d: %d columns instead of %d" % (n, len(cells), len(HEADER)))
            continue
        if any('"' in c for c in cells):
            problems.append("catalogue.tsv:%d: quotes are not allowed" % n)
        row = dict(zip(HEADER, (c.strip() for c in cells)))
        row["inputs"] = split_list(row["inputs"])
        row["aliases"] = split_list(row["aliases"])
        row["line"] = n
        rows.append(row)
    return rows, problems


def find_cycle(graph):
    """graph: node -> iterable of successors. Returns a cycle as a list, or None."""
    white, grey, black = 0, 1, 2
    colour = {}
    for start in graph:
        if colour.get(start, white) != white:
            continue
        stack = [(start, iter(graph.get(start, ())))]
        path = [start]
        colour[start] = grey
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                colour[node] = black
                stack.pop()
                path.pop()
                continue
            c = colour.get(nxt, white)
            if c == grey:
                return path[path.index(nxt):] + [nxt]
            if c == white:
                colour[nxt] = grey
                stack.append((nxt, iter(graph.get(nxt, ()))))
                path.append(nxt)
    return None


def check_catalogue(rows):
    problems = []
    products = {}
    for r in rows:
        p = r["product"]
        if not p:
            problems.append("catalogue.tsv:%d: empty product" % r["line"])
            continue
        if p in products:
            problems.append("catalogue.tsv:%d: duplicate product %s (first on line %d)"
                            % (r["line"], p, products[p]["line"]))
        products[p] = r
        for col in ("chain", "name_word", "unit"):
            if not r[col]:
                problems.append("catalogue.tsv:%d: empty %s for %s" % (r["line"], col, p))
        bad = check_industry_code(r["industry"])
        if bad:
            problems.append("catalogue.tsv:%d: %s" % (r["line"], bad))
    alias_owner = {}
    for p, r in products.items():
        for i in r["inputs"]:
            if i not in products:
                problems.append("catalogue.tsv:%d: input %s of %s is not a catalogue product" % (r["line"], i, p))
            if i == p:
                problems.append("catalogue.tsv:%d: %s is its own input" % (r["line"], p))
        if r["broader"] == p:
            problems.append("catalogue.tsv:%d: %s is its own broader" % (r["line"], p))
        for a in r["aliases"]:
            if a == p:
                problems.append("catalogue.tsv:%d: alias %s repeats the product" % (r["line"], a))
            elif a in products:
                problems.append("catalogue.tsv:%d: alias %s of %s is another product" % (r["line"], a, p))
            if a == r["broader"]:
                problems.append("catalogue.tsv:%d: alias %s of %s is also its broader" % (r["line"], a, p))
            if "," in a:
                problems.append("catalogue.tsv:%d: alias %r contains a comma" % (r["line"], a))
            if a in alias_owner and alias_owner[a] != p:
                problems.append("catalogue.tsv:%d: alias %s shared by %s and %s" % (r["line"], a, alias_owner[a], p))
            alias_owner.setdefault(a, p)
    cycle = find_cycle({p: r["inputs"] for p, r in products.items()})
    if cycle:
        problems.append("catalogue.tsv: input cycle " + " -> ".join(cycle))
    cycle = find_cycle({p: [r["broader"]] if r["broader"] else [] for p, r in products.items()})
    if cycle:
        problems.append("catalogue.tsv: broader cycle " + " -> ".join(cycle))
    chains = {r["chain"] for r in rows}
    if len(products) < MIN_PRODUCTS:
        problems.append("catalogue.tsv: %d products, need at least %d" % (len(products), MIN_PRODUCTS))
    if len(chains) < MIN_CHAINS:
        problems.append("catalogue.tsv: %d chains, need at least %d" % (len(chains), MIN_CHAINS))
    return problems, products, chains


def check_trade_names(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip()]
    seen = set()
    for n in names:
        if not CJK_RE.match(n):
            problems.append("trade-names.txt: %r is not two CJK characters" % n)
        if n in seen:
            problems.append("trade-names.txt: duplicate %s" % n)
        seen.add(n)
    if len(seen) < MIN_TRADE_NAMES:
        problems.append("trade-names.txt: %d distinct names, need at least %d" % (len(seen), MIN_TRADE_NAMES))
    return problems, len(seen)


def check_scope_phrases(path, chains):
    problems = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    if not lines or lines[0].split("\t") != ["chain", "phrase"]:
        return ["scope-phrases.tsv: header must be chain\\tphrase"], 0
    counts = {}
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not cells[1].strip():
            problems.append("scope-phrases.tsv:%d: expected chain<TAB>phrase" % n)
            continue
        if cells[0] not in chains:
            problems.append("scope-phrases.tsv:%d: unknown chain %s" % (n, cells[0]))
        counts[cells[0]] = counts.get(cells[0], 0) + 1
    for c in sorted(chains):
        if counts.get(c, 0) < MIN_PHRASES_PER_CHAIN:
            problems.append("scope-phrases.tsv: chain %s has %d phrases, need %d"
                            % (c, counts.get(c, 0), MIN_PHRASES_PER_CHAIN))
    return problems, sum(counts.values())


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "main", "resources", "org", "chainmatch", "testkit", "generate")
    base = os.path.normpath(argv[1] if len(argv) > 1 else default)
    rows, problems = read_catalogue(os.path.join(base, "catalogue.tsv"))
    more, products, chains = check_catalogue(rows)
    problems += more
    tn_problems, n_trade = check_trade_names(os.path.join(base, "trade-names.txt"))
    problems += tn_problems
    sp_problems, n_phrases = check_scope_phrases(os.path.join(base, "scope-phrases.tsv"), chains)
    problems += sp_problems
    for p in problems:
        print("ERROR " + p)
    if problems:
        print("%d problem(s)" % len(problems))
        return 1
    edges = sum(len(r["inputs"]) for r in products.values())
    print("catalogue OK: %d products, %d chains, %d input links, %d industry classes; "
          "%d trade names; %d scope phrases"
          % (len(products), len(chains), edges, len({r["industry"] for r in products.values()}),
             n_trade, n_phrases))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
