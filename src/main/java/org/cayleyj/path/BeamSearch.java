package org.cayleyj.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.perm.Permutation;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Beam search for spaces where exact search is hopeless: keep the {@code width} best states of each step by a
 * {@link Heuristic}, expand them all, never undo the move just made (non-backtracking) and never return to a state
 * kept before; stop at the central state. The word found is valid but not necessarily shortest.
 *
 * <p>Works on states of any number of words (the 40x40x40 cube's take 1920). Memory: the beam and its candidates
 * ({@code width * generators} states) with their hash set, checked against the heap before the search starts (a
 * one-line error names the widest beam that fits), plus 6 bytes per kept state per step for the way back and a hash
 * set of the kept states.
 */
public final class BeamSearch {
    /**
     * @param width         states kept per step
     * @param maxSteps      longest word tried
     * @param deadlineNanos stop at this {@link System#nanoTime()}
     */
    public record Options(int width, int maxSteps, long deadlineNanos) {
        public Options {
            if (width < 1 || width > (1 << 24)) {
                throw new InvalidInputException("--beam-width must be 1..16777216, got " + width);
            }
            if (maxSteps < 1) {
                throw new InvalidInputException("--max-steps must be positive, got " + maxSteps);
            }
        }
    }

    private final StateSpace space;
    private final Heuristic heuristic;
    private final int words;
    private final int gens;
    private final int[] inverseOf;
    private final StateSet goals;

    /**
     * @param space     the graph's space
     * @param heuristic scores states (lower is closer)
     * @param inverseOf for each generator the one undoing it, or -1 ({@link #inverses})
     */
    public BeamSearch(StateSpace space, Heuristic heuristic, int[] inverseOf) {
        this.space = space;
        this.heuristic = heuristic;
        this.words = space.wordsPerState();
        this.gens = space.generatorCount();
        if (gens > Short.MAX_VALUE) {
            throw new InvalidInputException("beam search supports at most " + Short.MAX_VALUE
                    + " generators, the graph has " + gens);
        }
        if (inverseOf.length != gens) {
            throw new IllegalArgumentException("inverseOf has " + inverseOf.length + " entries for " + gens);
        }
        this.inverseOf = inverseOf.clone();
        this.goals = new StateSet(words, Math.max(4, space.startCount()));
        long[] s = new long[words];
        for (int i = 0; i < space.startCount(); i++) {
            space.writeStart(i, s, 0);
            goals.add(s, 0);
        }
    }

    /** For each generator of {@code def}, the index of the generator undoing it, or -1 when there is none. */
    public static int[] inverses(PermutationGraph def) {
        List<Generator> gens = def.generators();
        int[] inv = new int[gens.size()];
        for (int g = 0; g < inv.length; g++) {
            inv[g] = -1;
            Permutation undo = gens.get(g).permutation().inverse();
            for (int h = 0; h < inv.length && inv[g] < 0; h++) {
                if (gens.get(h).permutation().equals(undo)) {
                    inv[g] = h;
                }
            }
        }
        return inv;
    }

    /** Searches a word taking {@code state} (packed, {@code words} longs) to the central state. */
    public PathResult solve(long[] state, Options o) {
        final long t0 = System.nanoTime();
        if (goals.contains(state, 0)) {
            return PathResult.optimal(new int[0], "beam", 1, t0);
        }
        final int width = o.width();
        checkMemory(width, Runtime.getRuntime().maxMemory());
        long[] beam = Arrays.copyOf(state, words);
        int[] last = {-1};
        int beamSize = 1;
        long[] cand = new long[width * gens * words];
        int[] score = new int[width * gens];
        long[] keys = new long[width * gens];
        StateSet kept = new StateSet(words, Math.max(16, Math.min(1 << 16, (1 << 21) / words)));
        StateSet step = new StateSet(words, Math.max(16, width * gens));
        kept.add(state, 0);
        List<int[]> parents = new ArrayList<>();
        List<short[]> moves = new ArrayList<>();
        long examined = 1;
        for (int depth = 1; depth <= o.maxSteps(); depth++) {
            if (System.nanoTime() - o.deadlineNanos() > 0) {
                break;
            }
            space.expand(beam, 0, beamSize, cand, 0);
            step.clear();
            int n = 0;
            for (int i = 0; i < beamSize; i++) {
                final int undo = last[i] < 0 ? -1 : inverseOf[last[i]];
                for (int g = 0; g < gens; g++) {
                    if (g == undo) {
                        continue;
                    }
                    final int c = i * gens + g;
                    final int off = c * words;
                    if (goals.contains(cand, off)) {
                        return found(parents, moves, i, g, t0, examined);
                    }
                    if (kept.contains(cand, off) || !step.add(cand, off)) {
                        continue;
                    }
                    score[c] = heuristic.estimate(cand, off);
                    keys[n++] = ((long) score[c] << 32) | c;
                    examined++;
                }
            }
            if (n == 0) {
                break;
            }
            Arrays.sort(keys, 0, n);
            final int take = Math.min(width, n);
            long[] nextBeam = new long[take * words];
            int[] nextLast = new int[take];
            int[] parent = new int[take];
            short[] move = new short[take];
            for (int j = 0; j < take; j++) {
                final int c = (int) keys[j];
                System.arraycopy(cand, c * words, nextBeam, j * words, words);
                nextLast[j] = c % gens;
                parent[j] = c / gens;
                move[j] = (short) (c % gens);
                kept.add(nextBeam, j * words);
            }
            parents.add(parent);
            moves.add(move);
            beam = nextBeam;
            last = nextLast;
            beamSize = take;
        }
        return new PathResult(PathResult.Status.NOT_FOUND, null, 1, "beam", examined, System.nanoTime() - t0);
    }

    /**
     * Bytes a search of this width takes before it keeps anything: the candidates, their hash set, two beams and the
     * scores.
     */
    long bytesFor(int width) {
        long candidates = (long) width * gens;
        return Long.BYTES * (candidates * words + StateSet.slotsFor(candidates) * words + 2L * width * words)
                + candidates * (Integer.BYTES + Long.BYTES) + StateSet.slotsFor(candidates);
    }

    /** One-line error when the candidates of a beam this wide cannot fit in {@code heapBytes}. */
    void checkMemory(int width, long heapBytes) {
        if (!fits(width, heapBytes)) {
            int fits = width;
            while (fits > 1 && !fits(fits, heapBytes)) {
                fits /= 2;
            }
            throw new InvalidInputException("--beam-width " + width + " needs " + org.cayleyj.Bytes.format(
                    bytesFor(width)) + " for its " + (long) width * gens + " candidates of " + words + " words ("
                    + gens + " generators); the heap is " + org.cayleyj.Bytes.format(heapBytes) + ": use --beam-width "
                    + fits + " or less, or give the JVM more heap (JAVA_OPTS=-Xmx...)");
        }
    }

    private boolean fits(int width, long heapBytes) {
        long candidates = (long) width * gens;
        long limit = Integer.MAX_VALUE - 16;
        return candidates * words <= limit && StateSet.slotsFor(candidates) * words <= limit
                && bytesFor(width) <= heapBytes / 10 * 7;
    }

    /** The word: the way back through the kept steps, then the final move {@code g} from beam entry {@code i}. */
    private static PathResult found(List<int[]> parents, List<short[]> moves, int i, int g, long t0, long examined) {
        IntArrayList rev = new IntArrayList();
        rev.add(g);
        int at = i;
        for (int s = parents.size() - 1; s >= 0; s--) {
            rev.add(moves.get(s)[at]);
            at = parents.get(s)[at];
        }
        int[] word = new int[rev.size()];
        for (int k = 0; k < word.length; k++) {
            word[k] = rev.get(word.length - 1 - k);
        }
        return new PathResult(PathResult.Status.FOUND, word, 1, "beam", examined, System.nanoTime() - t0);
    }
}
