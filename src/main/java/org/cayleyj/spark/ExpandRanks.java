package org.cayleyj.spark;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.perm.Ranking;
import scala.Tuple2;

/**
 * The map side of a rank-range layer: for every frontier cell of a partition's chunk, unrank, apply the generators and
 * rank the neighbours; emit them as sorted, duplicate-free batches keyed by the partition that owns them. Batches are
 * produced lazily, one buffer ({@value #BUFFER} ranks) at a time, so a task holds a bounded amount of memory whatever
 * the frontier's size.
 */
final class ExpandRanks implements PairFlatMapFunction<Iterator<RankChunk>, Integer, long[]> {
    private static final long serialVersionUID = 1L;
    static final int BUFFER = 1 << 20;

    private final RankableSpace space;
    private final RankLayout layout;
    private final int layer;
    private final LongAccumulator sent;

    ExpandRanks(RankableSpace space, RankLayout layout, int layer, LongAccumulator sent) {
        this.space = space;
        this.sent = sent;
        this.layout = layout;
        this.layer = layer;
    }

    @Override
    public Iterator<Tuple2<Integer, long[]>> call(Iterator<RankChunk> chunks) {
        if (!chunks.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        RankChunk chunk = chunks.next();
        if (chunk.layer != layer) {
            throw new IllegalStateException("partition " + chunk.part + " holds layer " + chunk.layer + ", expected "
                    + layer + " (its cached table was lost or recomputed); resume the run from its work directory");
        }
        return new Batches(chunk);
    }

    private final class Batches implements Iterator<Tuple2<Integer, long[]>> {
        private final RankChunk chunk;
        private final Ranking ranking = space.ranking();
        private final int gens = space.generatorCount();
        private final long[] buf = new long[Math.max(BUFFER, gens * 32)];
        private final ArrayDeque<Tuple2<Integer, long[]>> ready = new ArrayDeque<>();
        private final int label = RankChunk.label(layer);
        private int word;

        Batches(RankChunk chunk) {
            this.chunk = chunk;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && word < chunk.words.length) {
                fill();
            }
            return !ready.isEmpty();
        }

        @Override
        public Tuple2<Integer, long[]> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        /** Expands frontier words until the buffer is nearly full, then splits it by owner. */
        private void fill() {
            final long[] ws = chunk.words;
            final long[] b = buf;
            final int room = b.length - 32 * gens;
            final long base = chunk.lo;
            int n = 0;
            while (word < ws.length && n <= room) {
                long m = RankChunk.cellsWith(ws[word], label);
                while (m != 0) {
                    final long rank = base + ((long) word << 5) + (Long.numberOfTrailingZeros(m) >>> 1);
                    m &= m - 1;
                    final long state = ranking.unrank(rank);
                    for (int g = 0; g < gens; g++) {
                        b[n++] = ranking.rank(space.apply(g, state));
                    }
                }
                word++;
            }
            if (n == 0) {
                return;
            }
            Arrays.sort(b, 0, n);
            int w = 1;
            for (int i = 1; i < n; i++) {
                if (b[i] != b[w - 1]) {
                    b[w++] = b[i];
                }
            }
            int start = 0;
            while (start < w) {
                final int owner = layout.owner(b[start]);
                final long end = layout.lo(owner) + layout.width();
                int stop = start + 1;
                while (stop < w && b[stop] < end) {
                    stop++;
                }
                ready.add(new Tuple2<>(owner, Arrays.copyOfRange(b, start, stop)));
                sent.add(stop - start);
                start = stop;
            }
        }
    }
}
