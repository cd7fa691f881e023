package org.cayleyj.testing;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * Independent distances to the central state for small graphs (at most 16 positions, 16 symbols): a plain BFS over
 * int arrays along the inverse generators, keyed by a 4-bit-per-position code. Shares no code with the engines.
 */
public final class Distances {
    private final PermutationGraph def;
    private final LongIntHashMap distance = new LongIntHashMap();

    public Distances(PermutationGraph def) {
        this.def = def;
        int n = def.stateSize();
        List<Generator> gens = def.generators();
        int[][] inverse = new int[gens.size()][];
        for (int g = 0; g < inverse.length; g++) {
            inverse[g] = gens.get(g).permutation().inverse().toArray();
        }
        int[] central = def.central().codes();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        distance.put(key(central), 0);
        queue.add(central);
        while (!queue.isEmpty()) {
            int[] s = queue.poll();
            int d = distance.get(key(s));
            for (int[] p : inverse) {
                int[] t = new int[n];
                for (int i = 0; i < n; i++) {
                    t[i] = s[p[i]];
                }
                long k = key(t);
                if (!distance.containsKey(k)) {
                    distance.put(k, d + 1);
                    queue.add(t);
                }
            }
        }
    }

    public static long key(int[] codes) {
        long k = 0;
        for (int c : codes) {
            k = (k << 4) | c;
        }
        return k;
    }

    /** Distance from {@code codes} to the central state, or -1 when it cannot reach it. */
    public int of(int[] codes) {
        return distance.getIfAbsent(key(codes), -1);
    }

    public int size() {
        return distance.size();
    }

    /** Applies moves by name, {@code new[i] = old[p[i]]}. */
    public int[] apply(int[] codes, List<String> moves) {
        int[] cur = codes.clone();
        for (String m : moves) {
            Generator g = def.generators().stream().filter(x -> x.name().equals(m)).findFirst().orElseThrow(
                    () -> new AssertionError("unknown move " + m));
            int[] next = new int[cur.length];
            for (int i = 0; i < cur.length; i++) {
                next[i] = cur[g.permutation().get(i)];
            }
            cur = next;
        }
        return cur;
    }

    /** A uniformly random arrangement of the central state's symbols. */
    public static int[] shuffled(int[] central, Random random) {
        int[] a = central.clone();
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
