#!/usr/bin/env bash
# Beam search on uniformly random states of an lrx-like family: for each beam width, how many are solved, the mean,
# min and max word length and the mean time per state. Prints one Markdown table row per width.
#
#   src/bench/beam-lrx.sh [N=20] [COUNT=100] [WIDTHS="16 64 256 1024 4096"] [HEURISTIC=cyclic] [SEED=1] [FAMILY=lrx]
#
# Needs python3 (to draw the states and summarise the JSON). JAVA_OPTS is passed to the launcher.
set -euo pipefail
n=${1:-20}
count=${2:-100}
widths=${3:-"16 64 256 1024 4096"}
heuristic=${4:-cyclic}
seed=${5:-1}
family=${6:-lrx}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$n" "$count" "$seed" > "$work/states.txt" <<'PY'
import random, sys
n, count, seed = map(int, sys.argv[1:])
r = random.Random(seed)
for _ in range(count):
    p = list(range(n))
    r.shuffle(p)
    print("[" + ",".join(map(str, p)) + "]")
PY
echo "| $family n=$n, $count random states, $heuristic | solved | mean length | min | max | mean time per state |"
echo "|---|---|---|---|---|---|"
for w in $widths; do
  "$here/cayley" solve "$family" -n "$n" --method beam --beam-width "$w" --heuristic "$heuristic" \
      --states "$work/states.txt" --time-per-state 300 --format json > "$work/out.json" 2> "$work/err.txt" || true
  python3 - "$w" "$work/out.json" <<'PY'
import json, sys
w, path = sys.argv[1], sys.argv[2]
rows = json.load(open(path))
solved = [r for r in rows if "length" in r]
lengths = [r["length"] for r in solved]
secs = [r["seconds"] for r in rows]
mean = sum(lengths) / len(lengths) if lengths else float("nan")
print(f"| W = {w} | {len(solved)}/{len(rows)} | {mean:.1f} | {min(lengths) if lengths else '-'} | "
      f"{max(lengths) if lengths else '-'} | {sum(secs) / len(secs):.3f} s |")
PY
done
