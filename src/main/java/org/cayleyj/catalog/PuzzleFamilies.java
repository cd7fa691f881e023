package org.cayleyj.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;

/**
 * The puzzle families of the reference library ({@code Puzzles.rubik_cube}, {@code globe_puzzle},
 * {@code hungarian_rings}), defined exactly as in spec catalog.md section 3. The fixed puzzles with explicit move
 * tables (mini_pyramorphix, pyraminx, megaminx, ...) are third-party data and are loaded from files instead
 * ({@link PuzzleFiles}).
 */
public final class PuzzleFamilies {
    private PuzzleFamilies() {
    }

    /** Largest value of a size parameter (ring size, globe a or b); the entry limit applies on top. */
    static final int MAX_PARAM = 1 << 20;

    /** All families of this class, in catalog order. */
    public static List<Family> all() {
        return List.of(
                new PuzzleFamily("rubik_cube", "NxNxN Rubik's cube (-n N) on 6N^2 stickers, central = face colours;"
                        + " metric QSTM, QTM, HTM, ATM, fixed_QTM or fixed_HTM (N=2)", 2, true,
                        List.of(new ParamSpec("metric", "QSTM, QTM, HTM, ATM, fixed_QTM or fixed_HTM (the last two"
                                + " only for N=2); the reference has no default", RubikCube.DEFAULT_METRIC)),
                        RubikCube::build),
                new PuzzleFamily("globe_puzzle", "globe puzzle on 2b(a+1) positions: row shifts r0..ra (with inverses)"
                        + " and 2b half-turn flips f0..f(2b-1); no -n", 0, false,
                        List.of(new ParamSpec("a", "a+1 rows (a >= 1)", null),
                                new ParamSpec("b", "2b columns (b >= 1)", null)),
                        (n, p) -> globe(p.getInt("a"), p.getInt("b"))),
                new PuzzleFamily("hungarian_rings", "two intersecting rings rotated both ways (L, R, -L, -R); no -n",
                        0, false,
                        List.of(new ParamSpec("left_size", "positions on the left ring (>= 2)", null),
                                new ParamSpec("left_index", "second intersection on the left ring"
                                        + " (0 for one intersection, else 1..left_size/2)", null),
                                new ParamSpec("right_size", "positions on the right ring (>= 2)", null),
                                new ParamSpec("right_index", "second intersection on the right ring"
                                        + " (0 iff left_index is 0, else 1..right_size/2)", null)),
                        (n, p) -> hungarianRings(p.getInt("left_size"), p.getInt("left_index"),
                                p.getInt("right_size"), p.getInt("right_index"))));
    }

    /**
     * The central state of a colouring (colours 0..k-1): {@code identity} when every position has its own colour in
     * order, else a symbol string such as {@code 000011112222} (up to 10 colours) or a list {@code [0,0,1,...]}.
     */
    public static CentralState colouring(int[] colours) {
        boolean identity = true;
        int max = 0;
        for (int i = 0; i < colours.length; i++) {
            identity &= colours[i] == i;
            max = Math.max(max, colours[i]);
        }
        if (identity) {
            return CentralState.identity(colours.length);
        }
        // The same state CentralState.parse would make of the text (codes = colours, labels their decimal names),
        // built directly: parsing thousands of labels is slow.
        String[] labels = new String[max + 1];
        for (int c = 0; c <= max; c++) {
            labels[c] = Integer.toString(c);
        }
        StringBuilder sb = new StringBuilder();
        boolean compact = max < 10;
        sb.append(compact ? "" : "[");
        for (int i = 0; i < colours.length; i++) {
            if (colours[i] < 0) {
                throw new IllegalArgumentException("negative colour " + colours[i]);
            }
            sb.append(compact || i == 0 ? "" : ",").append(colours[i]);
        }
        sb.append(compact ? "" : "]");
        java.util.BitSet used = new java.util.BitSet();
        for (int c : colours) {
            used.set(c);
        }
        if (used.cardinality() != max + 1) {
            throw new IllegalArgumentException("colours must be 0..k-1 without gaps");
        }
        return new CentralState(new int[][] {colours.clone()}, labels, compact, sb.toString());
    }

