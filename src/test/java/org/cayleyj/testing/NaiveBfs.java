package org.cayleyj.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;

/** A deliberately simple BFS over int[] states in a hash set: the oracle for engine tests. */
public final class NaiveBfs {
    private NaiveBfs() {
    }

    public static long[] growth(PermutationGraph def, int maxLayers) {
        int[] start = def.central().codes();
        Set<List<Integer>> seen = new HashSet<>();
        List<int[]> layer = new ArrayList<>();
        layer.add(start);
        seen.add(key(start));
        List<Long> sizes = new ArrayList<>();
        sizes.add(1L);
        while (!layer.isEmpty() && (maxLayers < 0 || sizes.size() - 1 < maxLayers)) {
            List<int[]> next = new ArrayList<>();
            for (int[] s : layer) {
                for (Generator g : def.generators()) {
                    int[] t = g.permutation().apply(s);
                    if (seen.add(key(t))) {
                        next.add(t);
                    }
                }
            }
            if (!next.isEmpty()) {
                sizes.add((long) next.size());
            }
            layer = next;
        }
        return sizes.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<Integer> key(int[] s) {
        return Arrays.stream(s).boxed().toList();
    }
}
