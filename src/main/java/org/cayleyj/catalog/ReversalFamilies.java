package org.cayleyj.catalog;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.perm.Permutation;

/**
 * Block moves and reversals of the reference's {@code PermutationGroups}: transposons, block interchanges, signed
 * reversals and the three-generator cubic pancake sets (spec {@code catalog.md} §1).
 */
public final class ReversalFamilies {
    private ReversalFamilies() {
    }

    private static final ParamSpec CUBIC_SUBSET = new ParamSpec("subset",
            "which 3 prefix reversals (1..7): 1 {Pn,Pn-1,P2} 2 {Pn,Pn-1,P3} 3 {Pn,Pn-1,Pn-2} 4 {Pn,Pn-1,Pn-3} "
                    + "5 {Pn,Pn-2,P2} 6 {Pn,Pn-2,P3} 7 {Pn,Pn-2,Pn-3}", null);

    /** All families of this class, in catalog order. */
    public static List<Family> all() {
        return List.of(
                new PermutationFamily("transposons",
                        "move block [i..j-1] right after block [j..k], every i < j <= k (T[i..j-1,k]); C(n+1,3) generators", 2,
                        List.of(), (n, p) -> transposons(n)),
                new PermutationFamily("block_interchange",
                        "swap blocks [i..j-1] and [k..l-1], every i < j <= k < l <= n (I[i..j-1,k..l-1]); C(n+2,4) generators", 2,
                        List.of(), (n, p) -> blockInterchange(n)),
                new PermutationFamily("signed_reversals",
                        "signed reversals R[i..j] of every segment i <= j, on 2n positions (i bottom, n+i top of element i)", 1,
                        List.of(), (n, p) -> signedReversals(n)),
                new PermutationFamily("cubic_pancake",
                        "three prefix reversals R{k} (reverse the first k), chosen by subset 1..7", 2,
                        List.of(CUBIC_SUBSET), ReversalFamilies::cubicPancake));
    }

    /**
     * {@code transposons(n)}: for i in [0,n), j in (i,n), k in [j,n):
     * {@code p = [0..i-1] + [j..k] + [i..j-1] + [k+1..n-1]}, named {@code T[i..j-1,k]}.
     */
    public static List<Generator> transposons(int n) {
        FamilySupport.checkGeneratorCount("transposons", FamilySupport.binomial(n + 1, 3), n);
        List<Generator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j; k < n; k++) {
                    int[] p = new int[n];
                    int pos = 0;
                    for (int v = 0; v < i; v++) {
                        p[pos++] = v;
                    }
                    for (int v = j; v <= k; v++) {
                        p[pos++] = v;
                    }
                    for (int v = i; v < j; v++) {
                        p[pos++] = v;
                    }
                    for (int v = k + 1; v < n; v++) {
                        p[pos++] = v;
                    }
                    out.add(new Generator("T[" + i + ".." + (j - 1) + "," + k + "]", Permutation.of(p)));
                }
            }
        }
        return out;
    }

    /**
     * {@code block_interchange(n)}: for i in [0,n), j in (i,n), k in [j,n), l in (k,n]:
     * {@code p = [0..i-1] + [k..l-1] + [j..k-1] + [i..j-1] + [l..n-1]}, named {@code I[i..j-1,k..l-1]}.
     */
    public static List<Generator> blockInterchange(int n) {
        FamilySupport.checkGeneratorCount("block_interchange", FamilySupport.binomial(n + 2, 4), n);
        List<Generator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j; k < n; k++) {
                    for (int l = k + 1; l <= n; l++) {
                        int[] p = new int[n];
                        int pos = 0;
                        for (int v = 0; v < i; v++) {
                            p[pos++] = v;
                        }
                        for (int v = k; v < l; v++) {
                            p[pos++] = v;
                        }
                        for (int v = j; v < k; v++) {
                            p[pos++] = v;
                        }
                        for (int v = i; v < j; v++) {
                            p[pos++] = v;
                        }
                        for (int v = l; v < n; v++) {
                            p[pos++] = v;
                        }
                        out.add(new Generator("I[" + i + ".." + (j - 1) + "," + k + ".." + (l - 1) + "]",
                                Permutation.of(p)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code signed_reversals(n)}, state size 2n: for i <= j,
     * {@code p = [0..i-1] + [n+j, ..., n+i] + [j+1..n-1] + [n..n+i-1] + [j, ..., i] + [n+j+1..2n-1]}, named
     * {@code R[i..j]}.
     */
    public static List<Generator> signedReversals(int n) {
        FamilySupport.checkGeneratorCount("signed_reversals", FamilySupport.binomial(n + 1, 2), 2 * n);
        List<Generator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                int[] p = new int[2 * n];
                int pos = 0;
                for (int v = 0; v < i; v++) {
                    p[pos++] = v;
                }
                for (int v = n + j; v >= n + i; v--) {
                    p[pos++] = v;
                }
                for (int v = j + 1; v < n; v++) {
                    p[pos++] = v;
                }
                for (int v = n; v < n + i; v++) {
                    p[pos++] = v;
                }
                for (int v = j; v >= i; v--) {
                    p[pos++] = v;
                }
                for (int v = n + j + 1; v < 2 * n; v++) {
                    p[pos++] = v;
                }
                out.add(new Generator("R[" + i + ".." + j + "]", Permutation.of(p)));
            }
        }
        return out;
    }

    /**
     * {@code cubic_pancake(n, subset)}: three prefix reversals {@code P(k) = [k-1..0] + [k..n-1]}, named {@code R{k}}:
     * subset 1 {P(n),P(n-1),P(2)}, 2 {P(n),P(n-1),P(3)}, 3 {P(n),P(n-1),P(n-2)}, 4 {P(n),P(n-1),P(n-3)},
     * 5 {P(n),P(n-2),P(2)}, 6 {P(n),P(n-2),P(3)}, 7 {P(n),P(n-2),P(n-3)}.
     */
    public static List<Generator> cubicPancake(int n, Params params) {
        int subset = params.getInt("subset");
        int[] lengths = switch (subset) {
            case 1 -> new int[] {n, n - 1, 2};
            case 2 -> new int[] {n, n - 1, 3};
            case 3 -> new int[] {n, n - 1, n - 2};
            case 4 -> new int[] {n, n - 1, n - 3};
            case 5 -> new int[] {n, n - 2, 2};
            case 6 -> new int[] {n, n - 2, 3};
            case 7 -> new int[] {n, n - 2, n - 3};
            default -> throw new InvalidInputException("cubic_pancake has subsets 1..7, got subset=" + subset);
        };
        List<Generator> out = new ArrayList<>(3);
        for (int k : lengths) {
            if (k < 0 || k > n) {
                throw new InvalidInputException("cubic_pancake subset " + subset + " needs a prefix of length " + k
                        + ", which does not exist for n=" + n);
            }
            Permutation p = k == 0 ? Permutation.identity(n) : PermutationFamilies.reversal(n, 0, k - 1);
            out.add(new Generator("R" + k, p));
        }
        return out;
    }
}
