package org.cayleyj.conjecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cayleyj.InvalidInputException;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceValuesTest {
    private static final ReferenceValues REF = ReferenceValues.load(
            ReferenceData.sharedDir().resolve("data/reference-growth.json"));

    private static SweepSeries series(String family, Map<String, String> params, int ones) {
        return new SweepSeries(family, new LinkedHashMap<>(params), new SweepSeries.Central(ones));
    }

    private static SortedMap<Long, BigInteger> seq(long from, long... values) {
        SortedMap<Long, BigInteger> out = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(from + i, BigInteger.valueOf(values[i]));
        }
        return out;
    }

    @Test
    void publishedValuesAreFoundPerSeriesInsideAndBeyondTheComputedRange() {
        assertTrue(REF.present());
        SortedMap<Long, List<BigInteger>> transposons = REF.published(series("transposons", Map.of(), 0),
                Sweep.Invariant.DIAMETER);
        assertEquals(List.of(BigInteger.valueOf(8)), transposons.get(13L));
        assertEquals(List.of(BigInteger.valueOf(9)), transposons.get(15L));
        assertEquals("A065603", REF.oeis(series("transposons", Map.of(), 0), Sweep.Invariant.DIAMETER));
        // burnt_pancake: n pancakes (state_size 2n is derived, not a sweep parameter)
        assertEquals(List.of(BigInteger.valueOf(15)), REF.published(series("burnt_pancake", Map.of(), 0),
                Sweep.Invariant.DIAMETER).get(8L));
        // full growths give every invariant: coxeter n=4 is the Mahonian row 1 3 5 6 5 3 1
        SweepSeries coxeter = series("coxeter", Map.of(), 0);
        assertEquals(List.of(BigInteger.valueOf(5)), REF.published(coxeter, Sweep.Invariant.LAYER_2).get(4L));
        assertEquals(List.of(BigInteger.valueOf(24)), REF.published(coxeter, Sweep.Invariant.TOTAL).get(4L));
        // cosets: lrx k=1 with central 0^(n-2)1^2 at n = 5 ("00011"), half ones at n = 20; not the identity rows
        SortedMap<Long, List<BigInteger>> coset = REF.published(series("lrx", Map.of("k", "1"), 2),
                Sweep.Invariant.TOTAL);
        assertEquals(List.of(BigInteger.valueOf(10)), coset.get(5L));
        assertEquals(List.of(BigInteger.valueOf(184756)), REF.published(series("lrx", Map.of("k", "1"), -1),
                Sweep.Invariant.TOTAL).get(20L));
        assertTrue(REF.published(series("lrx", Map.of("k", "2"), 2), Sweep.Invariant.TOTAL).isEmpty());
        // relative parameters: wrapped_k_cycles k = n - 1 at n = 5 is the published k = 4 row
        assertFalse(REF.published(series("wrapped_k_cycles", Map.of("k", "n-1"), 0), Sweep.Invariant.DIAMETER)
                .isEmpty());
        // matrix series in the modulo for n = 3: heisenberg modulo 10 has diameter 10
        SweepSeries heis = new SweepSeries("heisenberg", new LinkedHashMap<>(Map.of("modulo", "n")),
                SweepSeries.Central.IDENTITY, "3");
        assertEquals(List.of(BigInteger.valueOf(10)), REF.published(heis, Sweep.Invariant.DIAMETER).get(10L));
    }

    @Test
    void theSweepsOldTransposonsAndBurntPancakeFormulasAreRefuted() {
        // the computed diameters n = 2..10 and 2..7: the formulas of the previous sweep
        FitResult transposons = QuasiPolynomialFitter.fit(seq(2, 1, 2, 3, 3, 4, 4, 5, 5, 6));
        assertEquals("floor((n + 2)/2)", transposons.formula().formula());
        Conjecture.Check t = ConjectureChecks.check(transposons.formula(),
                REF.published(series("transposons", Map.of(), 0), Sweep.Invariant.DIAMETER));
        assertTrue(t.refuted());
        assertEquals("refuted at n=13 (published 8, formula 7)", t.text("n"));
        FitResult burnt = QuasiPolynomialFitter.fit(seq(2, 4, 6, 8, 10, 12, 14));
        assertEquals("2n", burnt.formula().formula());
        Conjecture.Check b = ConjectureChecks.check(burnt.formula(),
                REF.published(series("burnt_pancake", Map.of(), 0), Sweep.Invariant.DIAMETER));
        assertEquals("refuted at n=8 (published 15, formula 16)", b.text("n"));
        // coxeter's (n² - n)/2 agrees with every published diameter (n = 2..9)
        FitResult coxeter = QuasiPolynomialFitter.fit(seq(2, 1, 3, 6, 10, 15, 21));
        assertEquals("consistent (8 published values)", ConjectureChecks.check(coxeter.formula(),
                REF.published(series("coxeter", Map.of(), 0), Sweep.Invariant.DIAMETER)).text("n"));
    }

    @Test
    void aRefutedFitIsRefittedWithThePublishedValuesAndSaysSo() {
        // lx: computed n = 2..9 fits a formula; with the OEIS values to n = 15 the fit is confirmed on more points
        SweepSeries lx = series("lx", Map.of(), 0);
        SortedMap<Long, BigInteger> computed = seq(2, 1, 2, 6, 11, 18, 25, 35, 45);
        Map<Sweep.Invariant, SortedMap<Long, BigInteger>> seqs = new LinkedHashMap<>();
        SortedMap<Long, List<BigInteger>> published = REF.published(lx, Sweep.Invariant.DIAMETER);
        SortedMap<Long, BigInteger> more = ConjectureChecks.withPublished(computed, published);
        assertEquals(BigInteger.valueOf(141), more.get(15L));
        assertEquals(computed.get(5L), more.get(5L));
        // a published value contradicting a computed one inside the range: no widened fit
        SortedMap<Long, BigInteger> wrong = new TreeMap<>(computed);
        wrong.put(5L, BigInteger.valueOf(12));
        assertNull(ConjectureChecks.withPublished(wrong, published));
        assertTrue(seqs.isEmpty());
        // transposons through Sweep.analyse: the refuted computed fit is kept and shown
        SortedMap<Integer, long[]> growth = new TreeMap<>();
        for (int n = 2; n <= 10; n++) {
            long[] sizes = new long[(n + 2) / 2 + 1];
            sizes[0] = 1;
            sizes[sizes.length - 1] = 1;
            growth.put(n, sizes);
        }
        Sweep.SeriesResult r = Sweep.analyse(series("transposons", Map.of(), 0), growth, REF);
        Conjecture d = r.conjectures().stream().filter(c -> c.invariant() == Sweep.Invariant.DIAMETER)
                .findFirst().orElseThrow();
        assertTrue(d.check().refuted());
        assertEquals("", d.published());
        assertEquals(11, d.nextX());
        assertEquals("6", d.prediction().toString());
    }

    @Test
    void heldOutPredictionHitsMissesOrFindsNoFit() {
        assertEquals(Conjecture.HeldOut.HIT, ConjectureChecks.heldOut(seq(2, 1, 3, 6, 10, 15, 21, 28)));
        // the last value breaks the pattern the others fit
        assertEquals(Conjecture.HeldOut.MISS, ConjectureChecks.heldOut(seq(2, 1, 3, 6, 10, 15, 21, 29)));
        assertEquals(Conjecture.HeldOut.TOO_SHORT, ConjectureChecks.heldOut(seq(2, 1, 3, 6, 10)));
        assertEquals(Conjecture.HeldOut.NO_FIT, ConjectureChecks.heldOut(seq(2, 1, 7, 2, 90, 4)));
    }

    @Test
    void anAbsentFileLeavesRowsUncheckedAndABadOneIsOneLineError(@TempDir Path tmp) throws Exception {
        ReferenceValues none = ReferenceValues.load(tmp.resolve("missing.json"));
        assertFalse(none.present());
        assertTrue(none.published(series("coxeter", Map.of(), 0), Sweep.Invariant.DIAMETER).isEmpty());
        FitResult f = QuasiPolynomialFitter.fit(seq(2, 1, 3, 6, 10, 15, 21));
        assertEquals("unchecked", ConjectureChecks.check(f.formula(), new TreeMap<>()).text("n"));
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"not\": \"an array\"}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReferenceValues.load(bad));
        assertTrue(e.getMessage().contains("not a JSON array"), e.getMessage());
        Files.writeString(bad, "[{\"family\": ");
        assertThrows(InvalidInputException.class, () -> ReferenceValues.load(bad));
    }
}
