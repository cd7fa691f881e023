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
    void anEdgeCostLearnedInCacheIsRaisedForATableThatLeavesIt() {
        long s11 = 39_916_800L;
        long s12 = 479_001_600L;
        assertEquals(Sweep.UNCACHED_TABLE_FACTOR, Sweep.tableCostFactor(s11, s12));
        assertEquals(Sweep.UNCACHED_TABLE_FACTOR, Sweep.tableCostFactor(0, s12)); // the default cost
        assertEquals(1.0, Sweep.tableCostFactor(s12, 12L * s12)); // learned out of cache already
        assertEquals(1.0, Sweep.tableCostFactor(3_628_800L, s11)); // both in cache (10 MiB)
    }

    @Test
    void planCoversFamiliesParametersAndCosetCentrals() {
        List<SweepSeries> plan = SweepPlan.plan(CATALOG);
        assertTrue(plan.size() > 150, "series: " + plan.size());
        long lrx = plan.stream().filter(s -> s.family().equals("lrx")).count();
        assertEquals(4 * 7, lrx); // k = 1..4, seven central rules
        assertEquals("0101010", SweepSeries.Central.ALTERNATING.text(7));
        assertFalse(plan.stream().anyMatch(s -> s.family().equals("rubik_cube")));
        // heisenberg: in the modulo for n = 3, 4 and in n for modulo 2, 3, 4; identity central only
        assertEquals(5, plan.stream().filter(s -> s.family().equals("heisenberg")).count());
        assertEquals("00000111", new SweepSeries.Central(3).text(8));
        assertEquals("00001111", SweepSeries.Central.HALF.text(8));
    }

    @Test
    void sweepFitsKnownFormulasWritesEverythingAndReusesItsCache(@TempDir Path tmp) throws Exception {
        List<SweepSeries> plan = only("coxeter", "all_transpositions");
        Sweep.Options options = new Sweep.Options(50_000, 50_000, 100_000_000, 0, 0, 12);
        GrowthCache cache = GrowthCache.open(tmp.resolve("growth"));
        Sweep.Result first = Sweep.run(CATALOG, plan, cache, options, line -> { });
        cache.save();
        SweepWriter.write(tmp, first, "cayley sweep (test)");
        assertTrue(first.computed() > 20);

        Sweep.SeriesResult coxeter = first.series().stream()
                .filter(s -> s.series().family().equals("coxeter") && s.series().central().isIdentity())
                .findFirst().orElseThrow();
        assertEquals("(n² - n)/2", coxeter.fits().get(Sweep.Invariant.DIAMETER).formula().formula());
        // S_9 has 362880 ranks, past the 50000 rank cap: the reach table says so
        assertEquals("x=9: 362880 ranks > rank cap 50000", coxeter.stop());
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
        // nontrivial rows, with the exact coefficients, unchecked without published values, and the next prediction
        assertTrue(conj.contains("coxeter,,identity,n,diameter,nontrivial,1,2,2,2,8,"), conj);
        assertTrue(conj.contains(",(n² - n)/2,0 -1/2 1/2,unchecked,,,hit,9,36\n"), conj);
        String trivial = Files.readString(tmp.resolve("trivial.csv"));
        assertTrue(trivial.contains("coxeter,,identity,n,layer_1,definition,1,1,"), trivial);
        assertFalse(conj.contains(",layer_1,"), "layer 1 rows are trivial");
        String md = Files.readString(tmp.resolve("CONJECTURES.md"));
        assertTrue(md.contains("### all_transpositions"), md);
        assertTrue(md.indexOf("## Nontrivial conjectures by family") < md.indexOf("## Sequences without a fit"));
        assertTrue(md.contains("![diameter of coxeter](plots/coxeter.png)"), md);
        assertTrue(md.contains("| diameter | "), md);
        assertTrue(md.contains("| coxeter |  | n = 8 | n! | x=9: 362880 ranks > rank cap 50000 |"), md);
        assertTrue(Files.readString(tmp.resolve("sequences.csv"))
                .startsWith("family,params,central,variable,invariant,n,value"));
        assertTrue(Files.size(tmp.resolve("plots/coxeter.png")) > 1000);
        // b-files: "n value" lines after comments
        List<String> bfile = Files.readAllLines(tmp.resolve("bfiles/coxeter_identity_diameter.txt"));
        assertTrue(bfile.get(0).startsWith("# diameter of coxeter"));
        assertTrue(bfile.contains("4 6") && bfile.contains("8 28"), bfile.toString());
        assertTrue(Files.exists(tmp.resolve("bfiles/coxeter_coset-2_total_states.txt")));
        // the reference library's layout: Cayley graphs keyed by n, cosets by the central string
        assertTrue(Files.readString(tmp.resolve("reference-layout/coxeter_cayley_growth.csv"))
                .startsWith("2,\"[1, 1]\"\n3,\"[1, 2, 2, 1]\"\n"));
        assertTrue(Files.readString(tmp.resolve("reference-layout/coxeter_coset_growth.csv"))
                .contains("\n0011,\"[1, 1, 2, 1, 1]\"\n"));
        assertTrue(Files.readString(tmp.resolve("growth/coxeter.csv")).contains("4,\"[1, 3, 5, 6, 5, 3, 1]\""));

        // a second sweep computes nothing new and finds the same formulas
        GrowthCache again = GrowthCache.open(tmp.resolve("growth"));
        assertEquals(cache.size(), again.size());
        Sweep.Result second = Sweep.run(CATALOG, plan, again, options, line -> { });
        assertEquals(0, second.computed());
        assertEquals(first.fitted(), second.fitted());
        // from the cache only (a 1 ns budget) with a larger rank cap: n = 9 would be next but the budget is spent
        Sweep.Result cacheOnly = Sweep.run(CATALOG, plan, again, new Sweep.Options(50_000, 1_000_000, 100_000_000, 1,
                0, 12), line -> { });
        assertEquals(0, cacheOnly.computed());
        assertTrue(cacheOnly.series().stream().filter(s -> s.series().family().equals("coxeter")
                && s.series().central().isIdentity()).findFirst().orElseThrow().stop()
                .matches("x=9: past the time budget \\(predicted \\d+ s\\)"));
    }

    @Test
    void timeBudgetStopsStartingRuns(@TempDir Path tmp) {
        Sweep.Result r = Sweep.run(CATALOG, only("lrx"), GrowthCache.open(tmp.resolve("c1")),
                new Sweep.Options(10_000_000, 1_000_000_000, 1_000_000_000, 1, 0, 40), line -> { });
        assertTrue(r.computed() <= 1, "computed " + r.computed());
    }

    @Test
    void aRunPredictedPastTheRunCapEndsItsSeriesAndTheCapStopsARunningOne(@TempDir Path tmp) {
        // 1 ns: every run is predicted past the cap, so nothing is computed
        List<String> log = new ArrayList<>();
        Sweep.Result none = Sweep.run(CATALOG, only("coxeter"), GrowthCache.open(tmp.resolve("c2")),
                new Sweep.Options(10_000_000, 1_000_000_000, 1_000_000_000, 0, 1, 40), log::add);
        assertEquals(0, none.computed());
        assertTrue(log.stream().anyMatch(l -> l.contains("predicted") && l.contains("run cap")), log.toString());
        // a 2 s cap: coxeter grows until a run would take longer, far below the state cap
        Sweep.Result capped = Sweep.run(CATALOG, only("coxeter").subList(0, 1),
                GrowthCache.open(tmp.resolve("c3")),
                new Sweep.Options(10_000_000_000L, 10_000_000_000L, Long.MAX_VALUE, 0, 2_000_000_000L, 40), log::add);
        int reached = capped.series().get(0).growth().lastKey();
        assertTrue(reached >= 8 && reached <= 13, "reached n=" + reached + ": " + log);
        String stop = capped.series().get(0).stop();
        assertTrue(stop.matches("x=" + (reached + 1) + ": (predicted \\d+ s > run cap|.* after \\d+ s)"), stop);
    }

    @Test
    void theCayleyGraphsGetTheDearerTiersBeforeTheCosets(@TempDir Path tmp) {
        List<String> log = new ArrayList<>();
        Sweep.run(CATALOG, only("coxeter"), GrowthCache.open(tmp.resolve("c5")),
                new Sweep.Options(10_000_000, 1_000_000_000, 1_000_000_000, 0, 3_000_000_000L, 12), log::add);
        int lastCayley = -1;
        int firstCoset = -1;
        for (int i = 0; i < log.size(); i++) {
            lastCayley = log.get(i).startsWith("tier 3 (Cayley graphs) x=") ? i : lastCayley;
            firstCoset = firstCoset < 0 && log.get(i).startsWith("tier 2 (cosets) x=") ? i : firstCoset;
        }
        assertTrue(log.stream().anyMatch(l -> l.startsWith("tier 1 x=12 done")), log.toString());
        assertTrue(lastCayley >= 0 && firstCoset > lastCayley, log.toString());
    }

    @Test
    void aSeriesTheCatalogStopsBuildingSaysWhy(@TempDir Path tmp) {
        // all_cycles at n = 10 would have 1112073 generators, over the catalog's limit: a cache holding n <= 9 ends
        // the coset series there, and the reach table's reason is the catalog's
        SweepSeries allCycles = only("all_cycles").stream().filter(s -> s.central().ones() == 3).findFirst()
                .orElseThrow();
        GrowthCache cache = GrowthCache.open(tmp.resolve("c6"));
        for (int x = 2; x <= 9; x++) {
            SweepSeries.Built built = allCycles.build(CATALOG, x);
            if (built.graph() != null) {
                cache.put("all_cycles", GrowthCache.key(allCycles, x, built.graph().centralText()), new long[] {1, x});
            }
        }
        Sweep.Result r = Sweep.run(CATALOG, List.of(allCycles), cache, new Sweep.Options(10_000_000, 1_000_000_000,
                1_000_000_000, 1, 0, 10), l -> { });
        assertEquals(9, r.series().get(0).growth().lastKey());
        String stop = r.series().get(0).stop();
        assertTrue(stop.startsWith("x=10: not built: ") && stop.contains("1112073 generators"), stop);
    }

    /**
     * Cayley graphs generated by whole conjugacy classes are grown on the classes to n = 20 (derangements of 20 points
     * are 8.9·10^17 generators), agree with the published growths, and a cached growth that disagrees is an error.
     */
    @Test
    void classClosedFamiliesAreGrownOnTheirClassesToS20(@TempDir Path tmp) {
        List<SweepSeries> plan = only("derangements", "all_transpositions").stream()
                .filter(s -> s.central().isIdentity()).toList();
        GrowthCache cache = GrowthCache.open(tmp.resolve("c7"));
        Sweep.Result r = Sweep.run(CATALOG, plan, cache, new Sweep.Options(1000, 1000, 1000, 0, 0, 22), l -> { });
        Sweep.SeriesResult derangements = r.series().stream().filter(s -> s.series().family().equals("derangements"))
                .findFirst().orElseThrow();
        assertEquals(20, derangements.growth().lastKey());
        assertEquals("x=21: growth on classes stops at n=20 (layer sizes past 2^63)", derangements.stop());
        assertArrayEquals(new long[] {1, 1854, 3185}, derangements.growth().get(7)); // published
        assertEquals(Formulas.factorial(20), java.util.Arrays.stream(derangements.growth().get(20)).sum());
        Sweep.SeriesResult transpositions = r.series().stream()
                .filter(s -> s.series().family().equals("all_transpositions")).findFirst().orElseThrow();
        assertArrayEquals(Formulas.stirlingGrowth(20), transpositions.growth().get(20));
        assertEquals("n - 1", transpositions.fits().get(Sweep.Invariant.DIAMETER).formula().formula());
        // a second sweep takes them from the cache; a wrong cached growth is refused
        assertEquals(0, Sweep.run(CATALOG, plan, cache, new Sweep.Options(1000, 1000, 1000, 0, 0, 22), l -> { })
                .computed());
        cache.put("derangements", GrowthCache.key(plan.get(0).family().equals("derangements") ? plan.get(0)
                : plan.get(1), 6, "identity"), new long[] {1, 265, 453});
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Sweep.run(CATALOG, plan, cache, new Sweep.Options(1000, 1000, 1000, 0, 0, 22), l -> { }));
        assertTrue(e.getMessage().contains("x=6: the growth on classes [1, 265, 454] differs"), e.getMessage());
    }

    @Test
    void planHasRelativeParametersAndMatrixSeries(@TempDir Path tmp) {
        List<SweepSeries> plan = SweepPlan.plan(CATALOG);
        SweepSeries nMinus1 = plan.stream().filter(s -> s.family().equals("wrapped_k_cycles")
                && s.params().get("k").equals("n-1") && s.central().isIdentity()).findFirst().orElseThrow();
        assertEquals("k=n-1", nMinus1.paramsText());
        assertEquals("7,6", GrowthCache.key(nMinus1, 7, "identity"));
        SweepSeries half = plan.stream().filter(s -> s.family().equals("consecutive_k_cycles")
                && s.params().get("k").equals("n/2")).findFirst().orElseThrow();
        assertEquals("9,4", GrowthCache.key(half, 9, "identity"));
        SweepSeries modulo = plan.stream().filter(s -> s.family().equals("heisenberg") && s.size().equals("3"))
                .findFirst().orElseThrow();
        assertEquals("modulo", modulo.variable());
        assertEquals("n=3 modulo=n", modulo.paramsText());
        assertEquals("3,5", GrowthCache.key(modulo, 5, "identity")); // the reference layout's "n,modulo"
        assertTrue(plan.stream().anyMatch(s -> s.family().equals("special_linear_root_weyl")
                && s.variable().equals("n") && s.params().get("modulo").equals("3")));
        // SL(2, Z/m) has m^3 prod(1 - 1/p^2) elements: 6, 24, 48 for m = 2, 3, 4
        SweepSeries sl2 = plan.stream().filter(s -> s.family().equals("special_linear_fundamental_roots")
                && s.size().equals("2")).findFirst().orElseThrow();
        Sweep.Result r = Sweep.run(CATALOG, List.of(sl2), GrowthCache.open(tmp.resolve("c4")),
                Sweep.Options.states(1000, 4), l -> { });
        long[] totals = r.series().get(0).growth().values().stream()
                .mapToLong(g -> java.util.Arrays.stream(g).sum()).toArray();
        assertArrayEquals(new long[] {6, 24, 48}, totals);
    }
}
