#!/usr/bin/env bash
# What setting up one block of perm.LehmerBlocks costs (the per-block tables of the generators that move prefix and
# suffix positions together), in ns per block: every block of S_n visited in order, as a dense layer's sweep does.
#   src/bench/block-setup.sh [FAMILY [N]]   (default lrx 14: its L and R are such generators, X moves the prefix only)
# The generators are the catalog's. A dense layer of lrx n=14 sets up all 17,297,280 blocks, split over the threads.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
family=${1:-lrx}
n=${2:-14}
"$here/cayley" --version >/dev/null
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
cat > "$src/BlockSetup.java" <<'JAVA'
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.perm.LehmerBlocks;
import org.cayleyj.perm.RankNeighbours;

public class BlockSetup {
    public static void main(String[] args) {
        String family = args[0];
        int n = Integer.parseInt(args[1]);
        RankableSpace space = (RankableSpace) GraphRequest.family(family, n, Map.of()).resolve(Catalog.standard())
                .stateSpace();
        int[][] generators = new int[space.generatorCount()][];
        for (int g = 0; g < generators.length; g++) {
            generators[g] = space.positionPermutation(g);
        }
        LehmerBlocks blocks = new LehmerBlocks(n, generators);
        long count = Math.min(space.ranking().size() / blocks.blockSize(), 20_000_000L);
        for (int round = 1; round <= 5; round++) {
            RankNeighbours.Cursor cursor = blocks.cursor();
            long t0 = System.nanoTime();
            long sum = 0;
            for (long b = 0; b < count; b++) {
                sum += cursor.locate(b * blocks.blockSize() + 17);
            }
            double ns = (System.nanoTime() - t0) / (double) count;
            System.out.printf("%s n=%d, round %d: %d blocks, %.1f ns per block set-up (check %d)%n", family, n, round,
                    count, ns, sum);
        }
    }
}
JAVA
java -cp "$here/target/cayleyj.jar" "$src/BlockSetup.java" "$family" "$n"
