package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cayley plot}: several growth results on one figure. */
class PlotCommandTest {
    @Test
    void lrxSixToTenOnOneSetOfAxes(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("lrx.png");
        Cli.Run r = Cli.cayley("plot", "lrx:6..10", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote " + png + ": 5 growth curves (lrx n=6, lrx n=7, lrx n=8, lrx n=9, "
                + "lrx n=10)"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        assertTrue(Files.size(png) < 150_000, Files.size(png) + " bytes");

        Path svg = tmp.resolve("lrx.svg");
        r = Cli.cayley("plot", "lrx:6..10", "--log", "--out", svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": 5 growth curves"), r.out());
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(Files.size(svg) < 150_000, Files.size(svg) + " bytes");
    }

    @Test
    void jsonResultsAndFamiliesMix(@TempDir Path tmp) {
        Path json = tmp.resolve("coset.json");
        Cli.Run g = Cli.cayley("growth", "lrx", "-n", "8", "--central", "00001111", "--format", "json", "-q", "--out",
                json.toString());
        assertEquals(0, g.exit(), g.err());
        Cli.Run r = Cli.cayley("plot", json.toString(), "coxeter:8", "--out", tmp.resolve("m.png").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": 2 growth curves (lrx n=8 k=1 central [0,0,0,0,1,1,1,1], coxeter n=8)"),
                r.out());
    }

    @Test
    void badSourcesAreOneLineErrors(@TempDir Path tmp) {
        String out = tmp.resolve("x.png").toString();
        for (String[] args : new String[][] {{"plot", "lrx", "--out", out}, {"plot", "lrx:9..6", "--out", out},
                {"plot", "nosuch:5", "--out", out}, {"plot", tmp.resolve("missing.json").toString(), "--out", out},
                {"plot", "lrx:5", "--out", tmp.resolve("x.gif").toString()}}) {
            Cli.Run r = Cli.cayley(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertTrue(!Files.exists(tmp.resolve("x.png")));
    }
}
