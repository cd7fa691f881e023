#!/usr/bin/env bash
# Where a growth run spends its CPU: JFR execution samples (with non-safepoint debug info, so hot inlined frames are
# attributed to their own lines), the top frames by method and by line, and the ns per edge per core.
#   src/bench/profile.sh FAMILY N [CENTRAL] [-- extra growth options]
#   e.g. src/bench/profile.sh lrx 11;  src/bench/profile.sh lrx 28 0000000000000011111111111111 -- --engine rank
# Writes the recording to target/profile-FAMILY-N.jfr (open it in JDK Mission Control for the full picture).
# Sampling skids: a sample landing just after an atomic or a cache miss is charged to the next instruction, so check
# a conclusion by timing the change (CPU seconds of /usr/bin/time on a busy machine, medians on a quiet one).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 2 ] || { sed -n 2,8p "$0" >&2; exit 2; }
fam=$1 n=$2; shift 2
central=()
if [ $# -gt 0 ] && [ "$1" != "--" ]; then central=(--central "$1"); shift; fi
[ "${1:-}" = "--" ] && shift
"$here/cayley" --version >/dev/null
jfr="$here/target/profile-$fam-$n.jfr"
out=$(JAVA_OPTS="${JAVA_OPTS:--Xmx8g -XX:+UseParallelGC} -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -XX:StartFlightRecording=filename=$jfr,settings=profile" \
  "$here/cayley" growth "$fam" -n "$n" "${central[@]}" --format json -q "$@" 2>/dev/null | sed -n "/^{/,\$p")
python3 - "$out" "$fam" "$n" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
edges = d["total_states"] * len(d.get("generators", []))
secs, threads = d["wall_seconds"], d.get("threads", 1)
print(f"{sys.argv[2]} n={sys.argv[3]}: {d['total_states']} states, {d['engine']} engine, {secs:.3f} s in-engine on "
      f"{threads} threads" + (f", {secs * threads / edges * 1e9:.1f} ns per edge per core" if edges else ""))
PY
samples=$(jfr print --events jdk.ExecutionSample "$jfr" | grep -A1 'stackTrace = \[' | grep -v 'stackTrace\|^--')
total=$(printf '%s\n' "$samples" | grep -c . || true)
echo "$total samples; top methods:"
printf '%s\n' "$samples" | sed 's/(.*//; s/^ *//' | sort | uniq -c | sort -rn | head -12 \
  | awk -v t="$total" '{printf "  %5.1f%%  %s\n", 100*$1/t, $2}'
echo "top lines:"
printf '%s\n' "$samples" | sed 's/(.*line:/ line:/; s/^ *//' | sort | uniq -c | sort -rn | head -12 \
  | awk -v t="$total" '{c=$1; $1=""; printf "  %5.1f%%  %s\n", 100*c/t, $0}'
