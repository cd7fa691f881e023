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
}
