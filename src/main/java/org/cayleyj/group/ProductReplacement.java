package org.cayleyj.group;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Nearly uniform random elements of a permutation group by product replacement with an accumulator ("rattle"):
 * a few slots start as copies of the generators; each step replaces a random slot by its product with another and
 * multiplies the accumulator by it. Elements fix {@code [0, from)} pointwise and only {@code [from, n)} is touched.
 */
final class ProductReplacement {
    private final int[][] slots;
    private int[] acc;
    private int[] scratch;
    private final SplittableRandom random;
    private final int from;

    /**
     * @param gens     generators (at least one); not modified
     * @param from     every generator fixes {@code [0, from)} pointwise
     * @param minSlots at least this many slots (and at least one per generator, plus two)
     * @param scramble initial steps discarded
     */
    ProductReplacement(List<int[]> gens, int n, int from, int minSlots, SplittableRandom random, int scramble) {
        if (gens.isEmpty()) {
            throw new IllegalArgumentException("no generators");
        }
        this.random = random;
        this.from = from;
        int count = Math.max(minSlots, gens.size() + 2);
        slots = new int[count][];
        for (int i = 0; i < count; i++) {
            slots[i] = gens.get(i % gens.size()).clone();
        }
        acc = Perms.identity(n);
        scratch = Perms.identity(n);
        for (int i = 0; i < scramble; i++) {
            step();
        }
    }

    /** Default scramble length for {@code slots} slots. */
    static int defaultScramble(int gens, int minSlots) {
        return 4 * Math.max(minSlots, gens + 2) + 40;
    }

    private void step() {
        final int k = slots.length;
        final int i = random.nextInt(k);
        int j = random.nextInt(k - 1);
        if (j >= i) {
            j++;
        }
        if (random.nextBoolean()) {
            Perms.compose(slots[i], slots[j], scratch, from);
        } else {
            Perms.compose(slots[j], slots[i], scratch, from);
        }
        int[] t = slots[i];
        slots[i] = scratch;
        scratch = t;
        Perms.compose(acc, slots[i], scratch, from);
        t = acc;
        acc = scratch;
        scratch = t;
    }

    /** The next random element, as a new array. */
    int[] next() {
        step();
        int[] out = acc.clone();
        for (int x = 0; x < from; x++) {
            out[x] = x;
        }
        return out;
    }
}
