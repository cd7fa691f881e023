#!/usr/bin/env bash
# Side-by-side timing of CayleyJ against CayleyPy (the Python reference library) on the same machine, in one sitting.
#
#   src/bench/vs-cayleypy.sh [OPTIONS] [CASE ...]     CASE = family:n[:central], e.g. lrx:10 or lrx:28:0000000000000011111111111111
#
# Default cases (the table of the issue): lrx:10 coxeter:10 lx:10 lrx:11 coxeter:11 pancake:11 lx:11 lrx:12 and the
# lrx coset of 0^14 1^14 (n=28).
#
# Options:
#   --algos LIST     CayleyPy algorithms to try, comma-separated from bfs,bfs_numpy,bfs_bitmask (tried as given).
#                    Default "auto", per case: bfs,bfs_numpy,bfs_bitmask for permutations with 9 <= n <= 11;
#                    bfs,bfs_numpy for n < 9 and for cosets (--central); only bfs_bitmask for 12 <= n <= 16 (bfs and
#                    bfs_numpy take very long there); bfs_numpy is left out where CayleyJ reports the graph directed
#                    (it needs inverse-closed generators). The table quotes the fastest algorithm that succeeded.
#   --py-repeat N    CayleyPy runs per algorithm, median taken (default 1)
#   --repeat R       CayleyJ runs per case, median taken (default 3)
#   --timeout S      limit per run, either tool, in seconds (default 1200); a run past it shows "timeout"
#   --threads T      torch threads for CayleyPy (--threads of run_cayleypy.py, default 2)
#   --install        when run as root, apt-get install CayleyPy's Debian dependencies if missing
#   -h, --help       this text
#
# CayleyPy set-up as in ../shared/peers/README.md: Debian's python3-torch python3-numpy python3-numba python3-h5py
# python3-scipy for /usr/bin/python3, and the package copy CAYLEYPY_SRC (default REPO/../shared/peers/cayleypy), run
# through the harness CAYLEYPY_HARNESS (default REPO/../shared/peers/run_cayleypy.py); REPO is this repository's root.
# For your own CayleyPy install set CAYLEYPY_PYTHON to its interpreter, and CAYLEYPY_SRC to your checkout (without
# CAYLEYPY_SRC and without the default copy, the interpreter's installed cayleypy package is imported).
# CAYLEYJ overrides the CayleyJ launcher (default REPO/cayley, which rebuilds target/cayleyj.jar if sources changed).
#
# Each run is one process under /usr/bin/time -v, one at a time, never concurrent: CayleyPy's in-engine wall_time_s
# (BFS only), CayleyJ's `growth --format json` wall_seconds, and the elapsed seconds and peak RSS of each whole
# process (the table's "processes" ratio: what a user waits for from the shell). The layer sizes of
# every CayleyPy algorithm that finished are compared with CayleyJ's ("layers equal"; a mismatch is printed loudly and
# the script exits 1). Progress goes to stderr, the markdown table to stdout. Exit 2: set-up missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

algos=auto py_repeat=1 repeat=3 limit=1200 threads=2 install=0
cases=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --algos) algos="${2:?--algos needs a value}"; shift 2 ;;
    --py-repeat) py_repeat="${2:?--py-repeat needs a value}"; shift 2 ;;
    --repeat) repeat="${2:?--repeat needs a value}"; shift 2 ;;
    --timeout) limit="${2:?--timeout needs a value}"; shift 2 ;;
    --threads) threads="${2:?--threads needs a value}"; shift 2 ;;
    --install) install=1; shift ;;
    -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    *) cases+=("$1"); shift ;;
  esac
done
[ ${#cases[@]} -gt 0 ] || cases=(lrx:10 coxeter:10 lx:10 lrx:11 coxeter:11 pancake:11 lx:11 lrx:12
                                  lrx:28:0000000000000011111111111111)
for v in "$py_repeat" "$repeat" "$limit" "$threads"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "not a positive integer: $v" >&2; exit 2; }
done
if [ "$algos" != auto ]; then
  IFS=, read -r -a list <<<"$algos"
  for a in "${list[@]}"; do
    case "$a" in bfs|bfs_numpy|bfs_bitmask) ;; *) echo "unknown CayleyPy algorithm: $a" >&2; exit 2 ;; esac
  done
fi
for c in "${cases[@]}"; do
  [[ "$c" =~ ^[a-z_0-9]+:[0-9]+(:[0-9,]+)?$ ]] || { echo "bad case '$c': want family:n[:central]" >&2; exit 2; }
done

