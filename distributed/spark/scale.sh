#!/usr/bin/env bash
# Times the single-machine CLI (match, then analyze) and the Spark batch in local[2] (load, match,
# analyse) on the same generated city, one after the other, and compares the two matches.csv.
#
#   distributed/spark/scale.sh [ENTERPRISES] [WORK_DIR]
#   distributed/spark/scale.sh 100000
#   DEMANDS=10000 distributed/spark/scale.sh 1000000
#
# The city is the benchmarks' (seed SEED, default 20200210; 5 relations per enterprise; as many
# demands as enterprises, at most 100,000), taken from CHAINMATCH_CACHE (default .cache/cities)
# or written there once. DEMANDS=N uses only its first N demands; SPARK_TIMEOUT=SECONDS stops the
# Spark run when it takes longer. Every timed run is preceded
# and followed by `uptime`: on a shared machine the load belongs beside the figures.
# Outputs and a log (scale.log) go to WORK_DIR (default .cache/spark-scale/ENTERPRISES).
set -euo pipefail
SIZE=${1:-100000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${2:-$ROOT/.cache/spark-scale/$SIZE}
SEED=${SEED:-20200210}
CACHE=${CHAINMATCH_CACHE:-$ROOT/.cache/cities}
HEAP=${HEAP:-8g}
HOME_CITY=320500
cd "$ROOT"
mkdir -p "$WORK"
exec > >(tee "$WORK/scale.log") 2>&1

echo "== building (offline)"
mvn -B -o -q package -DskipTests -pl examples -am
# One reactor run, so sibling modules resolve to their jars; each module writes its own classpath
# (test scope: Spark is provided) to target/cp.txt. -DskipTests still compiles the test classes
# (ScaleCity lives there).
mvn -B -o -q package dependency:build-classpath -DskipTests -pl distributed/spark -am \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt > /dev/null
SPARK=$ROOT/distributed/spark
CP="$(cat "$SPARK/target/cp.txt"):$SPARK/target/chainmatch-spark-0.1.0.jar:$SPARK/target/test-classes"
# The add-opens list spark-submit adds itself (the module pom's spark.opens property).
OPENS=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$SPARK/pom.xml")
[ -n "$OPENS" ] || { echo "spark.opens not found in $SPARK/pom.xml" >&2; exit 1; }
CLI="$ROOT/examples/target/chainmatch.jar"

CITY=$(java -cp "$CP" org.chainmatch.spark.ScaleCity "$CACHE" "$SIZE" "$SEED" | tail -1)
DEMANDS_FILE=$CITY/demands.csv
if [ -n "${DEMANDS:-}" ]; then
  DEMANDS_FILE=$WORK/demands-$DEMANDS.csv
  python3 - "$CITY/demands.csv" "$DEMANDS_FILE" "$DEMANDS" <<'PY'
import csv, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(src, newline='', encoding='utf-8') as i, open(dst, 'w', newline='', encoding='utf-8') as o:
    r, w = csv.reader(i), csv.writer(o, lineterminator='\r\n')
    for k, row in enumerate(r):
        if k > n:
            break
        w.writerow(row)
PY
fi
echo "== city $CITY, demands $DEMANDS_FILE ($(($(wc -l < "$DEMANDS_FILE") - 1)) lines)"
echo "== machine: $(nproc) CPUs, $(free -g | awk '/Mem/ {print $2}') GB, $(java -version 2>&1 | head -1), heap $HEAP"

timed() {  # timed NAME COMMAND...: uptime, the command under /usr/bin/time, uptime
  echo "== $1"
  shift
  echo "load before: $(uptime)"
  local rc=0
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" "$@" || rc=$?
  echo "load after:  $(uptime)"
  return $rc
}

rm -rf "$WORK/cli-match" "$WORK/cli-match-1" "$WORK/cli-analyze" "$WORK/spark"
# Spark first: SPARK_TIMEOUT=SECONDS stops it (exit 124) when it runs longer.
# shellcheck disable=SC2086
timed "Spark local[2]: SparkBatch (load, match, analyse)" \
  ${SPARK_TIMEOUT:+timeout $SPARK_TIMEOUT} nice -n 10 java -Xmx$HEAP $OPENS -cp "$CP" org.chainmatch.spark.SparkBatch \
  --master 'local[2]' --city $HOME_CITY --enterprises "$CITY/enterprises.csv" \
  --relations "$CITY/relations.csv" --demands "$DEMANDS_FILE" --out "$WORK/spark" \
  --parts 8 --block-enterprises 50000 || echo "SparkBatch stopped or failed (exit $?)"
timed "single machine: chainmatch match --threads 2" \
  nice -n 10 java -Xmx$HEAP -jar "$CLI" match --city $HOME_CITY \
  --enterprises "$CITY/enterprises.csv" --relations "$CITY/relations.csv" --demands "$DEMANDS_FILE" \
  --out "$WORK/cli-match" --threads 2
timed "single machine: chainmatch analyze" \
  nice -n 10 java -Xmx$HEAP -jar "$CLI" analyze --city $HOME_CITY \
  --enterprises "$CITY/enterprises.csv" --relations "$CITY/relations.csv" --out "$WORK/cli-analyze"
[ -f "$WORK/spark/matches.csv" ] || { echo "no Spark matches.csv to compare"; exit 0; }
# The CLI indexes with one thread per processor, so which of many equally relevant candidates
# enter a demand's pool depends on thread timing (see the README's Ties). With one processor
# visible it indexes in input order, as the Spark blocks do, and its output is reproducible.
timed "single machine, index in input order: chainmatch match --threads 2 with -XX:ActiveProcessorCount=1" \
  nice -n 10 java -XX:ActiveProcessorCount=1 -Xmx$HEAP -jar "$CLI" match --city $HOME_CITY \
  --enterprises "$CITY/enterprises.csv" --relations "$CITY/relations.csv" --demands "$DEMANDS_FILE" \
  --out "$WORK/cli-match-1" --threads 2 > /dev/null
if cmp -s "$WORK/cli-match-1/matches.csv" "$WORK/spark/matches.csv"; then
  echo "matches.csv of the CLI indexing in input order and of Spark: byte for byte identical"
else
  echo "matches.csv of the CLI indexing in input order and of Spark: DIFFER"
fi

echo "== matches.csv: the CLI with its default (multi-threaded) index against Spark"
python3 - "$WORK/cli-match/matches.csv" "$WORK/spark/matches.csv" <<'PY'
import csv, sys
from collections import OrderedDict
def read(path):
    with open(path, newline='', encoding='utf-8') as f:
        r = csv.reader(f)
        header = next(r)
        per = OrderedDict()
        for row in r:
            per.setdefault(row[0], []).append(row)
        return header, per
(ch, cli), (sh, spark) = read(sys.argv[1]), read(sys.argv[2])
print("header", "identical" if ch == sh else "DIFFERS: %s vs %s" % (ch, sh))
same = ties = differ = 0
for d in set(cli) | set(spark):
    a, b = cli.get(d, []), spark.get(d, [])
    if a == b:
        same += 1
    elif sorted(r[:1] + r[2:] for r in a) == sorted(r[:1] + r[2:] for r in b) \
            and [r[6] for r in a] == [r[6] for r in b]:
        ties += 1  # the same rows, suppliers of equal score in another order (ranks swapped)
    else:
        differ += 1
rows = sum(map(len, cli.values()))
print("demands with matches: CLI %d, Spark %d; rows: CLI %d, Spark %d" % (
    len(cli), len(spark), rows, sum(map(len, spark.values()))))
print("demands identical %d, differing only in the order of equal scores %d, differing %d" % (same, ties, differ))
PY
