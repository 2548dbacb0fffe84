#!/usr/bin/env bash
# Runs chainmatch's city-scale JMH suite and writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh quick [JMH args...]   10k and 100k enterprises (about 25 minutes on 2 cores)
#   benchmarks/run.sh full  [JMH args...]   1M enterprises (allow an hour; a regex narrows it)
#
# Extra arguments go to JMH, e.g. a benchmark regex: benchmarks/run.sh quick AlternativeQuery;
# CHAINMATCH_JMH_OPTS replaces the profile's fork, warm-up and iteration options.
# It builds benchmarks/target/benchmarks.jar when missing or older than the sources, writes the
# generated cities once into .cache/cities/ (override with CHAINMATCH_CACHE), keeps JMH's JSON in
# bench-results/<profile>-<timestamp>.json (its log beside it as .log, the load as .properties)
# and merges its quick and full runs (each row from the latest run that measured it) into
# benchmarks/RESULTS.md and the performance table
# of README.md. It refuses to start, and RESULTS.md leaves a run out, when the load average is
# above the core count: set CHAINMATCH_FORCE=1 to measure and show such a run anyway.
set -euo pipefail

load_average() { uptime | sed 's/.*load average: //'; }
one_minute_load() { cut -d' ' -f1 /proc/loadavg; }

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }

# The whole script is one function, read before it runs, so editing this file during a long run
# cannot change what the run does.
main() {
  root="$(cd "$(dirname "$0")/.." && pwd)"
  cd "$root"
  local profile="${1:-}" sizes jmh_opts
  case "$profile" in
    # Three warm-up iterations of 5 s: one of 2 s left Lucene's query paths unjitted and reported
    # three times the settled latency. At 100k the full match was still settling after three of
    # 5 s (warm-up means 1.8 and 3.1 ms, then 0.8 to 3.5 ms measured) and settled after about four
    # of 10 s, so the full profile warms up five times 10 s and measures five times 10 s.
    # RESULTS.md shows whether the last two warm-ups agree within the measurement's error, and
    # warns when they do not. The table takes 10k and 100k from quick runs, 1M from full ones.
    quick) sizes=(10000 100000); jmh_opts=(-f 1 -wi 3 -i 3 -w 5s -r 3s) ;;
    full)  sizes=(1000000);      jmh_opts=(-f 1 -wi 5 -i 5 -w 10s -r 10s) ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
  # JMH's options are single-valued (a second -wi is an error), so a run that needs other
  # iterations, such as the 100,000-demand batches (a minute a shot), replaces them here.
  if [[ -n ${CHAINMATCH_JMH_OPTS:-} ]]; then
    read -ra jmh_opts <<< "$CHAINMATCH_JMH_OPTS"
  fi

  jar=benchmarks/target/benchmarks.jar
  if [[ ! -f $jar ]] || [[ -n "$(find pom.xml core index matching outreach testkit benchmarks -newer "$jar" \
      \( -path '*/src/*' -o -name pom.xml \) -type f -print -quit)" ]]; then
    echo "== building $jar"
    # Offline first (the usual case on a developer machine), online if something is missing.
    mvn -B -q -o -pl benchmarks -am package -DskipTests \
      || mvn -B -q -pl benchmarks -am package -DskipTests
  fi

  # JMH runs from a copy, so that rebuilding the jar during a long run cannot break the forks.
  snapshot="$(mktemp --suffix=.jar)"
  trap 'rm -f "$snapshot"' EXIT
  cp "$jar" "$snapshot"

  cache="${CHAINMATCH_CACHE:-$root/.cache/cities}"
  echo "== cities in $cache"
  java -Dchainmatch.cache="$cache" -cp "$snapshot" org.chainmatch.benchmarks.CityFixture "${sizes[@]}"

  # A figure measured beside other work is not a figure: wait up to CHAINMATCH_LOAD_WAIT seconds
  # (default 600) for the one-minute load to fall to the core count, then refuse unless forced.
  local cores waited_load=0 max_load_wait="${CHAINMATCH_LOAD_WAIT:-600}" force="${CHAINMATCH_FORCE:-0}"
  cores="$(nproc)"
  while awk -v l="$(one_minute_load)" -v c="$cores" 'BEGIN { exit !(l > c) }'; do
    if [[ $force == 1 ]]; then
      echo "== load $(one_minute_load) > $cores CPUs; measuring anyway (CHAINMATCH_FORCE=1)"
      break
    fi
    if (( waited_load >= max_load_wait )); then
      echo "== load average $(one_minute_load) is above the $cores CPUs: refusing to measure" \
        "(set CHAINMATCH_FORCE=1 to measure anyway; RESULTS.md will mark the run)" >&2
      return 3
    fi
    echo "== load average $(one_minute_load) > $cores CPUs: waiting for a quiet machine"
    sleep 30
    waited_load=$(( waited_load + 30 ))
  done

  mkdir -p bench-results
  results="bench-results/$profile-$(date +%Y%m%d-%H%M%S).json"
  size_list="$(IFS=,; echo "${sizes[*]}")"
  echo "== JMH ($profile) -> $results"
  # JMH allows one run per machine (/tmp/jmh.lock) so that runs do not skew each other; wait for
  # the other one (up to CHAINMATCH_JMH_WAIT seconds, default 1800) rather than measure beside it.
  local waited=0 max_wait="${CHAINMATCH_JMH_WAIT:-1800}" start
  log="$(mktemp)"  # global, like $snapshot: the EXIT trap runs after main has returned
  trap 'rm -f "$snapshot" "$log"' EXIT
  start=$SECONDS
  load_start="$(load_average)"
  # Sample the one-minute load every 15 s while JMH runs; the highest goes into the properties.
  load_samples="$(mktemp)"
  trap 'rm -f "$snapshot" "$log" "$load_samples"; kill "$sampler" 2>/dev/null || true' EXIT
  ( while true; do one_minute_load >> "$load_samples"; sleep 15; done ) &
  sampler=$!
  # Benchmarks name their city-size parameter 'size' or 'enterprises'; JMH ignores a -p that a
  # benchmark does not have.
  until java -jar "$snapshot" "${jmh_opts[@]}" -p size="$size_list" -p enterprises="$size_list" \
      -jvmArgsPrepend "-Dchainmatch.cache=$cache" \
      -rf json -rff "$results" "$@" 2>&1 | tee "$log"; (( PIPESTATUS[0] == 0 )); do
    if grep -q "Unable to acquire the JMH lock" "$log" && (( waited < max_wait )); then
      echo "== another JMH run holds /tmp/jmh.lock; waiting (${waited} s so far)"
      sleep 30
      waited=$(( waited + 30 ))
      start=$SECONDS
      load_start="$(load_average)"
    else
      echo "== JMH failed" >&2
      return 1
    fi
  done
  echo "== JMH took $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s"
  kill "$sampler" 2>/dev/null || true
  cp "$log" "$results.log"
  # The machine is shared: the load around the run says how much else ran beside it.
  {
    echo "command=${CHAINMATCH_JMH_OPTS:+CHAINMATCH_JMH_OPTS='$CHAINMATCH_JMH_OPTS' }benchmarks/run.sh $profile${*:+ $*}"
    echo "loadAtStart=$load_start"
    echo "loadAtEnd=$(load_average)"
    echo "loadMax=$(sort -g "$load_samples" | tail -n 1)"
    echo "minutes=$(( (SECONDS - start + 30) / 60 ))"
  } > "$results.properties"

  # Every run of both profiles, oldest first: a row comes from the latest run that measured it, so
  # a run narrowed by a regex (or by -p) replaces its own rows and keeps the others'. Delete
  # bench-results/ to start the table afresh.
  local runs=()
  mapfile -t runs < <(compgen -G "bench-results/quick-*.json" || true; compgen -G "bench-results/full-*.json" || true)
  local force_flag=()
  [[ $force == 1 ]] && force_flag=(--force)
  java -cp "$snapshot" org.chainmatch.benchmarks.ResultsTable "${force_flag[@]}" \
    --readme README.md benchmarks/RESULTS.md "${runs[@]}"

  # Quality beside speed: the same searches on the labelled evaluation set, when there is one.
  if [[ -f evaluation/qrels.csv ]]; then
    echo "== quality on evaluation/"
    { echo; java -cp "$snapshot" org.chainmatch.benchmarks.alternatives.AlternativesQuality evaluation; } \
      >> benchmarks/RESULTS.md
  else
    printf '\n## Quality on the evaluation set\n\nNot measured: this checkout has no evaluation/qrels.csv.\n' \
      >> benchmarks/RESULTS.md
  fi
  echo "== wrote benchmarks/RESULTS.md"
}

main "$@"