# --- CayleyPy set-up ----------------------------------------------------------------------------------------------
py="${CAYLEYPY_PYTHON:-/usr/bin/python3}"
harness="${CAYLEYPY_HARNESS:-$here/../shared/peers/run_cayleypy.py}"
[ -x "$py" ] || py="$(command -v "$py" || true)"
[ -n "$py" ] || { echo "CayleyPy interpreter not found: ${CAYLEYPY_PYTHON:-/usr/bin/python3}" >&2; exit 2; }
[ -f "$harness" ] || { echo "CayleyPy harness not found: $harness (set CAYLEYPY_HARNESS)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 2; }
command -v timeout >/dev/null || { echo "timeout (coreutils) not found" >&2; exit 2; }
apt_cmd="apt-get update && apt-get install -y python3-torch python3-numpy python3-numba python3-h5py python3-scipy"
missing() {
  "$py" -c 'import importlib.util as u; print(" ".join(m for m in ("torch", "numpy", "numba", "h5py", "scipy") if u.find_spec(m) is None))'
}
miss="$(missing)"
if [ -n "$miss" ]; then
  if [ -n "${CAYLEYPY_PYTHON:-}" ]; then
    echo "$py lacks the Python modules: $miss" >&2; exit 2
  elif [ "$install" = 1 ] && [ "$(id -u)" = 0 ]; then
    echo "installing CayleyPy's dependencies ($miss): $apt_cmd" >&2
    bash -c "$apt_cmd" >&2
    miss="$(missing)"
    [ -z "$miss" ] || { echo "still missing after apt-get: $miss" >&2; exit 2; }
  else
    echo "CayleyPy needs the Python modules $miss for $py; as root run (or rerun this script as root with --install):" >&2
    echo "    $apt_cmd" >&2
    exit 2
  fi
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/vs-cayleypy.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
if [ -n "${CAYLEYPY_SRC:-}" ]; then
  src="$CAYLEYPY_SRC"
  [ -d "$src" ] || { echo "CAYLEYPY_SRC is not a directory: $src" >&2; exit 2; }
elif [ -f "$here/../shared/peers/cayleypy/cayleypy/__init__.py" ]; then
  src="$here/../shared/peers/cayleypy"
else
  src="$tmp/installed"  # no copy: an empty directory, so that the interpreter's installed cayleypy is imported
  mkdir -p "$src"
fi
src="$(cd "$src" && pwd)"
echo "checking CayleyPy: $py, CAYLEYPY_SRC=$src ..." >&2
pyinfo="$(CAYLEYPY_SRC="$src" HARNESS="$harness" "$py" -c '
import importlib.util, os, sys
sys.path.insert(0, os.environ["CAYLEYPY_SRC"])
spec = importlib.util.spec_from_file_location("run_cayleypy", os.environ["HARNESS"])
harness = importlib.util.module_from_spec(spec)
spec.loader.exec_module(harness)
harness._install_stubs()  # kagglehub (model download), not needed for BFS, as the harness does
import torch, cayleypy
print(f"cayleypy {os.path.dirname(cayleypy.__file__)}, torch {torch.__version__}, python {sys.version.split()[0]}")
' 2>"$tmp/import.err")" || { echo "cannot import cayleypy with $py from CAYLEYPY_SRC=$src:" >&2; tail -5 "$tmp/import.err" >&2; exit 2; }
echo "$pyinfo" >&2

# --- CayleyJ --------------------------------------------------------------------------------------------------------
cayleyj="${CAYLEYJ:-$here/cayley}"
jversion="$("$cayleyj" --version | head -1)" || { echo "CayleyJ launcher failed: $cayleyj --version" >&2; exit 2; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

# Runs "$@" under timeout and /usr/bin/time -v with stdout to $tmp/out; sets run_rc (0, "timeout" or "failed"),
# run_rss (KiB) and run_elapsed (seconds of the whole process: start-up, imports, set-up and the BFS).
run_timed() {
  local rc=0
  /usr/bin/time -v -o "$tmp/time" timeout --foreground -k 10 "$limit" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
  run_rss="$(awk -F': *' '/Maximum resident set size/ {print $2}' "$tmp/time" 2>/dev/null || true)"
  run_elapsed="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time" 2>/dev/null || true)"
  case "$rc" in
    0) run_rc=0 ;;
    124|137) run_rc=timeout ;;
    *) run_rc=failed ;;
  esac
}

