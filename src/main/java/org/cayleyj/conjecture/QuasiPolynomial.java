package org.cayleyj.conjecture;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted formula: for n ≥ n0, a(n) = P_r(n) with r = n mod period.
 *
 * @param period     s, the number of residue classes
 * @param degree     d, the largest degree allowed in the search
 * @param n0         first n the formula covers
 * @param classes    P_r for r = 0..s-1
 * @param closedForm one expression covering every class (e.g. {@code floor(n²/4)}), or null
 */
public record QuasiPolynomial(int period, int degree, long n0, Polynomial[] classes, String closedForm) {

    /** Number of free parameters, s(d+1). */
    public int parameters() {
        return period * (degree + 1);
    }

    public Rational at(long n) {
        return classes[(int) Math.floorMod(n, (long) period)].at(n);
    }

    /** The formula per residue class, e.g. {@code n even: n²/4; n odd: (n² - 1)/4}. */
    public String perClass() {
        if (period == 1) {
            return classes[0].toString();
        }
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < period; r++) {
            String cls = period == 2 ? (r == 0 ? "n even" : "n odd") : "n ≡ " + r + " (mod " + period + ")";
            parts.add(cls + ": " + classes[r]);
        }
        return String.join("; ", parts);
    }

    /** The closed form when there is one, else the per-class formula. */
    public String formula() {
        return closedForm != null ? closedForm : perClass();
    }

    /**
     * Looks for one expression floor(Q(n)) or ceil(Q(n)) equal to every class polynomial on n ≥ n0, where Q is one of
     * the class polynomials. Q(n) mod 1 has period dividing Q's denominator D, so checking lcm(s, D) consecutive n
     * proves the identity for all n ≥ n0.
     */
    static String closedForm(int period, long n0, Polynomial[] classes) {
        if (period == 1) {
            return classes[0].toString();
        }
        for (Polynomial q : classes) {
            BigInteger d = q.denominator();
            BigInteger span = d.divide(d.gcd(BigInteger.valueOf(period))).multiply(BigInteger.valueOf(period));
            if (span.bitLength() > 20) {
                continue;
            }
            long l = span.longValue();
            boolean floorOk = true;
            boolean ceilOk = true;
            for (long n = n0; n < n0 + l && (floorOk || ceilOk); n++) {
                Rational want = classes[(int) Math.floorMod(n, (long) period)].at(n);
                Rational x = q.at(n);
                floorOk &= want.isInteger() && want.num().equals(x.floor());
                ceilOk &= want.isInteger() && want.num().equals(x.ceil());
            }
            if (floorOk) {
                return "floor(" + q + ")";
            }
            if (ceilOk) {
                return "ceil(" + q + ")";
            }
        }
        return null;
    }
}
