package org.cayleyj.catalog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.perm.Permutation;

/**
 * Families made of transpositions, products of disjoint transpositions and derangements, as the reference's
 * {@code PermutationGroups} defines them (spec {@code catalog.md} §1).
 */
public final class TranspositionFamilies {
    private TranspositionFamilies() {
    }

    private static final ParamSpec STARS_K = new ParamSpec("k",
            "swap each of the first k positions with each of the other n-k (1 <= k < n)", "1");
    private static final ParamSpec SHEVELEVA_K = new ParamSpec("k", "position of the 4-cycle (1 <= k <= n-3)", null);
    private static final ParamSpec KOLTSOV_TYPE = new ParamSpec("perm_type",
            "S is the transposition (k,k+d) for 1, the product (k,k+3)(k+1,k+2) for 2", "2");
    private static final ParamSpec KOLTSOV_K = new ParamSpec("k", "first position moved by S (0 <= k)", "1");
    private static final ParamSpec KOLTSOV_D = new ParamSpec("d", "distance of the transposition S for perm_type=1", "1");

    /** All families of this class, in catalog order. */
    public static List<Family> all() {
        return List.of(
                new PermutationFamily("generalized_stars", "transpositions (i,j), i < k <= j (S{i}-{j}); k(n-k) generators", 3,
                        List.of(STARS_K), TranspositionFamilies::generalizedStars),
                new PermutationFamily("derangements", "every permutation without a fixed point (D{index}); !n generators", 2,
                        List.of(), (n, p) -> derangements(n)),
                new PermutationFamily("involutive_derangements",
                        "every fixed-point-free involution, i.e. perfect matching (ID1..); n even; (n-1)!! generators", 2,
                        List.of(), (n, p) -> involutiveDerangements(n)),
                new PermutationFamily("rapaport_m1",
                        "(0,1)(2,3)...(2m-2,2m-1) for m = 1..n/2, then (1,2)(3,4)...(2m-1,2m) for m = 1..(n-1)/2", 2,
                        List.of(), (n, p) -> rapaportM1(n)),
                new PermutationFamily("rapaport_m2", "(0,1), (0,1)(2,3)(4,5)... and (1,2)(3,4)...", 2,
                        List.of(), (n, p) -> rapaportM2(n)),
                new PermutationFamily("sheveleva2",
                        "two products of alternating transpositions, one carrying a 4-cycle at position k (A, S)", 4,
                        List.of(SHEVELEVA_K), TranspositionFamilies::sheveleva2),
                new PermutationFamily("koltsov3", "I = (0,1)(2,3)..., K = (1,2)(3,4)..., and S chosen by perm_type", 2,
                        List.of(KOLTSOV_TYPE, KOLTSOV_K, KOLTSOV_D), TranspositionFamilies::koltsov3));
    }

