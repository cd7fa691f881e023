package org.cayleyj.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction2;

/**
 * The reduce side of a rank-range layer: a partition's cached chunk meets the neighbour ranks shuffled to it and is
 * updated in place: unseen ranks get the next frontier label, then the chunk counts the new frontier and closes the
 * old one ({@link RankChunk#advance}). Yields the count. A chunk already advanced past this layer (a retried task)
 * only reports its count again.
 */
final class MarkRanks implements FlatMapFunction2<Iterator<RankChunk>, Iterator<long[]>, Long> {
    private static final long serialVersionUID = 1L;

    private final int layer;
    private final int sample;

    MarkRanks(int layer, int sample) {
        this.layer = layer;
        this.sample = sample;
    }

    @Override
    public Iterator<Long> call(Iterator<RankChunk> chunks, Iterator<long[]> batches) {
        RankChunk chunk = chunks.next();
        if (chunk.layer == layer + 1) {
            return List.of(chunk.frontier).iterator();
        }
        if (chunk.layer != layer) {
            throw new IllegalStateException("partition " + chunk.part + " holds layer " + chunk.layer + ", expected "
                    + layer + "; resume the run from its work directory");
        }
        final int next = 3 - RankChunk.label(layer);
        while (batches.hasNext()) {
            final long[] ranks = batches.next();
            for (int i = 0; i < ranks.length; i++) {
                chunk.markIfUnseen(ranks[i], next);
            }
        }
        chunk.advance(sample);
        return List.of(chunk.frontier).iterator();
    }
}
