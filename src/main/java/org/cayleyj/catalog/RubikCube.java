package org.cayleyj.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;

/**
 * The NxNxN Rubik's cube of the reference ({@code Puzzles.rubik_cube(N, metric)}), generated from the sticker
 * geometry (spec catalog.md section 3.1). Stickers: faces U,F,R,B,L,D (0..5), index face*N^2 + row*N + col. The
 * central state colours each face: {@code [c for c in range(6) for _ in range(N*N)]}, so the graph is a coset graph.
 */
public final class RubikCube {
    private RubikCube() {
    }

    /** Metrics in the reference's order. */
    public static final List<String> METRICS = List.of("QSTM", "QTM", "HTM", "ATM", "fixed_QTM", "fixed_HTM");
    /** Default metric: the reference has none (metric is a required argument there); QTM is the usual one. */
    public static final String DEFAULT_METRIC = "QTM";

    private static final int U = 0;
    private static final int F = 1;
    private static final int R = 2;
    private static final int B = 3;
    private static final int L = 4;
    private static final int D = 5;

    /** The graph of {@code rubik_cube(n, metric)}. */
    public static PermutationGraph build(int n, Params params) {
        String metric = params.asMap().get("metric");
        List<Generator> gens = switch (metric) {
            case "QSTM" -> qstm(n);
            case "QTM" -> qtm(n);
            case "HTM" -> htm(n);
            case "ATM" -> atm(n);
            case "fixed_QTM" -> fixed(n, false);
            case "fixed_HTM" -> fixed(n, true);
            default -> throw new InvalidInputException("rubik_cube: unknown metric '" + metric + "'"
                    + suggestion(metric) + "; the metrics are " + String.join(", ", METRICS));
        };
        int[] colours = new int[6 * n * n];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = i / (n * n);
        }
        return new PermutationGraph("rubik_cube", params.asMap(), n, gens, PuzzleFamilies.colouring(colours));
    }

    private static String suggestion(String metric) {
        for (String m : METRICS) {
            if (m.equalsIgnoreCase(metric)) {
                return " (metric names are case-sensitive: did you mean " + m + "?)";
            }
        }
        return "";
    }

    /**
     * The 3N base moves f0..f(N-1), r0..r(N-1), d0..d(N-1) (quarter turns of one slice), in the reference's order.
     * The slice r_s is named r(N-1-s), as in the reference.
     */
    public static Map<String, Permutation> baseMoves(int n) {
        PuzzleFamily.checkSize("rubik_cube N=" + n, 9L * n, 6L * n * n); // HTM has the most: 9N
        Map<String, Permutation> moves = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            moves.put("f" + s, fMove(n, s));
        }
        for (int j = 0; j < n; j++) {
            moves.put("r" + j, rMove(n, n - 1 - j));
        }
        for (int s = 0; s < n; s++) {
            moves.put("d" + s, dMove(n, s));
        }
        return moves;
    }

    private static int sticker(int n, int face, int row, int col) {
        return face * n * n + row * n + col;
    }

    /** Clockwise rotation of one face: cycles of (r,c) -> (c, N-1-r), length-1 cycles dropped. */
    private static List<int[]> rotateFaceCw(int n, int face) {
        List<int[]> cycles = new ArrayList<>();
        boolean[] done = new boolean[n * n];
        for (int r0 = 0; r0 < n; r0++) {
            for (int c0 = 0; c0 < n; c0++) {
                if (done[r0 * n + c0]) {
                    continue;
                }
                int[] cycle = new int[4];
                int len = 0;
                int r = r0;
                int c = c0;
                for (int t = 0; t < 4; t++) {
                    int idx = sticker(n, face, r, c);
                    boolean seen = false;
                    for (int u = 0; u < len; u++) {
                        seen |= cycle[u] == idx;
                    }
                    if (!seen) {
                        cycle[len++] = idx;
                    }
                    done[r * n + c] = true;
                    int nr = c;
                    c = n - 1 - r;
                    r = nr;
                }
                if (len > 1) {
                    cycles.add(java.util.Arrays.copyOf(cycle, len));
                }
            }
        }
        return cycles;
    }

    private static List<int[]> reversed(List<int[]> cycles) {
        List<int[]> out = new ArrayList<>(cycles.size());
        for (int[] c : cycles) {
            int[] r = new int[c.length];
            for (int i = 0; i < c.length; i++) {
                r[i] = c[c.length - 1 - i];
            }
            out.add(r);
        }
        return out;
    }

    private static Permutation fMove(int n, int s) {
        List<int[]> cycles = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            cycles.add(new int[] {sticker(n, L, n - 1 - k, n - 1 - s), sticker(n, D, s, n - 1 - k),
                    sticker(n, R, k, s), sticker(n, U, n - 1 - s, k)});
        }
        if (s == 0) {
            cycles.addAll(reversed(rotateFaceCw(n, F)));
        }
        if (s == n - 1) {
            cycles.addAll(rotateFaceCw(n, B));
        }
        return fromCycles(n, cycles);
    }

    private static Permutation rMove(int n, int s) {
        List<int[]> cycles = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            cycles.add(new int[] {sticker(n, U, k, s), sticker(n, F, k, s), sticker(n, D, k, s),
                    sticker(n, B, n - 1 - k, n - 1 - s)});
        }
        if (s == 0) {
            cycles.addAll(rotateFaceCw(n, L));
        }
        if (s == n - 1) {
            cycles.addAll(reversed(rotateFaceCw(n, R)));
        }
        return fromCycles(n, cycles);
    }

    private static Permutation dMove(int n, int s) {
        List<int[]> cycles = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            cycles.add(new int[] {sticker(n, F, n - 1 - s, k), sticker(n, L, n - 1 - s, k),
                    sticker(n, B, n - 1 - s, k), sticker(n, R, n - 1 - s, k)});
        }
        if (s == 0) {
            cycles.addAll(reversed(rotateFaceCw(n, D)));
        }
        if (s == n - 1) {
            cycles.addAll(rotateFaceCw(n, U));
        }
        return fromCycles(n, cycles);
    }

    /** p[c_i] = c_(i+1 mod len) for every cycle. */
    private static Permutation fromCycles(int n, List<int[]> cycles) {
        int[] p = PermutationFamilies.identity(6 * n * n);
        for (int[] c : cycles) {
            for (int i = 0; i < c.length; i++) {
                p[c[i]] = c[(i + 1) % c.length];
            }
        }
        return Permutation.of(p);
    }

    /** QSTM: every base move and its inverse, named m and m_inv: 6N generators. */
    public static List<Generator> qstm(int n) {
        List<Generator> out = new ArrayList<>();
        baseMoves(n).forEach((name, p) -> {
            out.add(new Generator(name, p));
            out.add(new Generator(name + "_inv", p.inverse()));
        });
        return out;
    }

    /** Base moves without the middle slice (odd N), as the reference's get_qtm_metric_moves. */
    private static Map<String, Permutation> outerMoves(int n) {
        Map<String, Permutation> moves = baseMoves(n);
        if (n % 2 == 1) {
            int centre = (n - 1) / 2;
            moves.keySet().removeIf(name -> Integer.parseInt(name.substring(1)) == centre);
        }
        return moves;
    }

    /** QTM: base moves except the middle slices of odd cubes, each with its inverse (m, m'). */
    public static List<Generator> qtm(int n) {
        List<Generator> out = new ArrayList<>();
        outerMoves(n).forEach((name, p) -> {
            out.add(new Generator(name, p));
            out.add(new Generator(name + "'", p.inverse()));
        });
        return out;
    }

    /** HTM: the QTM moves with their half turns, in the reference's order m, m', m^2. */
    public static List<Generator> htm(int n) {
        List<Generator> out = new ArrayList<>();
        outerMoves(n).forEach((name, p) -> {
            out.add(new Generator(name, p));
            out.add(new Generator(name + "'", p.inverse()));
            out.add(new Generator(name + "^2", p.then(p)));
        });
        return out;
    }

    /**
     * ATM: per axis X (r slices), Y (d slices), Z (f slices), every assignment of {none, cw, ccw} to the N slices
     * except all-none, in lexicographic order; slices composed left to right. 3(3^N - 1) generators.
     */
    public static List<Generator> atm(int n) {
        long count = 3;
        for (int i = 0; i < n && count <= PuzzleFamily.MAX_ENTRIES; i++) {
            count *= 3;
        }
        PuzzleFamily.checkSize("rubik_cube ATM N=" + n, count - 3, 6L * n * n);
        Map<String, Permutation> base = baseMoves(n);
        List<Generator> out = new ArrayList<>();
        for (String axis : List.of("X", "Y", "Z")) {
            String prefix = switch (axis) {
                case "X" -> "r";
                case "Y" -> "d";
                default -> "f";
            };
            Permutation[] cw = new Permutation[n];
            Permutation[] ccw = new Permutation[n];
            for (int i = 0; i < n; i++) {
                cw[i] = base.get(prefix + i);
                ccw[i] = cw[i].inverse();
            }
            int[] combo = new int[n];
            while (increment(combo)) {
                Permutation cur = Permutation.identity(6 * n * n);
                StringBuilder name = new StringBuilder("axis_").append(axis);
                for (int i = 0; i < n; i++) {
                    if (combo[i] == 1) {
                        cur = cur.then(cw[i]);
                        name.append("_s").append(i).append("_cw");
                    } else if (combo[i] == 2) {
                        cur = cur.then(ccw[i]);
                        name.append("_s").append(i).append("_ccw");
                    }
                }
                out.add(new Generator(name.toString(), cur));
            }
        }
        return out;
    }

    /** Next tuple of {0,1,2}^n in lexicographic order (last digit fastest); false after the last one. */
    private static boolean increment(int[] combo) {
        for (int i = combo.length - 1; i >= 0; i--) {
            if (combo[i] < 2) {
                combo[i]++;
                return true;
            }
            combo[i] = 0;
        }
        return false;
    }

    /** The fixed-corner 2x2x2: moves f0, r1, d0 as explicit cycles; QTM [m, m'], HTM [m, m', m^2]. */
    public static List<Generator> fixed(int n, boolean half) {
        if (n != 2) {
            throw new InvalidInputException("rubik_cube: metric " + (half ? "fixed_HTM" : "fixed_QTM")
                    + " exists only for N=2, got N=" + n);
        }
        Map<String, Permutation> moves = new LinkedHashMap<>();
        moves.put("f0", Permutation.fromCycles(24, new int[] {2, 19, 21, 8}, new int[] {3, 17, 20, 10},
                new int[] {4, 6, 7, 5}));
        moves.put("r1", Permutation.fromCycles(24, new int[] {1, 5, 21, 14}, new int[] {3, 7, 23, 12},
                new int[] {8, 10, 11, 9}));
        moves.put("d0", Permutation.fromCycles(24, new int[] {6, 18, 14, 10}, new int[] {7, 19, 15, 11},
                new int[] {20, 22, 23, 21}));
        List<Generator> out = new ArrayList<>();
        moves.forEach((name, p) -> {
            out.add(new Generator(name, p));
            out.add(new Generator(name + "'", p.inverse()));
            if (half) {
                out.add(new Generator(name + "^2", p.then(p)));
            }
        });
        return out;
    }
}
