package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
