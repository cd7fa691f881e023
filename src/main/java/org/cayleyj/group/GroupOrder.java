package org.cayleyj.group;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The order of a permutation group and how it was obtained.
 *
 * @param order      |G|, or null when it could not be computed ({@code method} says why)
 * @param base       the base points of the stabiliser chain (0-based positions)
 * @param orbitSizes the basic orbit sizes, one per base point; their product is the order
 * @param proven     true when the order is exact (deterministic Schreier-Sims test, or a recognised group); false
 *                   for a randomized result, which is never too large and too small only with the probability that
 *                   {@code method} states
 * @param method     the algorithm, and the error bound when not proven
 */
public record GroupOrder(BigInteger order, int[] base, int[] orbitSizes, boolean proven, String method) {

    public GroupOrder {
        base = base.clone();
        orbitSizes = orbitSizes.clone();
    }

    /** An unknown order, with the reason. */
    static GroupOrder unknown(String why) {
        return new GroupOrder(null, new int[0], new int[0], false, why);
    }

    public boolean known() {
        return order != null;
    }

    @Override
    public int[] base() {
        return base.clone();
    }

    @Override
    public int[] orbitSizes() {
        return orbitSizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupOrder g && java.util.Objects.equals(order, g.order) && Arrays.equals(base, g.base)
                && Arrays.equals(orbitSizes, g.orbitSizes) && proven == g.proven && method.equals(g.method);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(order, Arrays.hashCode(base), Arrays.hashCode(orbitSizes), proven, method);
    }

    @Override
    public String toString() {
        return (order == null ? "unknown" : order.toString()) + " (" + method + ")";
    }
}
