package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Frames of the growth progress bar. */
class ProgressLineTest {
    @Test
    void halfWayAgainstTheOrbitSizeShowsPercentBarAndEta() {
        String line = new ProgressLine(3_674_160, true).render(1_837_080, "layer 11", Duration.ofSeconds(4), 200);
        assertEquals("growth  50% [===============               ] 1,837,080/3,674,160 states, layer 11, "
                + "ETA 0:00:04 | 0:00:04 | 459.3k states/s", line);
    }

    @Test
    void aNaiveBoundIsNamedAndGivesNoEta() {
        String line = new ProgressLine(362_880, false).render(90_720, "layer 3", Duration.ofSeconds(1), 200);
        assertTrue(line.startsWith("growth  25% ["), line);
        assertTrue(line.contains(" 90,720/362,880 states (naive bound), layer 3 |"), line);
        assertFalse(line.contains("ETA"), line);
    }

    @Test
    void oneStateIsSingularWithoutABound() {
        String line = new ProgressLine(-1, false).render(1, "layer 0", Duration.ZERO, 80);
        assertEquals("growth 1 state (orbit size unknown), layer 0 | 0:00:00", line);
        assertEquals("layer 0: 1 state", ProgressLine.layer(0, 1));
        assertEquals("layer 4: 107,037 states", ProgressLine.layer(4, 107_037));
    }

    @Test
    void framesFitTheTerminalAndTheBarKeepsItsWidth() {
        ProgressLine p = new ProgressLine(3_674_160, true);
        String early = p.render(44_971, "layer 7", Duration.ofSeconds(1), 79);
        String late = p.render(3_583_604, "layer 8", Duration.ofSeconds(7), 79);
        assertTrue(early.length() <= 79 && late.length() <= 79, early + "\n" + late);
        assertEquals(early.indexOf(']'), late.indexOf(']'));
        assertTrue(p.render(3_674_160, "layer 14", Duration.ofSeconds(7), 79).startsWith("growth 100% [====="));
    }
}
