package org.cayleyj.catalog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.perm.Permutation;

/**
 * Generator sets picked by cycle type or at random: the reference's {@code conjugacy_classes(n, classes)} and
 * {@code rand_generators(n, k)} (spec {@code catalog.md} §1).
 *
 * <p>Random choices use {@link java.util.Random} with the {@code seed} parameter, so a given seed always gives the
 * same generators (on every JVM); they are not the reference's numpy/Python random draws, which cannot be
 * reproduced anyway.
 */
public final class ConjugacyClassFamilies {
    private ConjugacyClassFamilies() {
    }

    private static final ParamSpec CLASSES = new ParamSpec("classes",
            "cycle types separated by ';', each LENGTHS[:all|:COUNT], e.g. \"2,2:all;3:all\" or \"3:5\" "
                    + "(5 random 3-cycles); missing lengths are fixed points", null);
    private static final ParamSpec SEED = new ParamSpec("seed", "seed of the random choices (java.util.Random)", "0");
    private static final ParamSpec RAND_K = new ParamSpec("k", "number of distinct random permutations (1 <= k <= n!)", null);

    /** All families of this class, in catalog order. */
    public static List<Family> all() {
        return List.of(
                new PermutationFamily("conjugacy_classes",
                        "permutations of given cycle types: --param classes=\"2,2:all;3:5\" takes every (2,2) and 5 random "
                                + "(3) permutations (seeded by seed); LENGTHS:all (or just LENGTHS) means the whole class, "
                                + "in the reference's order; names (3,1)_1, ...", 1,
                        List.of(CLASSES, SEED), ConjugacyClassFamilies::conjugacyClasses),
                new PermutationFamily("rand_generators",
                        "k distinct random permutations (repeated shuffles, seeded by seed); directed in general", 1,
                        List.of(RAND_K, SEED), ConjugacyClassFamilies::randGenerators));
    }

    /**
     * One entry of the {@code classes} parameter.
     *
     * @param lengths cycle lengths padded with 1s to sum n, sorted descending (the reference's naming order)
     * @param count   how many random permutations, or -1 for the whole class
     */
    record CycleType(int[] lengths, int count) {
        String label() {
            return "(" + FamilySupport.join(lengths, ",") + ")";
        }
    }

