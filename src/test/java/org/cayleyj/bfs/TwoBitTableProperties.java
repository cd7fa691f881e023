package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TwoBitTableProperties {

    /** cellsEqual against a cell-by-cell reading of the word, for every label. */
    @Property
    void cellsEqualMarksExactlyTheCellsOfTheLabel(@ForAll long word, @ForAll @IntRange(min = 0, max = 3) int label) {
        long expected = 0;
        for (int cell = 0; cell < 32; cell++) {
            if (((word >>> (2 * cell)) & 3) == label) {
                expected |= 1L << (2 * cell);
            }
        }
        assertEquals(expected, TwoBitTable.cellsEqual(word, label));
    }

    /**
     * close(from, to, label) against a cell-by-cell rewrite: exactly the cells of that label inside the range become 3,
     * every other cell keeps its value (in a table of a few words, and across the words of a range's ends).
     */
    @Property(tries = 200)
    void closeTurnsExactlyTheCellsOfTheLabelInRangeToThree(@ForAll long seed,
                                                           @ForAll @IntRange(min = 1, max = 3) int label,
                                                           @ForAll @IntRange(min = 1, max = 300) int cells) {
        TwoBitTable table = new TwoBitTable(cells);
        Random random = new Random(seed);
        long words = table.words();
        long[] before = new long[(int) words];
        for (int w = 0; w < words; w++) {
            before[w] = table.word(w) | random.nextLong();
            table.setWord(w, before[w]);
        }
        long from = random.nextInt((int) words + 1);
        long to = from + random.nextInt((int) (words - from) + 1);
        table.close(from, to, label);
        for (int w = 0; w < words; w++) {
            for (int cell = 0; cell < 32; cell++) {
                long old = (before[w] >>> (2 * cell)) & 3;
                long expected = w >= from && w < to && old == label ? 3 : old;
                assertEquals(expected, (table.word(w) >>> (2 * cell)) & 3, "word " + w + " cell " + cell);
            }
        }
    }

    /** close across chunk boundaries: chunks of 4 words, ranges that start, end and pass anywhere. */
    @Property(tries = 300)
    void closeCrossesChunks(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int label,
                            @ForAll @IntRange(min = 1, max = 40) int words) {
        Random random = new Random(seed);
        long[][] chunks = new long[(words + 3) / 4][];
        long[] before = new long[words];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = new long[Math.min(4, words - 4 * c)];
            for (int i = 0; i < chunks[c].length; i++) {
                chunks[c][i] = random.nextLong();
                before[4 * c + i] = chunks[c][i];
            }
        }
        long from = random.nextInt(words + 1);
        long to = from + random.nextInt((int) (words - from) + 1);
        TwoBitTable.close(chunks, 2, from, to, label);
        for (int w = 0; w < words; w++) {
            long expected = before[w];
            if (w >= from && w < to) {
                expected |= TwoBitTable.cellsEqual(before[w], label) * 3;
            }
            assertEquals(expected, chunks[w / 4][w % 4], "word " + w + " of [" + from + ", " + to + ")");
        }
    }
}
