package org.cayleyj.perm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cayleyj.InvalidInputException;

/**
 * An immutable permutation of {0..n-1} in one-line (array) form, 0-based.
 *
 * <p>Action on a state follows the reference convention: {@code new[i] = old[p[i]]}. Composition
 * {@link #then(Permutation)} is defined so that applying {@code p.then(q)} to a state equals applying p, then q.
 */
public final class Permutation implements java.io.Serializable {
    private final int[] images;

    private Permutation(int[] images) {
        this.images = images;
    }

    /** Wraps a one-line form after checking that it is a bijection of {0..n-1}. */
    public static Permutation of(int... oneLine) {
        int[] copy = oneLine.clone();
        validate(copy);
        return new Permutation(copy);
    }

    public static Permutation identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return new Permutation(p);
    }

    /** The identity with entries i and j swapped. */
    public static Permutation transposition(int n, int i, int j) {
        int[] p = identity(n).images;
        checkIndex(n, i);
        checkIndex(n, j);
        p[i] = j;
        p[j] = i;
        return new Permutation(p);
    }

    /**
     * Builds a permutation from disjoint cycles, as the reference's {@code permutation_from_cycles}: for a cycle
     * (c0 c1 ... c_{m-1}) it sets {@code p[c_t] = c_{t+1 mod m}}. Indices are 0-based.
     */
    public static Permutation fromCycles(int n, List<int[]> cycles) {
        int[] p = identity(n).images;
        boolean[] used = new boolean[n];
        for (int[] cycle : cycles) {
            for (int t = 0; t < cycle.length; t++) {
                int c = cycle[t];
                checkIndex(n, c);
                if (used[c]) {
                    throw new InvalidInputException("index " + c + " appears twice in the cycles " + cyclesToString(cycles));
                }
                used[c] = true;
                p[c] = cycle[(t + 1) % cycle.length];
            }
        }
        return new Permutation(p);
    }

    public static Permutation fromCycles(int n, int[]... cycles) {
        return fromCycles(n, Arrays.asList(cycles));
    }

    private static void checkIndex(int n, int i) {
        if (i < 0 || i >= n) {
            throw new InvalidInputException("index " + i + " is out of range for a permutation of size " + n
                    + " (0-based indices run from 0 to " + (n - 1) + ")");
        }
    }

    private static void validate(int[] p) {
        int n = p.length;
        if (n == 0) {
            throw new InvalidInputException("a permutation must have at least one element");
        }
        boolean[] seen = new boolean[n];
        for (int v : p) {
            checkIndex(n, v);
            if (seen[v]) {
                throw new InvalidInputException("not a permutation: value " + v + " appears twice in " + Arrays.toString(p));
            }
            seen[v] = true;
        }
    }

    public int size() {
        return images.length;
    }

    /** p[i], the position whose content moves to position i. */
    public int get(int i) {
        return images[i];
    }

    public int[] toArray() {
        return images.clone();
    }

    public Permutation inverse() {
        int[] q = new int[images.length];
        for (int i = 0; i < images.length; i++) {
            q[images[i]] = i;
        }
        return new Permutation(q);
    }

    /** The permutation that acts as this one followed by {@code next}: r[i] = this[next[i]]. */
    public Permutation then(Permutation next) {
        requireSameSize(next);
        int[] r = new int[images.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = images[next.images[i]];
        }
        return new Permutation(r);
    }

    /** Applies this permutation to a state: out[i] = state[p[i]]. */
    public int[] apply(int[] state) {
        if (state.length != images.length) {
            throw new InvalidInputException("state of length " + state.length + " cannot be acted on by a permutation of size "
                    + images.length);
        }
        int[] out = new int[state.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = state[images[i]];
        }
        return out;
    }

    public boolean isIdentity() {
        for (int i = 0; i < images.length; i++) {
            if (images[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** +1 for even, -1 for odd permutations. */
    public int sign() {
        int parity = 0;
        for (int len : cycleType()) {
            parity ^= (len - 1) & 1;
        }
        return parity == 0 ? 1 : -1;
    }

    /** The lengths of the disjoint cycles, fixed points included (1s), in decreasing order: a partition of n. */
    public int[] cycleType() {
        boolean[] seen = new boolean[images.length];
        int[] lengths = new int[images.length];
        int count = 0;
        for (int i = 0; i < images.length; i++) {
            if (!seen[i]) {
                int len = 0;
                for (int j = i; !seen[j]; j = images[j]) {
                    seen[j] = true;
                    len++;
                }
                lengths[count++] = len;
            }
        }
        int[] out = java.util.Arrays.copyOf(lengths, count);
        java.util.Arrays.sort(out);
        for (int a = 0, b = count - 1; a < b; a++, b--) {
            int t = out[a];
            out[a] = out[b];
            out[b] = t;
        }
        return out;
    }

    /** Disjoint cycles of length at least two, each starting at its smallest element. */
    public List<int[]> cycles() {
        List<int[]> out = new ArrayList<>();
        boolean[] seen = new boolean[images.length];
        for (int i = 0; i < images.length; i++) {
            if (seen[i] || images[i] == i) {
                continue;
            }
            List<Integer> cycle = new ArrayList<>();
            for (int j = i; !seen[j]; j = images[j]) {
                seen[j] = true;
                cycle.add(j);
            }
            out.add(cycle.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private void requireSameSize(Permutation other) {
        if (other.images.length != images.length) {
            throw new InvalidInputException("permutations of different sizes " + images.length + " and " + other.images.length);
        }
    }

    /** One-line form, e.g. {@code [1,2,0]}. */
    public String toOneLine() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < images.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(images[i]);
        }
        return sb.append(']').toString();
    }

    /** Cycle notation, e.g. {@code (0 1 2)(3 4)}; the identity is {@code ()}. */
    public String toCycleString() {
        return cyclesToString(cycles());
    }

    private static String cyclesToString(List<int[]> cycles) {
        if (cycles.isEmpty()) {
            return "()";
        }
        StringBuilder sb = new StringBuilder();
        for (int[] c : cycles) {
            sb.append('(');
            for (int t = 0; t < c.length; t++) {
                if (t > 0) {
                    sb.append(' ');
                }
                sb.append(c[t]);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permutation other && Arrays.equals(images, other.images);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(images);
    }

    @Override
    public String toString() {
        return toOneLine();
    }
}
