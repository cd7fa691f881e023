package org.cayleyj.conjecture;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Falsification against published values, the held-out test, and fits that also use published values. */
final class ConjectureChecks {
    private ConjectureChecks() {
    }

    /** The formula against every published value at x ≥ n0; refuted at the smallest x where one differs. */
    static Conjecture.Check check(QuasiPolynomial q, SortedMap<Long, List<BigInteger>> published) {
        int consistent = 0;
        for (Map.Entry<Long, List<BigInteger>> e : published.entrySet()) {
            long x = e.getKey();
            if (x < q.n0()) {
                continue;
            }
            Rational f = q.at(x);
            for (BigInteger v : e.getValue()) {
                if (!f.equals(Rational.of(v))) {
                    return new Conjecture.Check(consistent, x, v, f);
                }
                consistent++;
            }
        }
        return consistent == 0 ? Conjecture.Check.UNCHECKED : new Conjecture.Check(consistent, null, null, null);
    }

    /** Fits all but the largest x and compares the prediction with the value there. */
    static Conjecture.HeldOut heldOut(SortedMap<Long, BigInteger> data) {
        if (data.size() < 5) {
            return Conjecture.HeldOut.TOO_SHORT;
        }
        long last = data.lastKey();
        FitResult f = QuasiPolynomialFitter.fit(new TreeMap<>(data.headMap(last)));
        if (!f.found()) {
            return Conjecture.HeldOut.NO_FIT;
        }
        return f.formula().at(last).equals(Rational.of(data.get(last))) ? Conjecture.HeldOut.HIT
                : Conjecture.HeldOut.MISS;
    }

    /**
     * The computed values with the published ones beyond them (x greater than every computed x, one value each), or
     * null when there are none beyond, a published x has two different values, or a published value inside the
     * computed range differs from the computed one.
     */
    static SortedMap<Long, BigInteger> withPublished(SortedMap<Long, BigInteger> computed,
                                                     SortedMap<Long, List<BigInteger>> published) {
        if (computed.isEmpty() || published.isEmpty() || published.lastKey() <= computed.lastKey()) {
            return null;
        }
        SortedMap<Long, BigInteger> out = new TreeMap<>(computed);
        for (Map.Entry<Long, List<BigInteger>> e : published.entrySet()) {
            if (e.getValue().size() != 1) {
                return null;
            }
            BigInteger v = e.getValue().get(0);
            BigInteger mine = computed.get(e.getKey());
            if (mine != null && !mine.equals(v)) {
                return null;
            }
            if (e.getKey() > computed.lastKey() || (e.getKey() >= computed.firstKey() && mine == null)) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }
}