    private static void checkRange(String family, String what, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw new InvalidInputException(family + " needs " + lo + " <= " + what + " <= " + hi + ", got " + what
                    + "=" + value);
        }
    }

    /**
     * {@code globe_puzzle(a, b)}: grid of a+1 rows and 2b columns (index row*2b + col). r_i shifts row i left, r_i_inv
     * right; f_j swaps, for each row pair (i, a-i) with i < (a+1)/2, the b columns from j on (cyclically) of row i with
     * those of row a-i in reverse column order. Order r0, r0_inv, ..., ra, ra_inv, f0..f(2b-1).
     */
    public static PermutationGraph globe(int a, int b) {
        checkRange("globe_puzzle", "a", a, 1, MAX_PARAM);
        checkRange("globe_puzzle", "b", b, 1, MAX_PARAM);
        int cols = 2 * b;
        long size = 2L * b * (a + 1);
        PuzzleFamily.checkSize("globe_puzzle a=" + a + " b=" + b, 2L * (a + 1) + cols, size);
        int n = (int) size;
        List<Generator> gens = new ArrayList<>();
        for (int row = 0; row <= a; row++) {
            int[] p = PermutationFamilies.identity(n);
            for (int c = 0; c < cols; c++) {
                p[row * cols + c] = row * cols + (c + 1) % cols;
            }
            Permutation r = Permutation.of(p);
            gens.add(new Generator("r" + row, r));
            gens.add(new Generator("r" + row + "_inv", r.inverse()));
        }
        for (int j = 0; j < cols; j++) {
            int[] p = PermutationFamilies.identity(n);
            for (int i = 0; i < (a + 1) / 2; i++) {
                int[] block1 = new int[b];
                int[] block2 = new int[b];
                for (int t = 0; t < b; t++) {
                    block1[t] = i * cols + (j + t) % cols;
                    block2[t] = (a - i) * cols + (j + t) % cols;
                }
                for (int t = 0; t < b; t++) {
                    int x = block1[t];
                    int y = block2[b - 1 - t];
                    int tmp = p[x];
                    p[x] = p[y];
                    p[y] = tmp;
                }
            }
            gens.add(new Generator("f" + j, Permutation.of(p)));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("a", Integer.toString(a));
        params.put("b", Integer.toString(b));
        return PermutationGraph.of("globe_puzzle", params, n, gens);
    }

    /** {@code circular_shift(items, s) = items[s:] + items[:s]} (s taken modulo the length). */
    private static List<Integer> circularShift(List<Integer> items, int step) {
        int m = items.size();
        int s = Math.floorMod(step, m);
        List<Integer> out = new ArrayList<>(items.subList(s, m));
        out.addAll(items.subList(0, s));
        return out;
    }

    /**
     * {@code hungarian_rings(left_size, left_index, right_size, right_index)}: the left ring is positions
     * 0..left_size-1; the right ring shares position 0 and, with two intersections, position left_index. Generators
     * L, R (rotation by one step) and -L, -R (the other way) where those differ from L, R.
     */
    public static PermutationGraph hungarianRings(int leftSize, int leftIndex, int rightSize, int rightIndex) {
        String fam = "hungarian_rings";
        checkRange(fam, "left_size", leftSize, 2, MAX_PARAM);
        checkRange(fam, "right_size", rightSize, 2, MAX_PARAM);
        checkRange(fam, "left_index", leftIndex, 0, leftSize / 2);
        checkRange(fam, "right_index", rightIndex, 0, rightSize / 2);
        if ((leftIndex == 0) != (rightIndex == 0)) {
            throw new InvalidInputException(fam + ": left_index and right_index must both be 0 (one intersection)"
                    + " or both be positive (two intersections), got left_index=" + leftIndex + " right_index="
                    + rightIndex);
        }
        int intersections = leftIndex == 0 ? 1 : 2;
        int full = leftSize + rightSize - intersections;
        PuzzleFamily.checkSize(fam, 4, full);
        List<Integer> rightRing = new ArrayList<>();
        rightRing.add(0);
        if (intersections == 2) {
            int second = leftSize + rightSize - rightIndex - 1;
            for (int i = leftSize; i < second; i++) {
                rightRing.add(i);
            }
            rightRing.add(leftIndex);
            if (rightIndex > 1) {
                for (int i = second; i < full; i++) {
                    rightRing.add(i);
                }
            }
        } else {
            for (int i = leftSize; i < full; i++) {
                rightRing.add(i);
            }
        }
        if (rightRing.size() != rightSize) {
            throw new IllegalStateException("right ring of size " + rightRing.size() + " for right_size " + rightSize);
        }
        Permutation l = leftRotation(leftSize, full, 1);
        Permutation r = rightRotation(leftSize, leftIndex, rightIndex, intersections, rightRing, 1);
        Permutation lBack = leftRotation(leftSize, full, -1);
        Permutation rBack = rightRotation(leftSize, leftIndex, rightIndex, intersections, rightRing, -1);
        List<Generator> gens = new ArrayList<>(List.of(new Generator("L", l), new Generator("R", r)));
        if (!lBack.equals(l)) {
            gens.add(new Generator("-L", lBack));
        }
        if (!rBack.equals(r)) {
            gens.add(new Generator("-R", rBack));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("left_size", Integer.toString(leftSize));
        params.put("left_index", Integer.toString(leftIndex));
        params.put("right_size", Integer.toString(rightSize));
        params.put("right_index", Integer.toString(rightIndex));
        return PermutationGraph.of(fam, params, full, gens);
    }

    private static Permutation leftRotation(int leftSize, int full, int step) {
        List<Integer> ring = new ArrayList<>();
        for (int i = 0; i < leftSize; i++) {
            ring.add(i);
        }
        int[] p = PermutationFamilies.identity(full);
        List<Integer> shifted = circularShift(ring, step);
        for (int i = 0; i < leftSize; i++) {
            p[i] = shifted.get(i);
        }
        return Permutation.of(p);
    }

    private static Permutation rightRotation(int leftSize, int leftIndex, int rightIndex, int intersections,
                                             List<Integer> rightRing, int step) {
        List<Integer> shifted = circularShift(rightRing, step);
        int first = shifted.remove(0);
        Integer second = null;
        if (intersections == 2) {
            second = shifted.remove(shifted.size() - rightIndex);
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < leftSize; i++) {
            result.add(i);
        }
        result.addAll(shifted);
        result.set(0, first);
        if (second != null) {
            result.set(leftIndex, second);
        }
        return Permutation.of(result.stream().mapToInt(Integer::intValue).toArray());
    }
}
