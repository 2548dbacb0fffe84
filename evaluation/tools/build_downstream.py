#!/usr/bin/env python3
"""Builds the downstream (buyer) part of the evaluation set from the upstream one.

Reads the written evaluation/enterprises.csv, the generator's product catalogue
(inputs, aliases), the KAG supply-chain sample (Company.csv, Product.csv:
hasSupplyChain) and tools/kag-mapping.tsv, and writes

  relations.csv       supplier,customer,product    known relations (about half of the real buyers)
  offers.csv          id,supplier,product,quantity,unit,available_from,note
  offer-qrels.csv     offer_id,uscc,grade
  offer-cases.csv     offer_id,kind,comment

Who uses a product X (the truth the grades come from, never the relations):
  - catalogue: an enterprise that makes a product whose catalogue `inputs` list X;
  - KAG: a KAG company with a category under one of X's hasSupplyChain categories, and
    for a KAG category that is the same thing as a catalogue concept, the catalogue users of it.
An enterprise that makes X itself is never a buyer (grade 0): it is the product's maker, the
hard negative a text search ranks first.

Grades for an offer of X by a 苏州 supplier: 3 a user working (RESUMED/PARTIAL) in 苏州;
2 a user working elsewhere; 1 a user not working (SUSPENDED/UNKNOWN); 0 everyone else.

Relations: for every product with makers and users, each user is observed buying it with
probability 1/2 (fixed seed), from one of its makers other than the case's supplier. So half of
the real buyers can be found along relations and the other half only by capability (making what
the observed buyers make). Python 3 stdlib; two runs give byte-identical files.

Usage: python3 evaluation/tools/build_downstream.py [--kag-dir DIR]
"""
import argparse
import csv
import os
import random
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
REPO = os.path.dirname(EVAL)
CATALOGUE = os.path.join(REPO, "core/src/main/resources/org/chainmatch/core/generate/catalogue.tsv")
HOME = "3205"
SEED = 20250722
OBSERVED = 0.5


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8") as f:
        rows = [r for r in f if not r.startswith("#")]
    return list(csv.DictReader(rows, delimiter=delimiter))


def split(v, sep=";"):
    return [x.strip() for x in v.split(sep) if x.strip()]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


