#!/usr/bin/env bash
# Builds CayleyJ, then times growth of each case on both engines (general, rank) and both backends (java, opencl),
# prints a table with the opencl/java ratio per engine and checks that every run found the same layer sizes.
# Exit 1 on a mismatch or a failed run.
#
#   gpu/bench.sh              build (mvn -q package, tests skipped), then run
#   gpu/bench.sh --no-build   use the existing target/cayleyj.jar
#
# Environment: CASES (default "lrx:11 coxeter:11"), JAVA_OPTS (default "-Xmx6g -XX:+UseParallelGC"),
# THREADS (default: all cores), RUN_TIMEOUT seconds per run (default 240). Runs unattended; on a 2-core VM the
# default cases take about 3 minutes. Record the output in gpu/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${CASES:-lrx:11 coxeter:11}"
JAVA_OPTS="${JAVA_OPTS:--Xmx6g -XX:+UseParallelGC}"
RUN_TIMEOUT="${RUN_TIMEOUT:-240}"
threads=()
if [ -n "${THREADS:-}" ]; then threads=(--threads "$THREADS"); fi
if [ "${1:-}" != "--no-build" ]; then
  echo "building target/cayleyj.jar ..." >&2
  mvn -B -q -Dmaven.test.skip=true package >&2
fi
jar=target/cayleyj.jar
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "# machine: $(uname -m), $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | sed -n 1p)"
echo "# java: $(java -version 2>&1 | sed -n 1p); JAVA_OPTS=$JAVA_OPTS"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$jar" devices | sed 's/^/# /'
echo
printf '%-12s %-22s %10s %10s %8s  %s\n' case backend engine_s wall_s diameter states
status=0
for c in $CASES; do
  fam="${c%%:*}"; n="${c##*:}"
  ref=""
  java_s=""
  for variant in "general java" "general opencl" "rank java" "rank opencl"; do
    set -- $variant
    engine="$1"; backend="$2"
    out="$tmp/$fam-$n-$engine-$backend.json"
    t0=$(date +%s.%N)
    if [ "$backend" = "java" ]; then java_s=""; fi
    # shellcheck disable=SC2086
    if ! timeout "$RUN_TIMEOUT" java $JAVA_OPTS -jar "$jar" growth "$fam" -n "$n" --engine "$engine" \
        --backend "$backend" "${threads[@]}" --format json -q --out "$out" 2>"$tmp/err"; then
      printf '%-12s %-22s %s\n' "$fam:$n" "$engine/$backend" "FAILED: $(tr '\n' ' ' <"$tmp/err")"
      status=1
      continue
    fi
    t1=$(date +%s.%N)
    flat="$(tr -d ' \n\r' <"$out")"
    sizes="$(echo "$flat" | grep -o '"layer_sizes":\[[^]]*\]')"
    secs="$(echo "$flat" | grep -o '"wall_seconds":[0-9.eE+-]*' | sed 's/.*://')"
    diam="$(echo "$flat" | grep -o '"diameter":[0-9]*' | sed 's/.*://')"
    total="$(echo "$sizes" | sed 's/.*\[//; s/\]//' | tr ',' '\n' | awk '{s+=$1} END {print s}')"
    wall="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')"
    printf '%-12s %-22s %10.2f %10s %8s  %s\n' "$fam:$n" "$engine/$backend" "$secs" "$wall" "$diam" "$total"
    if [ "$backend" = "java" ]; then java_s="$secs"; fi
    if [ "$backend" = "opencl" ] && [ -n "$java_s" ]; then
      awk -v o="$secs" -v j="$java_s" 'BEGIN {printf "%-12s %-22s %10.2f\n", "", "ratio opencl/java", o / j}'
    fi
    if [ -z "$ref" ]; then
      ref="$sizes"
    elif [ "$sizes" != "$ref" ]; then
      echo "MISMATCH: $fam:$n $engine/$backend layer sizes differ from general/java" >&2
      status=1
    fi
  done
done
echo
if [ "$status" -eq 0 ]; then
  echo "layer sizes: identical on every backend"
else
  echo "FAILED (see above)"
fi
exit "$status"
