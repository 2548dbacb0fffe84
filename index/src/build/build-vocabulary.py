#!/usr/bin/env python3
"""Builds the bundled product vocabulary of the capability index,

    index/src/main/resources/org/chainmatch/index/product-vocabulary.tsv

from four open sources (each line of the output names its source):

1. catalogue  the product catalogue of the synthetic city generator
              (testkit/src/main/resources/org/chainmatch/testkit/generate/catalogue.tsv, this project's
              own data, Apache-2.0): each product's `aliases` become alias links, its `broader`
              word a broader link.
2. kag        the product category paths of the OpenSPG/KAG supply-chain sample
              (Product.csv and Company.csv, Apache-2.0; by default ../shared/data/kag-supplychain):
              every path a-b-c gives the broader links c -> b -> a (segments named 其他... are skipped).
3. cilin      HanLP's CoreSynonym.txt (the extended 同义词词林 distributed in the Maven artifact
              com.hankcs:hanlp:portable-1.8.4, Apache-2.0): the '=' groups (true synonyms; '#'
              related-word groups are left out) of the classes naming things people make or
              trade: Bm materials, Bo machines and tools, Bp articles of use, Bq clothing,
              Br food and medicine.  Single characters are dropped (too ambiguous to match on),
              and so are groups left with one word.  These groups are looser than the curated
              ones (铜 and 黄铜 share one), so they are written as `near` links, which the index
              weighs below aliases and never follows transitively.
4. hand       index/src/build/vocabulary-hand.tsv: abbreviations, chemical and trade names,
              regional spellings, broader links and look-alike pairs, each with its reason.

Output: a TSV with a `#` header naming the edition, then `relation term other source note`,
sorted, without duplicates (the first source in the order above wins a duplicate).  Relations:
alias (same product), near (loose synonym), broader (other is broader than term), not (look
alike but differ).  Two runs on the same inputs give byte-identical files.

Run from the repository root (needs python3 and, for the HanLP jar, Maven or the jar in ~/.m2):

    mvn -q dependency:get -Dartifact=com.hankcs:hanlp:portable-1.8.4 -Dtransitive=false
    python3 index/src/build/build-vocabulary.py

The jar's SHA-1 is checked so a changed artifact cannot silently change the vocabulary.
"""
import argparse
import csv
import hashlib
import io
import os
import sys
import unicodedata
import zipfile

EDITION = "2026.2"
HANLP_VERSION = "portable-1.8.4"
HANLP_SHA1 = "1215dcf0494aa5422edaee48146656620aafbc39"
CILIN_CLASSES = ("Bm", "Bo", "Bp", "Bq", "Br")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))


