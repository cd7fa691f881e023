package org.cayleyj.group;

import java.math.BigInteger;

/**
 * How many states BFS from the central state must find: the group order for a Cayley graph (identity central
 * state), the orbit size of the central state for a coset graph, or unknown.
 *
 * @param size       the number of states, or null when unknown
 * @param kind       what the number is
 * @param proven     true when exact; false for a randomized value (never too large; {@code method} gives the error
 *                   bound) and for unknown sizes
 * @param method     how it was obtained, or why it is unknown
 * @param groupOrder |G| when known (equal to {@code size} for {@link Kind#GROUP_ORDER}), else null
 */
public record ExpectedSize(BigInteger size, Kind kind, boolean proven, String method, BigInteger groupOrder) {

    /** What {@link #size()} counts. */
    public enum Kind {
        GROUP_ORDER("group order"),
        ORBIT_SIZE("orbit size of the central state");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code group order} or {@code orbit size of the central state}. */
        public String label() {
            return label;
        }
    }

    static ExpectedSize unknown(Kind kind, String why, BigInteger groupOrder) {
        return new ExpectedSize(null, kind, false, why, groupOrder);
    }

    /** True when the size is known (exact or randomized, see {@link #proven()}). */
    public boolean known() {
        return size != null;
    }

    /**
     * Whether a BFS that found {@code total} states agrees: equal to the size. A randomized size may only be too
     * small, so a larger BFS count then also points at the randomized value.
     */
    public boolean matches(BigInteger total) {
        return size != null && size.equals(total);
    }

    /**
     * One line, e.g. {@code group order 3628800 (Schreier-Sims, ...)} or
     * {@code orbit size of the central state unknown (...)}.
     */
    public String describe() {
        return kind.label() + " " + (size == null ? "unknown" : size.toString()) + " (" + method + ")";
    }
}
