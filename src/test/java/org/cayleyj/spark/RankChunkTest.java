package org.cayleyj.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.util.LongAccumulator;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.RankableSpace;
import org.junit.jupiter.api.Test;

/** The rank layout's table operations, without Spark: labels, marking, advancing, the layer guard, the layout. */
class RankChunkTest {

    @Test
    void cellsWithFindsExactlyTheCellsOfALabel() {
        Random rnd = new Random(7);
        for (int t = 0; t < 1000; t++) {
            long w = rnd.nextLong();
            for (int label = 1; label <= 3; label++) {
                long expected = 0;
                for (int c = 0; c < 32; c++) {
                    if (((w >>> (2 * c)) & 3) == label) {
                        expected |= 1L << (2 * c);
                    }
                }
                assertEquals(expected, RankChunk.cellsWith(w, label));
            }
        }
    }

    @Test
    void markingIsIdempotentAndAdvanceClosesTheOldFrontier() {
        RankChunk c = new RankChunk(0, 1000, 100);
        c.markIfUnseen(1000, RankChunk.label(0));
        c.markIfUnseen(1099, RankChunk.label(0));
        MarkRanks mark = new MarkRanks(0, 3);
        List<long[]> batches = List.of(new long[] {1000, 1001, 1002}, new long[] {1002, 1050, 1099});
        long first = mark.call(List.of(c).iterator(), batches.iterator()).next();
        assertEquals(3, first, "1001, 1002 and 1050 are new; 1000 and 1099 were the frontier");
        assertEquals(1, c.layer);
        assertEquals(1001, c.sample[0]);
        long again = mark.call(List.of(c).iterator(), batches.iterator()).next();
        assertEquals(first, again, "a retried task reports the same count and changes nothing");
        assertEquals(1, c.layer);
        int closed = 0;
        int frontier = 0;
        for (long w : c.words) {
            closed += Long.bitCount(RankChunk.cellsWith(w, RankChunk.CLOSED));
            frontier += Long.bitCount(RankChunk.cellsWith(w, RankChunk.label(1)));
        }
        assertEquals(2, closed);
        assertEquals(3, frontier);
    }

    @Test
    void aChunkOfAnotherLayerIsRefused() {
        RankableSpace space = (RankableSpace) GraphRequest.family("lrx", 5, Map.of()).resolve(Catalog.standard())
                .stateSpace();
        RankLayout layout = RankLayout.of(120, 2);
        RankChunk stale = new RankChunk(0, 0, layout.cells(0));
        stale.layer = 3;
        ExpandRanks expand = new ExpandRanks(space, layout, 4, new LongAccumulator());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> expand.call(List.of(stale).iterator()));
        assertTrue(e.getMessage().contains("resume the run"), e.getMessage());
        MarkRanks mark = new MarkRanks(5, 1);
        Iterator<long[]> none = List.<long[]>of().iterator();
        assertThrows(IllegalStateException.class, () -> mark.call(List.of(stale).iterator(), none));
    }

    @Test
    void layoutCoversEveryRankOnceInWholeWords() {
        for (long size : new long[] {1, 31, 32, 33, 120, 362_880, 1L << 33}) {
            for (int wanted : new int[] {1, 2, 3, 7, 64}) {
                RankLayout l = RankLayout.of(size, wanted);
                assertEquals(0, l.width() % 32);
                long covered = 0;
                for (int p = 0; p < l.partitions(); p++) {
                    assertEquals(covered, l.lo(p));
                    assertTrue(l.cells(p) > 0);
                    assertEquals(p, l.owner(l.lo(p)));
                    assertEquals(p, l.owner(l.lo(p) + l.cells(p) - 1));
                    covered += l.cells(p);
                }
                assertEquals(size, covered, size + " ranks in " + wanted + " parts");
                assertTrue(l.width() <= RankLayout.MAX_WIDTH);
            }
        }
    }
}
