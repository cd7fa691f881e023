package org.cayleyj.catalog;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.perm.Permutation;

/**
 * The permutation families of the reference library, defined exactly as in its {@code graphs_lib.py}
 * (0-based, action {@code new[i] = old[p[i]]}).
 */
public final class PermutationFamilies {
    private PermutationFamilies() {
    }

    private static final ParamSpec LRX_K = new ParamSpec("k", "X swaps positions 0 and k (1 <= k < n)", "1");
    private static final ParamSpec TOP_SPIN_K = new ParamSpec("k", "the third generator reverses the first k (2 <= k <= n)", "4");

    /** All families of this class, in catalog order. */
    public static List<Family> all() {
        return List.of(
                new PermutationFamily("lrx", "L = left cyclic shift, R = right cyclic shift, X = transposition (0,k)", 3,
                        List.of(LRX_K), PermutationFamilies::lrx),
                new PermutationFamily("lx", "L = left cyclic shift, X = transposition (0,1); directed", 3,
                        List.of(), (n, p) -> lx(n)),
                new PermutationFamily("top_spin", "L, R cyclic shifts and reversal of the first k positions", 2,
                        List.of(TOP_SPIN_K), PermutationFamilies::topSpin),
                new PermutationFamily("coxeter", "adjacent transpositions (i,i+1), i = 0..n-2", 2,
                        List.of(), (n, p) -> coxeter(n)),
                new PermutationFamily("cyclic_coxeter", "adjacent transpositions (i,i+1) and (0,n-1)", 2,
                        List.of(), (n, p) -> cyclicCoxeter(n)),
                new PermutationFamily("all_transpositions", "every transposition (i,j), i < j", 2,
                        List.of(), (n, p) -> allTranspositions(n)),
                new PermutationFamily("stars", "transpositions (0,i), i = 1..n-1", 3,
                        List.of(), (n, p) -> stars(n)),
                new PermutationFamily("pancake", "prefix reversals of length 2..n (R1..R(n-1))", 2,
                        List.of(), (n, p) -> pancake(n)),
                new PermutationFamily("burnt_pancake", "signed prefix reversals on 2n positions (R1..Rn)", 1,
                        List.of(), (n, p) -> burntPancake(n)),
                new PermutationFamily("full_reversals", "reversals of every segment [i..j], i < j", 2,
                        List.of(), (n, p) -> fullReversals(n)));
    }

    static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    static Permutation leftShift(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = (i + 1) % n;
        }
        return Permutation.of(p);
    }

    /** Reverses positions lo..hi inclusive. */
    static Permutation reversal(int n, int lo, int hi) {
        int[] p = identity(n);
        for (int i = lo; i <= hi; i++) {
            p[i] = hi - (i - lo);
        }
        return Permutation.of(p);
    }

    static void checkGeneratorCount(String family, long count) {
        if (count > PermutationFamily.MAX_GENERATORS) {
            throw new InvalidInputException(family + " would have " + count + " generators; at most "
                    + PermutationFamily.MAX_GENERATORS + " are supported");
        }
    }

    public static List<Generator> lrx(int n, Params params) {
        int k = params.getInt("k");
        if (k < 1 || k >= n) {
            throw new InvalidInputException("lrx needs 1 <= k < n, got k=" + k + " for n=" + n);
        }
        Permutation l = leftShift(n);
        return List.of(new Generator("L", l), new Generator("R", l.inverse()),
                new Generator("X", Permutation.transposition(n, 0, k)));
    }

    public static List<Generator> lx(int n) {
        return List.of(new Generator("L", leftShift(n)), new Generator("X", Permutation.transposition(n, 0, 1)));
    }

    public static List<Generator> topSpin(int n, Params params) {
        int k = params.getInt("k");
        if (k < 2 || k > n) {
            throw new InvalidInputException("top_spin needs 2 <= k <= n, got k=" + k + " for n=" + n);
        }
        Permutation l = leftShift(n);
        return List.of(Generator.unnamed(l), Generator.unnamed(l.inverse()), Generator.unnamed(reversal(n, 0, k - 1)));
    }

    public static List<Generator> coxeter(int n) {
        List<Generator> out = new ArrayList<>(n - 1);
        for (int i = 0; i + 1 < n; i++) {
            out.add(new Generator("(" + i + "," + (i + 1) + ")", Permutation.transposition(n, i, i + 1)));
        }
        return out;
    }

    public static List<Generator> cyclicCoxeter(int n) {
        List<Generator> out = new ArrayList<>(coxeter(n));
        out.add(new Generator("(0," + (n - 1) + ")", Permutation.transposition(n, 0, n - 1)));
        return out;
    }

    public static List<Generator> allTranspositions(int n) {
        checkGeneratorCount("all_transpositions", (long) n * (n - 1) / 2);
        List<Generator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(new Generator("(" + i + "," + j + ")", Permutation.transposition(n, i, j)));
            }
        }
        return out;
    }

    public static List<Generator> stars(int n) {
        List<Generator> out = new ArrayList<>(n - 1);
        for (int i = 1; i < n; i++) {
            out.add(new Generator("S" + i, Permutation.transposition(n, 0, i)));
        }
        return out;
    }

    public static List<Generator> pancake(int n) {
        List<Generator> out = new ArrayList<>(n - 1);
        for (int len = 2; len <= n; len++) {
            out.add(new Generator("R" + (len - 1), reversal(n, 0, len - 1)));
        }
        return out;
    }

    /**
     * Position i holds the "bottom" of element i and n+i its "top"; flipping a prefix of length t+1 reverses it and
     * swaps tops with bottoms.
     */
    public static List<Generator> burntPancake(int n) {
        List<Generator> out = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            int[] p = new int[2 * n];
            int pos = 0;
            for (int v = n + t; v >= n; v--) {
                p[pos++] = v;
            }
            for (int v = t + 1; v < n; v++) {
                p[pos++] = v;
            }
            for (int v = t; v >= 0; v--) {
                p[pos++] = v;
            }
            for (int v = n + t + 1; v < 2 * n; v++) {
                p[pos++] = v;
            }
            out.add(new Generator("R" + (t + 1), Permutation.of(p)));
        }
        return out;
    }

    public static List<Generator> fullReversals(int n) {
        checkGeneratorCount("full_reversals", (long) n * (n - 1) / 2);
        List<Generator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(new Generator("R[" + i + ".." + j + "]", reversal(n, i, j)));
            }
        }
        return out;
    }
}