def key(name):
    """The form the index compares names in: NFKC, lower case, inner white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).lower().split())


class Vocabulary:
    def __init__(self):
        self.rows = {}

    def add(self, relation, term, other, source, note=""):
        term, other = term.strip(), other.strip()
        if not term or not other or key(term) == key(other):
            return
        if relation in ("alias", "near", "not") and key(other) < key(term):
            term, other = other, term  # symmetric: one canonical order
        k = (relation, key(term), key(other))
        if k not in self.rows:
            self.rows[k] = (relation, term, other, source, note)

    def write(self, out):
        out.write("# chainmatch product vocabulary, edition %s; built by index/src/build/build-vocabulary.py\n" % EDITION)
        out.write("# relation: alias = same product; near = loose synonym (not transitive); "
                  "broader = `other` is broader than `term`; not = look alike but differ\n")
        out.write("relation\tterm\tother\tsource\tnote\n")
        for k in sorted(self.rows):
            out.write("\t".join(self.rows[k]) + "\n")

    def counts(self):
        by = {}
        for relation, _, _, source, _ in self.rows.values():
            s = source.split(":")[0]
            by[(s, relation)] = by.get((s, relation), 0) + 1
        return by


def from_catalogue(v, path):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            product = row["product"]
            for alias in filter(None, row["aliases"].split(";")):
                v.add("alias", product, alias, "catalogue", "generator catalogue alias")
            if row["broader"]:
                v.add("broader", product, row["broader"], "catalogue", "generator catalogue broader")


def from_kag(v, folder):
    paths = set()
    with open(os.path.join(folder, "Product.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            paths.add(row["id"])
            paths.update(p for p in row["hasSupplyChain"].split(",") if p)
    with open(os.path.join(folder, "Company.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            paths.update(p for p in row["product"].split(",") if p)
    for path in sorted(paths):
        parts = [p for p in path.split("-") if p and not p.startswith("其他")]
        for narrow, broad in zip(parts[1:], parts[:-1]):
            v.add("broader", narrow, broad, "kag", "KAG category path " + path)


def sha1(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def from_cilin(v, jar, pinned):
    digest = sha1(jar)
    if pinned and digest != pinned:
        sys.exit("%s: SHA-1 %s, expected %s" % (jar, digest, pinned))
    with zipfile.ZipFile(jar) as z:
        text = z.read("data/dictionary/synonym/CoreSynonym.txt").decode("utf-8-sig")
    for line in text.splitlines():
        parts = line.split()
        if not parts or len(parts[0]) != 8 or parts[0][7] != "=" or not parts[0].startswith(CILIN_CLASSES):
            continue
        words = sorted({w for w in parts[1:] if len(w) >= 2})
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                v.add("near", a, b, "cilin:" + parts[0][:7], "同义词词林 group " + parts[0][:7])


def from_hand(v, path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip() or line.startswith("relation\t"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 4:
                sys.exit("%s:%d: need 4 tab-separated columns, got %d" % (path, number, len(cells)))
            relation, terms, other, reason = (c.strip() for c in cells)
            names = [t.strip() for t in terms.split(";") if t.strip()]
            if relation == "alias":
                if other or len(names) < 2:
                    sys.exit("%s:%d: alias needs two or more terms and no other" % (path, number))
                for alias in names[1:]:
                    v.add("alias", names[0], alias, "hand", reason)
            elif relation in ("broader", "not"):
                if not other or not names:
                    sys.exit("%s:%d: %s needs terms and other" % (path, number, relation))
                for name in names:
                    v.add(relation, name, other, "hand", reason)
            else:
                sys.exit("%s:%d: unknown relation %r" % (path, number, relation))


def main():
    m2 = os.path.expanduser("~/.m2/repository/com/hankcs/hanlp/%s/hanlp-%s.jar" % (HANLP_VERSION, HANLP_VERSION))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--catalogue", default=os.path.join(ROOT, "testkit/src/main/resources/org/chainmatch/testkit/generate/catalogue.tsv"))
    p.add_argument("--kag", default=os.path.join(ROOT, "..", "shared", "data", "kag-supplychain"))
    p.add_argument("--hanlp-jar", default=m2)
    p.add_argument("--hand", default=os.path.join(HERE, "vocabulary-hand.tsv"))
    p.add_argument("--out", default=os.path.join(ROOT, "index/src/main/resources/org/chainmatch/index/product-vocabulary.tsv"))
    a = p.parse_args()
    v = Vocabulary()
    # Hand entries first: where a curated source and the hand list say the same, the reason is kept.
    from_hand(v, a.hand)
    from_catalogue(v, a.catalogue)
    from_kag(v, a.kag)
    from_cilin(v, a.hanlp_jar, HANLP_SHA1)
    buf = io.StringIO()
    v.write(buf)
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())
    os.replace(tmp, a.out)
    for (source, relation), n in sorted(v.counts().items()):
        print("%-10s %-8s %6d" % (source, relation, n), file=sys.stderr)
    print("wrote %s (%d entries)" % (a.out, len(v.rows)), file=sys.stderr)


if __name__ == "__main__":
    main()
