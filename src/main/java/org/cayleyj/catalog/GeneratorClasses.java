package org.cayleyj.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog families whose generators are whole conjugacy classes of S_n, and those classes as cycle types, so that
 * their Cayley graphs can be grown on the classes ({@link org.cayleyj.group.ClassAlgebraGrowth}) for n far beyond
 * what a list of generators allows (derangements of 12 points are 176 million generators).
 *
 * <p>The families: all_transpositions, three_cycles, increasing_k_cycles with k = 2 (all transpositions), derangements
 * (every cycle type without a fixed point), involutive_derangements (n even: [2^(n/2)]), all_cycles ([k, 1^(n-k)] for
 * k = 2..n) and conjugacy_classes when every entry takes its whole class.
 */
public final class GeneratorClasses {
    private GeneratorClasses() {
    }

    /**
     * Whether the family's generators at n are exactly a union of conjugacy classes; cheap, so a caller can bound n
     * before {@link #of} lists the classes (derangements have p(n) - p(n-1) cycle types, 10^11 at n = 200).
     */
    public static boolean wholeClasses(String family, int n, Map<String, String> params) {
        return switch (family) {
            case "all_transpositions", "all_cycles", "derangements" -> n >= 2;
            case "increasing_k_cycles" -> n >= 2 && "2".equals(params.get("k"));
            case "three_cycles" -> n >= 3;
            case "involutive_derangements" -> n >= 2 && n % 2 == 0;
            case "conjugacy_classes" -> params.get("classes") != null
                    && ConjugacyClassFamilies.parseClasses(params.get("classes"), n).stream()
                    .allMatch(t -> t.count() < 0); // a count is a random part of a class
            default -> false;
        };
    }

    /**
     * The cycle types (partitions of n, parts decreasing) whose classes are exactly the family's generators at n, or
     * empty where {@link #wholeClasses} says the family is not such a union at n.
     */
    public static Optional<List<int[]>> of(String family, int n, Map<String, String> params) {
        if (!wholeClasses(family, n, params)) {
            return Optional.empty();
        }
        List<int[]> out = new ArrayList<>();
        switch (family) {
            case "all_transpositions", "increasing_k_cycles" -> out.add(cycleOf(2, n));
            case "three_cycles" -> out.add(cycleOf(3, n));
            case "all_cycles" -> {
                for (int k = 2; k <= n; k++) {
                    out.add(cycleOf(k, n));
                }
            }
            case "involutive_derangements" -> {
                int[] type = new int[n / 2];
                java.util.Arrays.fill(type, 2);
                out.add(type);
            }
            case "derangements" -> partitionsWithoutOnes(n, n, new int[n], 0, out);
            case "conjugacy_classes" -> {
                for (ConjugacyClassFamilies.CycleType t
                        : ConjugacyClassFamilies.parseClasses(params.get("classes"), n)) {
                    out.add(t.lengths());
                }
            }
            default -> throw new IllegalStateException(family);
        }
        return Optional.of(out);
    }

    /** Whether some parameters and n make the family's generators whole classes (for hints). */
    static boolean mayBeWholeClasses(String family) {
        return switch (family) {
            case "all_transpositions", "increasing_k_cycles", "three_cycles", "all_cycles",
                 "involutive_derangements", "derangements", "conjugacy_classes" -> true;
            default -> false;
        };
    }

    /** The cycle type of a k-cycle on n points: [k, 1, ..., 1]. */
    private static int[] cycleOf(int k, int n) {
        int[] type = new int[n - k + 1];
        java.util.Arrays.fill(type, 1);
        type[0] = k;
        return type;
    }

    /** Partitions of {@code left} into parts of 2..max, appended after {@code a[0..len)}. */
    private static void partitionsWithoutOnes(int left, int max, int[] a, int len, List<int[]> out) {
        if (left == 0) {
            out.add(java.util.Arrays.copyOf(a, len));
            return;
        }
        for (int part = Math.min(left, max); part >= 2; part--) {
            a[len] = part;
            partitionsWithoutOnes(left - part, part, a, len + 1, out);
        }
    }
}