class World:
    def __init__(self, kag_dir):
        self.rng = random.Random(SEED)
        self.ents = read_csv(os.path.join(EVAL, "enterprises.csv"))
        self.by_code = {e["uscc"]: e for e in self.ents}
        cat = read_csv(CATALOGUE, "\t")
        self.catalogue = {r["product"]: r for r in cat}
        alias = {}
        for r in cat:
            alias[r["product"]] = r["product"]
        for r in cat:
            for a in split(r["aliases"]):
                alias.setdefault(a, r["product"])
        self.alias = alias
        # concept -> makers; enterprise -> concepts it makes
        self.makes = defaultdict(set)
        self.makers = defaultdict(set)
        for e in self.ents:
            for p in split(e["products"]):
                c = alias.get(p)
                if c:
                    self.makes[e["uscc"]].add(c)
                    self.makers[c].add(e["uscc"])
        self.users = defaultdict(set)  # concept -> users (enterprises)
        for c, r in self.catalogue.items():
            for x in split(r["inputs"]):
                self.users[x].update(self.makers.get(c, ()))
        self.load_kag(kag_dir)

    def load_kag(self, kag_dir):
        companies = read_csv(os.path.join(kag_dir, "Company.csv"))
        supply = defaultdict(set)
        for r in read_csv(os.path.join(kag_dir, "Product.csv")):
            supply[r["id"]].update(split(r["hasSupplyChain"], ","))
        mapping = read_csv(os.path.join(HERE, "kag-mapping.tsv"), "\t")
        by_name_scope = {(e["name"], e["scope"]): e["uscc"] for e in self.ents}
        paths_of = {}
        for c in companies:
            paths = []
            for p in split(c["product"], ","):
                if p not in paths:
                    paths.append(p)
            words = []
            for p in paths:
                for w in p.split("-"):
                    if w not in words:
                        words.append(w)
            code = by_name_scope.get((c["name"], "；".join(words)))
            if code is None:
                raise SystemExit("KAG company %s not found in enterprises.csv" % c["name"])
            paths_of[code] = paths
        self.kag_cases = []
        for m in mapping:
            cat, query = m["path"], m["query"]
            if not query or cat not in supply:
                continue
            makers = {u for u, ps in paths_of.items() if any(p == cat or p.startswith(cat + "-") for p in ps)}
            users = {u for u, ps in paths_of.items()
                     if any(p == d or p.startswith(d + "-") for p in ps for d in supply[cat])}
            if m["concept"]:
                makers |= self.makers.get(m["concept"], set())
                users |= self.users.get(m["concept"], set())
            self.kag_cases.append((cat, query, makers, users - makers))

    def grade(self, code, makers, users):
        if code in makers or code not in users:
            return 0
        e = self.by_code[code]
        if e["status"] in ("RESUMED", "PARTIAL"):
            return 3 if e["region"].startswith(HOME) else 2
        return 1

    def supplier_for(self, makers):
        home = sorted(m for m in makers if self.by_code[m]["region"].startswith(HOME)
                      and self.by_code[m]["status"] in ("RESUMED", "PARTIAL"))
        return self.rng.choice(home) if home else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kag-dir", default="/work/shared/data/kag-supplychain")
    args = ap.parse_args()
    w = World(args.kag_dir)
    rng = w.rng

    cases = []  # (id, kind, text, supplier, product for relations, makers, users, comment)
    catalogue = []
    for x in sorted(w.users):
        makers = w.makers.get(x, set())
        users = w.users[x] - makers
        if len(makers) >= 2 and len(users) >= 3:
            catalogue.append((x, makers, users))
    rng.shuffle(catalogue)
    chosen = sorted(catalogue[:64], key=lambda c: c[0])
    suppliers = {}
    for x, makers, users in chosen:
        s = w.supplier_for(makers)
        if s is None:
            continue
        suppliers[x] = s
        cases.append(["catalogue", x, s, x, makers, users, "catalogue users of %s (inputs)" % x])
    for cat, query, makers, users in w.kag_cases:
        if len(makers) < 2 or len(users) < 3:
            continue
        s = w.supplier_for(makers)
        if s is None:
            continue
        suppliers.setdefault(query, s)
        cases.append(["kag", query, s, query, makers, users, "KAG hasSupplyChain of %s" % cat])
    base = [c for c in cases if c[0] == "catalogue"]
    for c in base[:12]:
        x = c[1]
        unit = w.catalogue[x]["unit"] or "吨"
        n = rng.choice([5, 20, 50, 100, 300])
        text = rng.choice(["供应%s%d%s，现货，欢迎洽谈", "现有%s约%d%s库存，寻找买家", "长期供应%s，月供%d%s"]) % (x, n, unit)
        cases.append(["sentence", text, c[2], x, c[4], c[5], "offer posted as a sentence"])
    aliased = [c for c in base if split(w.catalogue[c[1]]["aliases"])]
    for c in aliased[:14]:
        a = split(w.catalogue[c[1]]["aliases"])[0]
        cases.append(["alias", a, c[2], c[1], c[4], c[5], "offer under the alias %s of %s" % (a, c[1])])

    # Relations: every product with makers and users, half of its users observed.
    products = {}
    for x, users in w.users.items():
        products[x] = (w.makers.get(x, set()), users - w.makers.get(x, set()))
    for cat, query, makers, users in w.kag_cases:
        products[query] = (makers, users)
    relations = set()
    for x in sorted(products):
        makers, users = products[x]
        sources = sorted(makers - {suppliers.get(x)})
        if not sources:
            continue
        for u in sorted(users):
            if rng.random() < OBSERVED:
                s = rng.choice(sources)
                if s != u:
                    relations.add((s, u, x))
    relations = sorted(relations)

    offers, qrels, kinds = [], [], []
    for i, (kind, text, supplier, product, makers, users, comment) in enumerate(cases, 1):
        oid = "F%03d" % i
        offers.append([oid, supplier, text, "", "", "", ""])
        kinds.append([oid, kind, comment])
        for u in sorted(users | makers):
            g = w.grade(u, makers, users)
            if g > 0 and u != supplier:
                qrels.append([oid, u, g])
    write_csv(os.path.join(EVAL, "relations.csv"), ["supplier", "customer", "product"], relations)
    write_csv(os.path.join(EVAL, "offers.csv"),
              ["id", "supplier", "product", "quantity", "unit", "available_from", "note"], offers)
    write_csv(os.path.join(EVAL, "offer-qrels.csv"), ["offer_id", "uscc", "grade"], qrels)
    write_csv(os.path.join(EVAL, "offer-cases.csv"), ["offer_id", "kind", "comment"], kinds)
    by_kind = defaultdict(int)
    for k in kinds:
        by_kind[k[1]] += 1
    print("%d offers %s, %d judged buyers, %d relations" % (len(offers), dict(by_kind), len(qrels), len(relations)))


if __name__ == "__main__":
    main()
