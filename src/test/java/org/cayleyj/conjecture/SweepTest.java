package org.cayleyj.conjecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.testing.Formulas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static List<SweepSeries> only(String... families) {
        List<SweepSeries> out = new ArrayList<>();
        for (SweepSeries s : SweepPlan.plan(CATALOG)) {
            if (List.of(families).contains(s.family())) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void planCoversFamiliesParametersAndCosetCentrals() {
        List<SweepSeries> plan = SweepPlan.plan(CATALOG);
        assertTrue(plan.size() > 150, "series: " + plan.size());
        long lrx = plan.stream().filter(s -> s.family().equals("lrx")).count();
        assertEquals(4 * 5, lrx); // k = 1..4, five central rules
        assertFalse(plan.stream().anyMatch(s -> s.family().equals("heisenberg") || s.family().equals("rubik_cube")));
        assertEquals("00000111", new SweepSeries.Central(3).text(8));
        assertEquals("00001111", SweepSeries.Central.HALF.text(8));
    }

    @Test
    void sweepFitsKnownFormulasWritesEverythingAndReusesItsCache(@TempDir Path tmp) throws Exception {
        List<SweepSeries> plan = only("coxeter", "all_transpositions");
        Sweep.Options options = new Sweep.Options(50_000, 100_000_000, 0, 12);
        GrowthCache cache = GrowthCache.open(tmp.resolve("growth"));
        Sweep.Result first = Sweep.run(CATALOG, plan, cache, options, line -> { });
        cache.save();
        SweepWriter.write(tmp, first, "cayley sweep (test)");
        assertTrue(first.computed() > 20);

        Sweep.SeriesResult coxeter = first.series().stream()
                .filter(s -> s.series().family().equals("coxeter") && s.series().central().isIdentity())
                .findFirst().orElseThrow();
        assertEquals("(n² - n)/2", coxeter.fits().get(Sweep.Invariant.DIAMETER).formula().formula());
        assertEquals("n - 1", coxeter.fits().get(Sweep.Invariant.LAYER_1).formula().formula());
        // Mahonian numbers: the sweep's growths are exact
        for (var e : coxeter.growth().entrySet()) {
            assertArrayEquals(Formulas.mahonian(e.getKey()), e.getValue());
        }
        // total states is n! for a Cayley graph of S_n, so it is not fitted; for cosets it is C(n, k)
        assertFalse(coxeter.sequences().containsKey(Sweep.Invariant.TOTAL));
        Sweep.SeriesResult twoOnes = first.series().stream()
                .filter(s -> s.series().family().equals("coxeter") && s.series().central().ones() == 2)
                .findFirst().orElseThrow();
        assertEquals("(n² - n)/2", twoOnes.fits().get(Sweep.Invariant.TOTAL).formula().formula());

        String conj = Files.readString(tmp.resolve("conjectures.csv"));
        assertTrue(conj.contains("coxeter,,identity,diameter,1,2,2,2,"), conj);
        assertTrue(Files.readString(tmp.resolve("CONJECTURES.md")).contains("## all_transpositions"));
        assertTrue(Files.readString(tmp.resolve("sequences.csv")).startsWith("family,params,central,invariant,n,value"));
        assertTrue(Files.size(tmp.resolve("plots/coxeter-diameter.png")) > 1000);
        assertTrue(Files.readString(tmp.resolve("growth/coxeter.csv")).contains("4,\"[1, 3, 5, 6, 5, 3, 1]\""));

        // a second sweep computes nothing new and finds the same formulas
        GrowthCache again = GrowthCache.open(tmp.resolve("growth"));
        assertEquals(cache.size(), again.size());
        Sweep.Result second = Sweep.run(CATALOG, plan, again, options, line -> { });
        assertEquals(0, second.computed());
        assertEquals(first.fitted(), second.fitted());
    }

    @Test
    void timeBudgetStopsStartingRuns() {
        Sweep.Result r = Sweep.run(CATALOG, only("lrx"), GrowthCache.open(Path.of("/nonexistent-cache")),
                new Sweep.Options(10_000_000, 1_000_000_000, 1, 40), line -> { });
        assertTrue(r.computed() <= 1, "computed " + r.computed());
    }
}