    /**
     * Parses {@code classes}: entries separated by {@code ;}, each {@code LENGTHS[:all|:COUNT]} with LENGTHS the
     * comma-separated cycle lengths (parentheses and a trailing comma, as in Python's {@code (3,)}, are tolerated;
     * {@code None} is a synonym of {@code all}).
     */
    static List<CycleType> parseClasses(String text, int n) {
        List<CycleType> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cleaned = text.replaceAll("\\s", "");
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("conjugacy_classes needs at least one cycle type, e.g. --param classes=\"3:all\"");
        }
        for (String entry : cleaned.split(";", -1)) {
            if (entry.isEmpty()) {
                throw new InvalidInputException("empty entry in classes '" + text + "'; separate cycle types with ';'");
            }
            int colon = entry.indexOf(':');
            String lengthsText = colon < 0 ? entry : entry.substring(0, colon);
            String countText = colon < 0 ? "all" : entry.substring(colon + 1);
            List<Integer> lengths = new ArrayList<>();
            int sum = 0;
            for (String tok : lengthsText.replace("(", "").replace(")", "").split(",", -1)) {
                if (tok.isEmpty()) {
                    continue;
                }
                int len;
                try {
                    len = Integer.parseInt(tok);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("bad cycle length '" + tok + "' in classes entry '" + entry
                            + "'; expected e.g. 2,2:all or 3:5");
                }
                if (len < 1) {
                    throw new InvalidInputException("cycle lengths must be positive, got " + len + " in '" + entry + "'");
                }
                if (len > n - sum) { // sum + len could overflow
                    throw new InvalidInputException("cycle lengths of '" + entry + "' add up to more than n=" + n);
                }
                sum += len;
                if (sum > n) {
                    throw new InvalidInputException("cycle lengths of '" + entry + "' add up to more than n=" + n);
                }
                lengths.add(len);
            }
            if (lengths.isEmpty()) {
                throw new InvalidInputException("classes entry '" + entry + "' has no cycle lengths");
            }
            while (sum < n) {
                lengths.add(1);
                sum++;
            }
            int[] sorted = new int[lengths.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = lengths.get(i);
            }
            Arrays.sort(sorted);
            for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
                int t = sorted[i];
                sorted[i] = sorted[j];
                sorted[j] = t;
            }
            int count;
            if (countText.equalsIgnoreCase("all") || countText.equalsIgnoreCase("none")) {
                count = -1;
            } else {
                try {
                    count = Integer.parseInt(countText);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("bad count '" + countText + "' in classes entry '" + entry
                            + "'; expected 'all' or a positive number");
                }
                if (count < 1) {
                    throw new InvalidInputException("the count in classes entry '" + entry + "' must be positive");
                }
            }
            CycleType type = new CycleType(sorted, count);
            if (!seen.add(type.label())) {
                throw new InvalidInputException("cycle type " + type.label() + " is given twice in classes '" + text + "'");
            }
            out.add(type);
        }
        return out;
    }

    /** Size of the conjugacy class of S_n with these cycle lengths (summing to n): n! / prod(k^m_k m_k!). */
    static BigInteger classSize(int n, int[] lengths) {
        int[] mult = new int[n + 1];
        for (int len : lengths) {
            mult[len]++;
        }
        BigInteger denominator = BigInteger.ONE;
        for (int k = 1; k <= n; k++) {
            denominator = denominator.multiply(BigInteger.valueOf(k).pow(mult[k])).multiply(FamilySupport.factorial(mult[k]));
        }
        return FamilySupport.factorial(n).divide(denominator);
    }

    /**
     * {@code conjugacy_classes(n, classes)}: for each cycle type, in the given order, either every permutation of
     * that type, in the reference's backtracking order (the cycle through the smallest unused element first, its
     * length in ascending order among the lengths left, its other elements in combinations order, their order in
     * permutations order), or {@code count} random ones (a shuffled identity cut into cycles of the lengths in
     * descending order, as {@code partition_to_permutation(lengths, True)}). Names {@code (l1,l2,...)_i}.
     */
    public static List<Generator> conjugacyClasses(int n, Params params) {
        List<CycleType> types = parseClasses(params.getString("classes"), n);
        long seed = params.getLong("seed");
        BigInteger total = BigInteger.ZERO;
        for (CycleType t : types) {
            total = total.add(t.count() < 0 ? classSize(n, t.lengths()) : BigInteger.valueOf(t.count()));
        }
        FamilySupport.checkGeneratorCount("conjugacy_classes", total, n);
        Random random = new Random(seed);
        List<Generator> out = new ArrayList<>();
        for (CycleType t : types) {
            String label = t.label();
            if (t.count() < 0) {
                List<int[]> perms = new ArrayList<>();
                int[] mult = new int[n + 1];
                for (int len : t.lengths()) {
                    mult[len]++;
                }
                enumerateClass(PermutationFamilies.identity(n), PermutationFamilies.identity(n), mult, perms);
                for (int i = 0; i < perms.size(); i++) {
                    out.add(new Generator(label + "_" + (i + 1), Permutation.of(perms.get(i))));
                }
            } else {
                for (int i = 0; i < t.count(); i++) {
                    out.add(new Generator(label + "_" + (i + 1), Permutation.of(randomOfType(n, t.lengths(), random))));
                }
            }
        }
        return out;
    }

    /**
     * Appends every permutation whose remaining cycles (multiplicities {@code mult} by length) cover the elements
     * {@code available} (sorted), completing {@code p}.
     */
    private static void enumerateClass(int[] available, int[] p, int[] mult, List<int[]> out) {
        if (available.length == 0) {
            out.add(p.clone());
            return;
        }
        int s = available[0];
        int others = available.length - 1;
        for (int k = 1; k < mult.length; k++) {
            if (mult[k] == 0 || k - 1 > others) {
                continue;
            }
            mult[k]--;
            int[] pick = CycleFamilies.firstCombination(k - 1);
            do {
                int[] rest = new int[k - 1];
                for (int i = 0; i < rest.length; i++) {
                    rest[i] = available[1 + pick[i]];
                }
                int[] left = new int[others - (k - 1)];
                int pos = 0;
                int pi = 0;
                for (int i = 0; i < others; i++) {
                    if (pi < pick.length && pick[pi] == i) {
                        pi++;
                    } else {
                        left[pos++] = available[1 + i];
                    }
                }
                do {
                    int cur = s;
                    for (int v : rest) {
                        p[cur] = v;
                        cur = v;
                    }
                    p[cur] = s;
                    enumerateClass(left, p, mult, out);
                } while (CycleFamilies.nextPermutation(rest));
            } while (k - 1 > 0 && CycleFamilies.nextCombination(pick, others));
            mult[k]++;
        }
    }

    /** A shuffled identity cut into consecutive cycles of the given lengths. */
    private static int[] randomOfType(int n, int[] lengths, Random random) {
        int[] elements = PermutationFamilies.identity(n);
        shuffle(elements, random);
        int[] p = new int[n];
        int idx = 0;
        for (int size : lengths) {
            for (int i = 0; i < size; i++) {
                p[elements[idx + i]] = elements[idx + (i + 1) % size];
            }
            idx += size;
        }
        return p;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * {@code rand_generators(n, k)}: k distinct permutations obtained by shuffling one array over and over (each
     * shuffle starting from the previous result) and keeping the new ones, named {@code (a,b,...)} after their
     * one-line form.
     */
    public static List<Generator> randGenerators(int n, Params params) {
        int k = params.getInt("k");
        if (k < 1) {
            throw new InvalidInputException("rand_generators needs k >= 1, got k=" + k);
        }
        if (BigInteger.valueOf(k).compareTo(FamilySupport.factorial(n)) > 0) {
            throw new InvalidInputException("rand_generators needs k <= n! = " + FamilySupport.factorial(n)
                    + " distinct permutations, got k=" + k);
        }
        FamilySupport.checkGeneratorCount("rand_generators", BigInteger.valueOf(k), n);
        Random random = new Random(params.getLong("seed"));
        int[] perm = PermutationFamilies.identity(n);
        Set<Permutation> seen = new HashSet<>();
        List<Generator> out = new ArrayList<>(k);
        while (out.size() < k) {
            shuffle(perm, random);
            Permutation p = Permutation.of(perm);
            if (seen.add(p)) {
                out.add(new Generator("(" + FamilySupport.join(perm, ",") + ")", p));
            }
        }
        return out;
    }
}
