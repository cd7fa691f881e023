#!/usr/bin/env bash
# Local-mode overhead of the spark engine against the in-process engines, and per-layer shuffle volumes of the rank
# layout (for the cluster plan in the README). Usage: src/bench/spark-local.sh [runs] [lx sizes...]
#   src/bench/spark-local.sh 3 11 12
# Prints wall times (in-engine seconds from the result line) and, for each lx run, the manifest's shuffle totals.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"; shift || true
sizes=("$@")
work="$(mktemp -d /tmp/cayleyj-spark-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
secs() { sed -n 's/.*engine, [0-9]* threads: \([0-9.]*\) s.*/\1/p'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); runs: $runs"
for engine in rank general "spark rank" "spark dataset"; do
  set -- $engine
  times=()
  for i in $(seq "$runs"); do
    if [ "$1" = spark ]; then
      t=$("$here/cayley" growth lrx -n 10 -q --engine spark --master 'local[2]' --spark-mode "$2" \
          --work-dir "$work/lrx10-$2-$i" 2>&1 | secs)
    else
      t=$("$here/cayley" growth lrx -n 10 -q --engine "$1" 2>&1 | secs)
    fi
    times+=("$t")
  done
  echo "lrx n=10 $engine: ${times[*]} s; median $(printf '%s\n' "${times[@]}" | median) s"
done
for n in "${sizes[@]}"; do
  d="$work/lx$n"
  t=$("$here/cayley" growth lx -n "$n" -q --engine spark --master 'local[2]' --spark-mode rank --work-dir "$d" 2>&1 | secs)
  m="$d/cayleyj-spark.json"
  field() { tr -d '\n ' < "$m" | sed -n "s/.*\"$1\":\[\([^]]*\)\].*/\1/p" | tr ',' '\n'; }
  echo "lx n=$n spark rank: $t s, $(field layer_sizes | wc -l) layers, partitions $(tr -d '\n ' < "$m" | sed -n 's/.*"partitions":\([0-9]*\).*/\1/p')"
  echo "  shuffle bytes: total $(field shuffle_bytes | awk '{s+=$1} END {print s}'), max layer $(field shuffle_bytes | sort -g | tail -1)"
  echo "  shuffled ranks: total $(field shuffled_ranks | awk '{s+=$1} END {print s}'), max layer $(field shuffled_ranks | sort -g | tail -1)"
  echo "  largest layer: $(field layer_sizes | sort -g | tail -1)"
  cp "$m" "/tmp/lx$n-spark-manifest.json"
done