# Prints "wall<TAB>layers<TAB>directed<TAB>threads" from JSON on stdin (a CayleyPy line or CayleyJ's document).
extract() {
  python3 -c '
import json, sys
text = sys.stdin.read()
try:
    d = json.loads(text)
except ValueError:
    lines = [l for l in text.splitlines() if l.startswith("{")]
    d = json.loads(lines[-1])
wall = d.get("wall_seconds", d.get("wall_time_s"))
layers = ",".join(str(x) for x in d["layer_sizes"])
directed = str(d.get("directed", "")).lower()
threads = d.get("threads", d.get("torch_threads", ""))
print(f"{wall}\t{layers}\t{directed}\t{threads}")
'
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
secs() { awk -v s="$1" 'BEGIN { printf (s < 1 ? "%.3f" : "%.2f"), s }'; }
mib() { awk -v k="${1:-}" 'BEGIN { if (k == "") print "-"; else printf "%.0f MiB", k / 1024 }'; }
ratio() { awk -v p="${1:-}" -v j="${2:-}" 'BEGIN { if (p == "" || j == "" || j + 0 == 0) print "-"; else printf "%.1fx", p / j }'; }
label() {  # lrx:28:00001111 -> "lrx 28 (0^4 1^4)"
  local fam="${1%%:*}" rest="${1#*:}" n central=""
  n="${rest%%:*}"
  [ "$rest" != "$n" ] && central="${rest#*:}"
  if [ -z "$central" ]; then echo "$fam $n"; return; fi
  echo "$fam $n ($(awk -v s="$central" 'BEGIN {
    if (index(s, ",")) { k = split(s, a, ",") } else { k = length(s); for (i = 1; i <= k; i++) a[i] = substr(s, i, 1) }
    out = ""; run = 1
    for (i = 2; i <= k + 1; i++) {
      if (i <= k && a[i] == a[i - 1]) { run++; continue }
      out = out (out == "" ? "" : " ") a[i - 1] (run > 1 ? "^" run : ""); run = 1
    }
    print out }'))"
}

