#!/usr/bin/env bash
# Times the single-machine CLI (match + analyze) and the Spark batch in local[2] on one generated
# city, side by side, same files. Usage: distributed/spark/scale.sh [ENTERPRISES] [WORK_DIR]
#   distributed/spark/scale.sh 100000
#   distributed/spark/scale.sh 1000000
# Needs the modules built once (the script runs mvn -o package). Run it on a quiet machine.
set -euo pipefail
SIZE=${1:-100000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${2:-$ROOT/.cache/spark-scale/$SIZE}
cd "$ROOT"
mkdir -p "$WORK"
mvn -B -o -q package -DskipTests -pl examples -am
# In one reactor run with package, sibling modules resolve to their jars; the last module written
# (distributed/spark) leaves its classpath in cp.txt. Test scope includes Spark (provided).
mvn -B -o -q package dependency:build-classpath -DskipTests -pl distributed/spark -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" > /dev/null
CP="$(cat "$WORK/cp.txt"):$ROOT/distributed/spark/target/chainmatch-spark-0.1.0.jar"
OPENS=$(mvn -B -o -q help:evaluate -pl distributed/spark -Dexpression=spark.opens -DforceStdout)
HOME_CITY=320500
if [ ! -f "$WORK/demo/input/enterprises.csv" ]; then
  # The CLI's demo generates the city into demo/input (and runs the whole pipeline once on it).
  java -Xmx8g -jar "$ROOT/examples/target/chainmatch.jar" demo --size "$SIZE" --seed 20 --out "$WORK/demo" --threads 2 > /dev/null
fi
C="$WORK/demo/input"
echo "== single machine: chainmatch match (2 threads) =="
/usr/bin/time -f "wall %e s, max RSS %M KB" java -Xmx8g -jar "$ROOT/examples/target/chainmatch.jar" match \
  --city $HOME_CITY --enterprises "$C/enterprises.csv" --relations "$C/relations.csv" \
  --demands "$C/demands.csv" --out "$WORK/cli-match" --threads 2
echo "== single machine: chainmatch analyze =="
/usr/bin/time -f "wall %e s, max RSS %M KB" java -Xmx8g -jar "$ROOT/examples/target/chainmatch.jar" analyze \
  --city $HOME_CITY --enterprises "$C/enterprises.csv" --relations "$C/relations.csv" --out "$WORK/cli-analyze"
echo "== Spark local[2]: SparkBatch (match + analyse) =="
# shellcheck disable=SC2086
/usr/bin/time -f "wall %e s, max RSS %M KB" java -Xmx8g $OPENS -cp "$CP" org.chainmatch.spark.SparkBatch \
  --master 'local[2]' --city $HOME_CITY --enterprises "$C/enterprises.csv" --relations "$C/relations.csv" \
  --demands "$C/demands.csv" --out "$WORK/spark" --parts 8 --block-enterprises 50000
for f in matches.csv; do
  if cmp -s "$WORK/cli-match/$f" "$WORK/spark/$f"; then echo "$f: identical"; else echo "$f: DIFFERS"; fi
done
