package org.cayleyj.conjecture;

import java.math.BigInteger;

/**
 * One fitted formula of a series' invariant, with what the published data and the held-out test say about it.
 *
 * @param series     the series
 * @param invariant  the invariant fitted
 * @param fit        the fit (found)
 * @param check      the formula against every published value at x ≥ n0
 * @param published  empty when the fit used computed values only, else the published x it also used, e.g.
 *                   {@code 11..15}
 * @param heldOut    the fit without the largest computed x predicting it
 * @param nextX      the first x beyond the data
 * @param prediction the formula's value there
 * @param kind       nontrivial, implied by the definition, or a constant
 * @param oeis       the OEIS id the reference data names for this sequence, or null
 */
public record Conjecture(SweepSeries series, Sweep.Invariant invariant, FitResult fit, Check check, String published,
                         HeldOut heldOut, long nextX, Rational prediction, Kind kind, String oeis) {

    /** How a row is classified. */
    public enum Kind {
        /** Carries information: not layer 1, not a total, and of degree ≥ 1 or period > 1. */
        NONTRIVIAL("nontrivial"),
        /** Implied by the definition: layer 1 is the number of distinct generators, the total is the orbit size. */
        DEFINITION("definition"),
        /** A constant (period 1, degree 0) of another invariant. */
        CONSTANT("constant");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** The held-out test's outcome. */
    public enum HeldOut {
        HIT("hit"), MISS("miss"), NO_FIT("no fit"), TOO_SHORT("too short");

        public final String label;

        HeldOut(String label) {
            this.label = label;
        }
    }

    /** What the published values say: consistent with k of them, refuted at some x, or none to check. */
    public record Check(int consistent, Long refutedAt, BigInteger publishedValue, Rational formulaValue) {
        public static final Check UNCHECKED = new Check(0, null, null, null);

        public boolean refuted() {
            return refutedAt != null;
        }

        /**
         * {@code consistent (3 published values)}, {@code refuted at n=13 (published 8, formula 7)} or
         * {@code unchecked}.
         */
        public String text(String variable) {
            if (refutedAt != null) {
                return "refuted at " + variable + "=" + refutedAt + " (published " + publishedValue + ", formula "
                        + formulaValue + ")";
            }
            if (consistent == 0) {
                return "unchecked";
            }
            return "consistent (" + consistent + " published value" + (consistent == 1 ? "" : "s") + ")";
        }
    }

    /** {@code (s, d)} classification used for the nontrivial count. */
    static Kind classify(Sweep.Invariant inv, QuasiPolynomial q) {
        if (inv == Sweep.Invariant.LAYER_1 || inv == Sweep.Invariant.TOTAL) {
            return Kind.DEFINITION;
        }
        return q.period() == 1 && q.degree() == 0 ? Kind.CONSTANT : Kind.NONTRIVIAL;
    }

    /** The prediction as an integer when it is one. */
    public BigInteger predictionValue() {
        return prediction.isInteger() ? prediction.num() : null;
    }
}
