#!/usr/bin/env bash
# What setting up one block of perm.LehmerBlocks costs (the per-block tables of the generators that move prefix and
# suffix positions together), in ns per block: every block of S_n visited in order, as a dense layer's sweep does.
#   src/bench/block-setup.sh [N]      (default 14: lrx's L and R are such generators, X moves the prefix only)
# A dense layer of lrx n=14 sets up all 17,297,280 blocks, split over the threads.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n=${1:-14}
"$here/cayley" --version >/dev/null
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
cat > "$src/BlockSetup.java" <<'JAVA'
import org.cayleyj.perm.LehmerBlocks;
import org.cayleyj.perm.RankNeighbours;

public class BlockSetup {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int[] l = new int[n], r = new int[n], x = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = (i + 1) % n;
            r[i] = (i + n - 1) % n;
            x[i] = i;
        }
        x[0] = 1;
        x[1] = 0;
        LehmerBlocks blocks = new LehmerBlocks(n, new int[][] {l, r, x});
        long size = 1;
        for (int i = 2; i <= n; i++) {
            size *= i;
        }
        long count = Math.min(size / blocks.blockSize(), 20_000_000L);
        for (int round = 1; round <= 5; round++) {
            RankNeighbours.Cursor cursor = blocks.cursor();
            long t0 = System.nanoTime();
            long sum = 0;
            for (long b = 0; b < count; b++) {
                sum += cursor.locate(b * blocks.blockSize() + 17);
            }
            double ns = (System.nanoTime() - t0) / (double) count;
            System.out.printf("lrx n=%d, round %d: %d blocks, %.1f ns per block set-up (check %d)%n", n, round, count,
                    ns, sum);
        }
    }
}
JAVA
java -cp "$here/target/cayleyj.jar" "$src/BlockSetup.java" "$n"
