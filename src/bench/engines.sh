#!/usr/bin/env bash
# Rank-space engine against the general engine, one run each, in-engine time and peak RSS of the whole JVM.
#   src/bench/engines.sh [CASE ...]   CASE = "family n [central]", default: the cases of the rank-engine issue
#   ENGINES="rank frontier" src/bench/engines.sh ...   other engines side by side (default: "rank general")
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$here/cayley" --version >/dev/null
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=("lrx 10" "lrx 11" "lrx 12" "coxeter 11" "pancake 11" "lx 11" "lrx 24 000000000000111111111111")
echo "| case | states | diameter | engine | in-engine s | peak state memory | peak RSS |"
echo "|---|---:|---:|---|---:|---:|---:|"
for c in "${cases[@]}"; do
  read -r fam n central <<<"$c"
  extra=()
  [ -n "${central:-}" ] && extra=(--central "$central")
  for engine in ${ENGINES:-rank general}; do
    out=$(/usr/bin/time -f "RSS %M" "$here/cayley" growth "$fam" -n "$n" "${extra[@]}" --engine "$engine" --format json -q 2>/tmp/engines-bench.err) || { echo "| $c | | | $engine | failed: $(tail -1 /tmp/engines-bench.err) | | |"; continue; }
    rss=$(grep -o 'RSS [0-9]*' /tmp/engines-bench.err | awk '{printf "%.0f MiB", $2/1024}')
    python3 - "$c" "$engine" "$rss" <<PY
import json, sys
d = json.loads('''$out''')
mem = d["peak_state_bytes"] / 2**20
print(f"| {sys.argv[1]} | {d['total_states']} | {d['diameter']} | {sys.argv[2]} | {d['wall_seconds']:.2f} | {mem:.1f} MiB | {sys.argv[3]} |")
PY
  done
done
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
