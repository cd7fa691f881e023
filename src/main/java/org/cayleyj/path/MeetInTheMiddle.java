package org.cayleyj.path;

import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.StateSpace;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * Bidirectional BFS for spaces too big to tabulate: layers grow from the state (along the generators) and from the
 * central state (along their inverses), always the side with the smaller frontier, one whole layer at a time. Each
 * side keeps every state it reached with its predecessor.
 *
 * <p>When a layer of one side (depth a+1) first touches the other side (explored to depth b), the distance is exactly
 * the least a+1+d over the states touched, d being their depth on the other side: nothing shorter exists, since it
 * would have met at depth a or less. If the stored states reach the limit first, the result is a lower bound
 * a+b+1 (and, if the last partial layer met the other side, a word no longer than needed so far).
 *
 * <p>States must be one packed word (permutations up to n=16, cosets up to 64 binary positions).
 */
public final class MeetInTheMiddle {
    private static final int BATCH = 1024;

    private final StateSpace forward;
    private final StateSpace backward;
    private final long maxStates;
    private final long central;

    /**
     * @param forward   the graph's space
     * @param backward  the same graph with every generator inverted (the forward space itself when undirected)
     * @param maxStates most states both sides may store together
     */
    public MeetInTheMiddle(StateSpace forward, StateSpace backward, long maxStates) {
        if (forward.wordsPerState() != 1 || backward.wordsPerState() != 1) {
            throw new InvalidInputException("meet-in-the-middle needs states of one packed word (permutations up to "
                    + "n=16); this space takes " + forward.wordsPerState() + " words: use --method beam");
        }
        if (forward.startCount() != 1) {
            throw new InvalidInputException("meet-in-the-middle needs a single central state");
        }
        if (maxStates < 2) {
            throw new InvalidInputException("--max-states must be at least 2");
        }
        this.forward = forward;
        this.backward = backward;
        this.maxStates = maxStates;
        long[] one = new long[1];
        forward.writeStart(0, one, 0);
        this.central = one[0];
    }

    /** Bytes a search storing {@code states} states needs at most (hash maps at their fullest, plus frontiers). */
    public static long bytesFor(long states) {
        return states * 48L;
    }

    /** Searches a word from {@code state} to the central state; stops at {@code deadlineNanos} (System.nanoTime). */
    public PathResult solve(long state, long deadlineNanos) {
        final long t0 = System.nanoTime();
        if (state == central) {
            return PathResult.optimal(new int[0], "mitm", 1, t0);
        }
        Side f = new Side(forward, state);
        Side b = new Side(backward, central);
        while (true) {
            long stored = (long) f.parent.size() + b.parent.size();
            if (stored >= maxStates || System.nanoTime() - deadlineNanos > 0) {
                return new PathResult(PathResult.Status.NOT_FOUND, null, f.depth + b.depth + 1, "mitm", stored,
                        System.nanoTime() - t0);
            }
            boolean fromState = f.frontier.size() <= b.frontier.size();
            Side own = fromState ? f : b;
            Side other = fromState ? b : f;
            long meet = own.expandLayer(other, maxStates - b.parent.size() - f.parent.size() + own.parent.size(),
                    deadlineNanos);
            stored = (long) f.parent.size() + b.parent.size();
            if (own.bestMeet != Long.MIN_VALUE && !own.partial) {
                return PathResult.optimal(word(f, b, own.bestMeetState), "mitm", stored, t0);
            }
            if (own.partial) {
                int lower = f.depth + b.depth + 1;
                if (own.bestMeet != Long.MIN_VALUE) {
                    return new PathResult(PathResult.Status.FOUND, word(f, b, own.bestMeetState), lower, "mitm",
                            stored, System.nanoTime() - t0);
                }
                return new PathResult(PathResult.Status.NOT_FOUND, null, lower, "mitm", stored,
                        System.nanoTime() - t0);
            }
            if (own.frontier.isEmpty()) {
                // one side's whole orbit is explored without touching the other
                return new PathResult(PathResult.Status.UNREACHABLE, null, Integer.MAX_VALUE, "mitm", stored,
                        System.nanoTime() - t0);
            }
            if (meet < 0) {
                continue;
            }
        }
    }

