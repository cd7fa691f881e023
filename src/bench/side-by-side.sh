#!/usr/bin/env bash
# Side-by-side timing of CayleyJ against GAP 4.12 on the same machine, in one sitting.
#
#   src/bench/side-by-side.sh [CASE ...]        CASE = family:n, default "lrx:10 coxeter:10 pancake:10"
#
# GAP runs ../shared/peers/gap_growth.g with METHOD "lib" (GrowthFunctionOfGroup, 2 bits per element) for
# inverse-closed sets and "bfs" otherwise; install it with `apt-get install -y gap`. CayleyJ runs `cayley bench`
# (1 warm-up, median of 5). Runs are sequential, never concurrent. Prints a markdown table.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peer="${GAP_PEER:-$here/../shared/peers/gap_growth.g}"
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(lrx:10 coxeter:10 pancake:10)
command -v gap >/dev/null || { echo "gap not found: apt-get install -y gap" >&2; exit 2; }
[ -f "$peer" ] || { echo "GAP peer script not found: $peer" >&2; exit 2; }

declare -A gap_wall gap_cpu
for c in "${cases[@]}"; do
  fam="${c%%:*}"; n="${c##*:}"
  case "$fam" in
    lrx) gfam=LRX; method=lib ;;
    lx) gfam=LX; method=bfs ;;
    *) gfam="$fam"; method=lib ;;
  esac
  line=$(cd /tmp && gap -q -o 20g -c "FAMILY:=\"$gfam\";; N:=$n;; METHOD:=\"$method\";;" "$peer" | grep '^RESULT' || true)
  gap_wall[$c]=$(sed -n 's/.*"wall_seconds":\([0-9.]*\).*/\1/p' <<<"$line")
  gap_cpu[$c]=$(sed -n 's/.*"cpu_seconds":\([0-9.]*\).*/\1/p' <<<"$line")
  echo "GAP $c ($method): wall ${gap_wall[$c]:-?} s, cpu ${gap_cpu[$c]:-?} s" >&2
done

bench=$("$here/cayley" bench "${cases[@]}" --repeat 5 --warmup 1)
echo "$bench" >&2
echo
echo "| case | states | GAP wall s | GAP CPU s | CayleyJ median s | GAP wall / CayleyJ |"
echo "|---|---:|---:|---:|---:|---:|"
while read -r c states diam median rest; do
  [ "$c" = case ] && continue
  gw="${gap_wall[$c]:-}"
  ratio=$(awk -v g="$gw" -v m="$median" 'BEGIN { if (g == "" || m == 0) print "-"; else printf "%.0fx", g / m }')
  printf "| %s | %s | %.1f | %.1f | %.3f | %s |\n" "$c" "$states" "${gw:-0}" "${gap_cpu[$c]:-0}" "$median" "$ratio"
done <<<"$bench"
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
