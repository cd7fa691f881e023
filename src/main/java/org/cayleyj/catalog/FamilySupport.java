package org.cayleyj.catalog;

import java.math.BigInteger;
import org.cayleyj.InvalidInputException;
import org.cayleyj.perm.Permutation;

/** Small shared helpers for the family builders: counts, guards and common permutations. */
final class FamilySupport {
    private FamilySupport() {
    }

    /** Most one-line entries (generators times state size) a family may allocate: 1 GiB of int arrays. */
    static final long MAX_GENERATOR_ENTRIES = 1L << 28;

    /**
     * Refuses, before it is built, a generator set larger than {@link PermutationFamily#MAX_GENERATORS} or one whose
     * one-line forms would take more than {@link #MAX_GENERATOR_ENTRIES} entries.
     */
    static void checkGeneratorCount(String family, BigInteger count, int stateSize) {
        if (count.compareTo(BigInteger.valueOf(PermutationFamily.MAX_GENERATORS)) > 0) {
            throw new InvalidInputException(family + " would have " + formatCount(count) + " generators; at most "
                    + PermutationFamily.MAX_GENERATORS + " are supported" + (GeneratorClasses.mayBeWholeClasses(family)
                    ? " (from the identity, 'cayley class-growth " + family + " -n " + stateSize + "' grows it on "
                    + "its conjugacy classes, n <= 20)" : ""));
        }
        if (count.multiply(BigInteger.valueOf(stateSize)).compareTo(BigInteger.valueOf(MAX_GENERATOR_ENTRIES)) > 0) {
            throw new InvalidInputException(family + " would have " + formatCount(count) + " generators on " + stateSize
                    + " positions; at most " + MAX_GENERATOR_ENTRIES + " entries in all are supported");
        }
    }

    /** A count for a message: exact up to 30 digits, else {@code more than 10^D} (n = 4096 gives 13000-digit counts). */
    static String formatCount(BigInteger count) {
        String digits = count.toString();
        return digits.length() <= 30 ? digits : "more than 10^" + (digits.length() - 1);
    }

    /** C(n, k), 0 when k is out of range. */
    static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }

    static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    /** Throws unless {@code lo <= value <= hi}, naming the family and the parameter. */
    static void requireRange(String family, String param, int value, int lo, int hi, int n) {
        if (value < lo || value > hi) {
            throw new InvalidInputException(family + " needs " + lo + " <= " + param + " <= " + hi + " for n=" + n
                    + ", got " + param + "=" + value);
        }
    }

    /** The reference's {@code permutation_from_cycles(n, [cycle])} for one cycle. */
    static Permutation cycle(int n, int... cycle) {
        return Permutation.fromCycles(n, cycle);
    }

    /** The cycle (from, from+1, ..., to). */
    static Permutation consecutiveCycle(int n, int from, int to) {
        int[] c = new int[to - from + 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = from + i;
        }
        return Permutation.fromCycles(n, c);
    }

    /** Product of the disjoint transpositions (i, i+1) for i = start, start+2, ... while i+1 < n. */
    static int[] alternatingSwaps(int n, int start) {
        int[] p = PermutationFamilies.identity(n);
        for (int i = start; i + 1 < n; i += 2) {
            p[i] = i + 1;
            p[i + 1] = i;
        }
        return p;
    }

    /** Joins ints with a separator, e.g. {@code 0,1,2}. */
    static String join(int[] values, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }
}
