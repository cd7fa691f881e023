package org.cayleyj.conjecture;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.cayleyj.InvalidInputException;

/**
 * Fits quasi-polynomials to integer sequences in exact rational arithmetic.
 *
 * <p>Model: for n ≥ n0, a(n) = P_r(n) with r = n mod s and deg P_r ≤ d. Models are tried in order of complexity:
 * the number of free parameters s(d+1) first, then n0, then s. A model is accepted only if it fits every point with
 * n ≥ n0, has at least 3 points more than parameters, and at least one check point (a point not used to determine the
 * polynomial) in every residue class. Points below n0 that disagree are reported as exceptions; at most
 * {@link Options#maxExceptions()} are allowed, so a formula must explain most of the data.
 */
public final class QuasiPolynomialFitter {
    /** Minimum points beyond the parameter count. */
    public static final int MIN_EXTRA_POINTS = 3;

    /**
     * @param maxPeriod     largest period s tried
     * @param maxDegree     largest degree d tried
     * @param maxExceptions most points below n0 allowed to disagree; -1 = max(3, points/3)
     */
    public record Options(int maxPeriod, int maxDegree, int maxExceptions) {
        public static Options defaults() {
            return new Options(6, 4, -1);
        }
    }

    private QuasiPolynomialFitter() {
    }

    public static FitResult fit(SortedMap<Long, BigInteger> data) {
        return fit(data, Options.defaults());
    }

    public static FitResult fit(SortedMap<Long, BigInteger> data, Options options) {
        if (data.isEmpty()) {
            throw new InvalidInputException("no data points to fit");
        }
        if (options.maxPeriod() < 1 || options.maxDegree() < 0) {
            throw new InvalidInputException("the period must be at least 1 and the degree at least 0");
        }
        final int count = data.size();
        final long[] ns = new long[count];
        final Rational[] values = new Rational[count];
        int i = 0;
        for (Map.Entry<Long, BigInteger> e : data.entrySet()) {
            ns[i] = e.getKey();
            values[i] = Rational.of(e.getValue());
            i++;
        }
        int maxExceptions = options.maxExceptions() >= 0 ? options.maxExceptions() : Math.max(3, count / 3);
        int maxParams = options.maxPeriod() * (options.maxDegree() + 1);
        for (int params = 1; params <= maxParams; params++) {
            if (count < params + MIN_EXTRA_POINTS) {
                break;
            }
            for (int start = 0; start <= Math.min(maxExceptions, count - params - MIN_EXTRA_POINTS); start++) {
                for (int s = 1; s <= options.maxPeriod(); s++) {
                    if (params % s != 0 || params / s - 1 > options.maxDegree()) {
                        continue;
                    }
                    int d = params / s - 1;
                    Polynomial[] classes = tryFit(ns, values, start, s, d);
                    if (classes == null) {
                        continue;
                    }
                    long n0 = ns[start];
                    List<Long> exceptions = new ArrayList<>();
                    QuasiPolynomial q = new QuasiPolynomial(s, d, n0, classes,
                            QuasiPolynomial.closedForm(s, n0, classes));
                    for (int k = 0; k < start; k++) {
                        if (!q.at(ns[k]).equals(values[k])) {
                            exceptions.add(ns[k]);
                        }
                    }
                    return new FitResult(q, ns[0], ns[count - 1], count, count - start - params,
                            List.copyOf(exceptions), options.maxPeriod(), options.maxDegree());
                }
            }
        }
        return new FitResult(null, ns[0], ns[count - 1], count, 0, List.of(), options.maxPeriod(),
                options.maxDegree());
    }

    /** Polynomials per class fitted to points[start..], or null if the model does not fit or is under-checked. */
    private static Polynomial[] tryFit(long[] ns, Rational[] values, int start, int s, int d) {
        int total = ns.length - start;
        if (total < s * (d + 1) + MIN_EXTRA_POINTS) {
            return null;
        }
        Polynomial[] classes = new Polynomial[s];
        for (int r = 0; r < s; r++) {
            List<Integer> idx = new ArrayList<>();
            for (int k = start; k < ns.length; k++) {
                if (Math.floorMod(ns[k], (long) s) == r) {
                    idx.add(k);
                }
            }
            if (idx.size() < d + 2) {
                return null;
            }
            long[] xs = new long[d + 1];
            Rational[] ys = new Rational[d + 1];
            for (int j = 0; j <= d; j++) {
                xs[j] = ns[idx.get(j)];
                ys[j] = values[idx.get(j)];
            }
            Polynomial p = Polynomial.interpolate(xs, ys);
            for (int j = d + 1; j < idx.size(); j++) {
                int k = idx.get(j);
                if (!p.at(ns[k]).equals(values[k])) {
                    return null;
                }
            }
            classes[r] = p;
        }
        return classes;
    }
}