    /** The word from the state to the central state through {@code meet}. */
    private int[] word(Side f, Side b, long meet) {
        IntArrayList word = new IntArrayList();
        // forward half: the chain meet <- ... <- state, replayed from the state
        LongArrayList chain = new LongArrayList();
        for (long x = meet; ; x = f.parent.get(x)) {
            chain.add(x);
            if (f.parent.get(x) == x) {
                break;
            }
        }
        long[] one = new long[1];
        long[] out = new long[forward.generatorCount()];
        for (int i = chain.size() - 1; i > 0; i--) {
            word.add(step(chain.get(i), chain.get(i - 1), one, out));
        }
        // backward half: meet -> parent -> ... -> central, each a forward generator
        for (long y = meet; b.parent.get(y) != y; y = b.parent.get(y)) {
            word.add(step(y, b.parent.get(y), one, out));
        }
        return word.toArray();
    }

    /** The forward generator taking {@code from} to {@code to}. */
    private int step(long from, long to, long[] one, long[] out) {
        one[0] = from;
        forward.expand(one, 0, 1, out, 0);
        for (int g = 0; g < out.length; g++) {
            if (out[g] == to) {
                return g;
            }
        }
        throw new IllegalStateException("no generator joins two consecutive states of a search");
    }

    /** One direction of the search. */
    private static final class Side {
        final StateSpace space;
        final LongLongHashMap parent = new LongLongHashMap();
        LongArrayList frontier = new LongArrayList();
        int depth;
        long bestMeet = Long.MIN_VALUE;
        long bestMeetState;
        boolean partial;
        final long[] in = new long[BATCH];
        final long[] out;

        Side(StateSpace space, long root) {
            this.space = space;
            this.out = new long[BATCH * space.generatorCount()];
            parent.put(root, root);
            frontier.add(root);
        }

        /** The depth of {@code x} on this side (its chain length to the root). */
        int depthOf(long x) {
            int d = 0;
            for (long y = x; parent.get(y) != y; y = parent.get(y)) {
                d++;
            }
            return d;
        }

        /**
         * Expands the whole frontier one layer, recording the best meeting with {@code other}; stops early
         * ({@link #partial}) once it stores {@code room} states or the deadline passes. Returns the best total found
         * or -1.
         */
        long expandLayer(Side other, long room, long deadlineNanos) {
            final int gens = space.generatorCount();
            final LongArrayList next = new LongArrayList();
            final int n = frontier.size();
            int best = Integer.MAX_VALUE;
            for (int from = 0; from < n && !partial; from += BATCH) {
                final int count = Math.min(BATCH, n - from);
                for (int i = 0; i < count; i++) {
                    in[i] = frontier.get(from + i);
                }
                space.expand(in, 0, count, out, 0);
                for (int i = 0; i < count; i++) {
                    final long p = in[i];
                    for (int g = 0; g < gens; g++) {
                        final long y = out[i * gens + g];
                        if (parent.containsKey(y)) {
                            continue;
                        }
                        parent.put(y, p);
                        next.add(y);
                        if (other.parent.containsKey(y)) {
                            int total = depth + 1 + other.depthOf(y);
                            if (total < best) {
                                best = total;
                                bestMeetState = y;
                            }
                        }
                    }
                }
                if (parent.size() >= room || ((from / BATCH) & 63) == 63 && System.nanoTime() - deadlineNanos > 0) {
                    partial = from + count < n;
                }
            }
            if (best != Integer.MAX_VALUE) {
                bestMeet = best;
            }
            if (!partial) {
                depth++;
                frontier = next;
            }
            return best == Integer.MAX_VALUE ? -1 : best;
        }
    }
}