    /**
     * {@code generalized_stars(n, k=1)}, 1 <= k < n: transpositions (i,j) for i in [0,k), j in [k,n), named
     * {@code S{i}-{j}}.
     */
    public static List<Generator> generalizedStars(int n, Params params) {
        int k = params.getInt("k");
        FamilySupport.requireRange("generalized_stars", "k", k, 1, n - 1, n);
        FamilySupport.checkGeneratorCount("generalized_stars", BigInteger.valueOf((long) k * (n - k)), n);
        List<Generator> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = k; j < n; j++) {
                out.add(new Generator("S" + i + "-" + j, Permutation.transposition(n, i, j)));
            }
        }
        return out;
    }

    /** The number of derangements !n. */
    static BigInteger derangementCount(int n) {
        BigInteger prev = BigInteger.ONE; // !0
        BigInteger cur = BigInteger.ZERO; // !1
        if (n == 0) {
            return prev;
        }
        for (int m = 2; m <= n; m++) {
            BigInteger next = BigInteger.valueOf(m - 1).multiply(cur.add(prev));
            prev = cur;
            cur = next;
        }
        return cur;
    }

    /**
     * {@code derangements(n)}: every permutation without a fixed point, in {@code itertools.permutations} (i.e.
     * lexicographic) order, named {@code D{idx}} with idx its index among all n! permutations.
     */
    public static List<Generator> derangements(int n) {
        FamilySupport.checkGeneratorCount("derangements", derangementCount(n), n);
        List<Generator> out = new ArrayList<>();
        int[] p = PermutationFamilies.identity(n);
        long idx = 0;
        do {
            boolean fixed = false;
            for (int i = 0; i < n && !fixed; i++) {
                fixed = p[i] == i;
            }
            if (!fixed) {
                out.add(new Generator("D" + idx, Permutation.of(p)));
            }
            idx++;
        } while (CycleFamilies.nextPermutation(p));
        return out;
    }

    /** (n-1)!! = 1 * 3 * ... * (n-1) for even n. */
    static BigInteger matchingCount(int n) {
        BigInteger r = BigInteger.ONE;
        for (int m = n - 1; m > 1; m -= 2) {
            r = r.multiply(BigInteger.valueOf(m));
        }
        return r;
    }

    /**
     * {@code involutive_derangements(n)}, n even: every perfect matching (pair the first remaining element with
     * each later one in order, recurse on the rest), as the product of its transpositions, named {@code ID1, ID2, ...}.
     */
    public static List<Generator> involutiveDerangements(int n) {
        if (n % 2 != 0) {
            throw new InvalidInputException("involutive_derangements needs an even n (a fixed-point-free involution "
                    + "pairs up all positions), got n=" + n);
        }
        FamilySupport.checkGeneratorCount("involutive_derangements", matchingCount(n), n);
        List<Generator> out = new ArrayList<>();
        int[] remaining = PermutationFamilies.identity(n);
        matchings(remaining, new int[n], out);
        return out;
    }

    /** Appends every perfect matching of {@code remaining}, completing the partial involution {@code p}. */
    private static void matchings(int[] remaining, int[] p, List<Generator> out) {
        if (remaining.length == 0) {
            out.add(new Generator("ID" + (out.size() + 1), Permutation.of(p)));
            return;
        }
        int first = remaining[0];
        for (int i = 1; i < remaining.length; i++) {
            int partner = remaining[i];
            p[first] = partner;
            p[partner] = first;
            int[] rest = new int[remaining.length - 2];
            int pos = 0;
            for (int j = 1; j < remaining.length; j++) {
                if (j != i) {
                    rest[pos++] = remaining[j];
                }
            }
            matchings(rest, p, out);
        }
    }

    /**
     * {@code rapaport_m1(n)}: for m = 1..floor(n/2) the product (0,1)(2,3)...(2m-2,2m-1), named {@code M1_0_m}; then
     * for m = 1..floor((n-1)/2) the product (1,2)(3,4)...(2m-1,2m), named {@code M1_1_m}.
     */
    public static List<Generator> rapaportM1(int n) {
        List<Generator> out = new ArrayList<>();
        for (int m = 1; m <= n / 2; m++) {
            out.add(new Generator("M1_0_" + m, swapsFrom(n, 0, m)));
        }
        for (int m = 1; m <= (n - 1) / 2; m++) {
            out.add(new Generator("M1_1_" + m, swapsFrom(n, 1, m)));
        }
        return out;
    }

    /** The product of m transpositions (s,s+1)(s+2,s+3)... */
    private static Permutation swapsFrom(int n, int start, int m) {
        int[] p = PermutationFamilies.identity(n);
        for (int t = 0; t < m; t++) {
            int a = start + 2 * t;
            p[a] = a + 1;
            p[a + 1] = a;
        }
        return Permutation.of(p);
    }

    /**
     * {@code rapaport_m2(n)}: {@code (0,1)}, {@code EvenDisjTrans} = (0,1)(2,3)(4,5)..., {@code OddDisjTrans} =
     * (1,2)(3,4)... (pairs (i,i+1) with i+1 < n).
     */
    public static List<Generator> rapaportM2(int n) {
        return List.of(new Generator("(0,1)", Permutation.transposition(n, 0, 1)),
                new Generator("EvenDisjTrans", Permutation.of(FamilySupport.alternatingSwaps(n, 0))),
                new Generator("OddDisjTrans", Permutation.of(FamilySupport.alternatingSwaps(n, 1))));
    }

    /**
     * {@code sheveleva2(n, k)}, 1 <= k <= n-3: p1 = (0,1)(2,3)..., p2 = (1,2)(3,4)...; the generator of the parity of
     * k gets the 4-cycle {@code g[k-1]=k, g[k]=k+1, g[k+1]=k+2, g[k+2]=k-1}, the other is patched to
     * {@code h[k]=k, h[k+1]=k+1, h[k+2]=k+2} if k = n-3, else {@code h[k]=k, h[k+1]=k+3, h[k+2]=k+2, h[k+3]=k+1}.
     * For odd k (p1 carries the 4-cycle) the generators are [p2, p1], for even k [p1, p2]; names A, S.
     */
    public static List<Generator> sheveleva2(int n, Params params) {
        int k = params.getInt("k");
        FamilySupport.requireRange("sheveleva2", "k", k, 1, n - 3, n);
        int[] p1 = FamilySupport.alternatingSwaps(n, 0);
        int[] p2 = FamilySupport.alternatingSwaps(n, 1);
        int[] four = k % 2 == 1 ? p1 : p2;
        int[] patched = k % 2 == 1 ? p2 : p1;
        four[k - 1] = k;
        four[k] = k + 1;
        four[k + 1] = k + 2;
        four[k + 2] = k - 1;
        if (k == n - 3) {
            patched[k] = k;
            patched[k + 1] = k + 1;
            patched[k + 2] = k + 2;
        } else {
            patched[k] = k;
            patched[k + 1] = k + 3;
            patched[k + 2] = k + 2;
            patched[k + 3] = k + 1;
        }
        int[] first = k % 2 == 1 ? p2 : p1;
        int[] second = k % 2 == 1 ? p1 : p2;
        return List.of(new Generator("A", Permutation.of(first)), new Generator("S", Permutation.of(second)));
    }

    /**
     * {@code koltsov3(n, perm_type=2, k=1, d=1)}: I = (0,1)(2,3)..., K = (1,2)(3,4)..., and S = the transposition
     * (k,k+d) for perm_type 1 or the product (k,k+3)(k+1,k+2) for perm_type 2; named I, K, S.
     */
    public static List<Generator> koltsov3(int n, Params params) {
        int type = params.getInt("perm_type");
        int k = params.getInt("k");
        int d = params.getInt("d");
        Permutation s;
        if (type == 1) {
            if (k < 0 || d < 1 || (long) k + d >= n) { // long: k + d must not wrap round
                throw new InvalidInputException("koltsov3 with perm_type=1 needs 0 <= k, 1 <= d and k+d < n, got k=" + k
                        + ", d=" + d + " for n=" + n);
            }
            s = Permutation.transposition(n, k, k + d);
        } else if (type == 2) {
            if (k < 0 || (long) k + 3 >= n) {
                throw new InvalidInputException("koltsov3 with perm_type=2 needs 0 <= k and k+3 < n, got k=" + k
                        + " for n=" + n);
            }
            s = Permutation.fromCycles(n, new int[] {k, k + 3}, new int[] {k + 1, k + 2});
        } else {
            throw new InvalidInputException("koltsov3 has perm_type 1 or 2, got perm_type=" + type);
        }
        return List.of(new Generator("I", Permutation.of(FamilySupport.alternatingSwaps(n, 0))),
                new Generator("K", Permutation.of(FamilySupport.alternatingSwaps(n, 1))),
                new Generator("S", s));
    }
}