rows=() notes=() mismatch=0 j_threads=""
for c in "${cases[@]}"; do
  fam="${c%%:*}"; rest="${c#*:}"; n="${rest%%:*}"; central=""
  [ "$rest" != "$n" ] && central="${rest#*:}"
  cargs=()
  [ -n "$central" ] && cargs=(--central "$central")

  # CayleyJ first: its JSON says whether the graph is directed, which decides whether bfs_numpy applies.
  j_walls="" j_procs="" j_rss=0 j_layers="" j_status="" directed=""
  for ((r = 1; r <= repeat; r++)); do
    run_timed "$cayleyj" growth "$fam" -n "$n" "${cargs[@]}" --format json -q
    if [ "$run_rc" != 0 ]; then
      j_status="$run_rc"
      echo "CayleyJ $c run $r/$repeat: $run_rc: $(tail -1 "$tmp/err")" >&2
      notes+=("$(label "$c"): CayleyJ $run_rc: $(tail -1 "$tmp/err")")
      break
    fi
    IFS=$'\t' read -r wall layers directed j_threads < <(extract <"$tmp/out" 2>"$tmp/err" || true)
    if [ -z "${wall:-}" ] || [ "$wall" = None ]; then
      j_status=failed
      echo "CayleyJ $c run $r/$repeat: no JSON result: $(tail -1 "$tmp/err")" >&2
      notes+=("$(label "$c"): CayleyJ gave no JSON result")
      break
    fi
    j_walls="$j_walls $wall"
    j_procs="$j_procs ${run_elapsed:-}"
    [ "${run_rss:-0}" -gt "$j_rss" ] && j_rss="$run_rss"
    if [ -n "$j_layers" ] && [ "$layers" != "$j_layers" ]; then
      echo "!!! CayleyJ $c: run $r gave other layer sizes than run 1" >&2
      notes+=("$(label "$c"): CayleyJ runs disagree on the layer sizes")
      mismatch=1
    fi
    j_layers="$layers"
    echo "CayleyJ $c run $r/$repeat: $wall s, $(mib "$run_rss")" >&2
  done
  j_median="" j_proc=""
  [ -z "$j_status" ] && j_median="$(median <<<"$j_walls")" && j_proc="$(median <<<"$j_procs")"

  if [ "$algos" = auto ]; then
    if [ -n "$central" ] || [ "$n" -lt 9 ]; then case_algos=(bfs bfs_numpy)
    elif [ "$n" -le 11 ]; then case_algos=(bfs bfs_numpy bfs_bitmask)
    elif [ "$n" -le 16 ]; then case_algos=(bfs_bitmask)
    else case_algos=(bfs)
    fi
    if [ "$directed" = true ]; then
      kept=()
      for a in "${case_algos[@]}"; do [ "$a" = bfs_numpy ] || kept+=("$a"); done
      case_algos=("${kept[@]}")
    fi
  else
    IFS=, read -r -a case_algos <<<"$algos"
  fi

  best="" best_wall="" best_rss="" best_proc="" p_status="failed" p_layers="" equal=yes
  for a in "${case_algos[@]}"; do
    walls="" procs="" rss=0 ok=1
    for ((r = 1; r <= py_repeat; r++)); do
      run_timed env CAYLEYPY_SRC="$src" "$py" "$harness" "$fam" "$n" "${cargs[@]}" --algo "$a" --threads "$threads"
      if [ "$run_rc" != 0 ]; then
        [ "$run_rc" = timeout ] && p_status=timeout
        why="$(grep -v '^\s*$' "$tmp/err" | tail -1 || true)"
        [ "$run_rc" = timeout ] && why="over $limit s"
        echo "CayleyPy $c $a run $r/$py_repeat: $run_rc: $why" >&2
        notes+=("$(label "$c"): CayleyPy $a $run_rc: $why")
        ok=0
        break
      fi
      IFS=$'\t' read -r wall layers _ _ < <(extract <"$tmp/out" 2>"$tmp/err" || true)
      if [ -z "${wall:-}" ] || [ "$wall" = None ]; then
        echo "CayleyPy $c $a run $r/$py_repeat: no JSON result: $(tail -1 "$tmp/err")" >&2
        notes+=("$(label "$c"): CayleyPy $a failed: no JSON result")
        ok=0
        break
      fi
      walls="$walls $wall"
      procs="$procs ${run_elapsed:-}"
      [ "${run_rss:-0}" -gt "$rss" ] && rss="$run_rss"
      echo "CayleyPy $c $a run $r/$py_repeat: $wall s, $(mib "$run_rss")" >&2
      if [ -n "$j_layers" ] && [ "$layers" != "$j_layers" ]; then
        equal=NO mismatch=1
        {
          echo "!!! LAYER MISMATCH $c: CayleyPy $a and CayleyJ differ"
          echo "!!!   CayleyPy $a: $layers"
          echo "!!!   CayleyJ:     $j_layers"
        } >&2
        notes+=("$(label "$c"): LAYER MISMATCH, CayleyPy $a [$layers] vs CayleyJ [$j_layers]")
      fi
      p_layers="$layers"
    done
    [ "$ok" = 1 ] || continue
    m="$(median <<<"$walls")"
    if [ -z "$best" ] || awk -v a="$m" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
      best="$a" best_wall="$m" best_rss="$rss" best_proc="$(median <<<"$procs")"
    fi
  done

  if [ -n "$j_layers" ]; then
    states="$(tr ',' '\n' <<<"$j_layers" | awk '{s += $1} END {print s}')"
  elif [ -n "$p_layers" ]; then
    states="$(tr ',' '\n' <<<"$p_layers" | awk '{s += $1} END {print s}')"
  else
    states="-"
  fi
  [ -n "$j_layers" ] && [ -n "$best" ] || equal="-"
  if [ -n "$best" ]; then p_cell="$(secs "$best_wall")"; p_mem="$(mib "$best_rss")"; p_algo="$best"
    p_pcell="$(secs "${best_proc:-0}")"
  else p_cell="$p_status"; p_mem="-"; p_algo="-"; p_pcell="-"
  fi
  if [ -n "$j_median" ]; then j_cell="$(secs "$j_median")"; j_mem="$(mib "$j_rss")"; j_pcell="$(secs "${j_proc:-0}")"
  else j_cell="${j_status:-failed}"; j_mem="-"; j_pcell="-"
  fi
  ratio="$(ratio "${best_wall:-}" "${j_median:-}")"
  pratio="$(ratio "${best_proc:-}" "${j_proc:-}")"
  rows+=("| $(label "$c") | $states | $p_algo | $p_cell | $p_pcell | $p_mem | $j_cell | $j_pcell | $j_mem | $ratio | $pratio | $equal |")
done

load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| case | states | CayleyPy best algo | CayleyPy s | CayleyPy process s | CayleyPy peak RSS | CayleyJ s (median of $repeat) | CayleyJ command s | CayleyJ peak RSS | CayleyPy / CayleyJ | processes | layers equal |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"
printf '%s\n' "${rows[@]}"
echo
if [ ${#notes[@]} -gt 0 ]; then
  printf -- '- %s\n' "${notes[@]}"
  echo
fi
echo "CayleyPy: in-engine BFS seconds (wall_time_s), median of $py_repeat per algorithm, best algorithm quoted, $threads torch threads; $pyinfo. CayleyJ: $jversion, growth wall_seconds, ${j_threads:-default} threads. The ratio is of those in-engine seconds. Process and command seconds, peak RSS: the whole process (/usr/bin/time -v: for CayleyPy the interpreter start, the torch and cayleypy imports, the graph set-up and the BFS; for CayleyJ the launcher, the JVM start and the command), and their ratio under 'processes'."
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start $load_start, at end $load_end"
if [ "$mismatch" = 1 ]; then
  echo
  echo "**LAYER SIZES DIFFER: see the notes above.**"
  exit 1
fi
