package org.cayleyj.bfs;

import java.math.BigInteger;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.perm.LehmerRanking;

/** The automatic choice between the growth engines, and the check that an engine can run a space. */
public final class Engines {
    /**
     * Largest rank space {@code auto} gives to the rank engine without being asked: 2^33 ranks is a 2 GiB table.
     * Beyond that the orbit may be a small part of the space (a subgroup of S_n), so the rank engine is used only when
     * forced with {@code --engine rank}.
     */
    public static final long AUTO_RANK_LIMIT = 1L << 33;
    /**
     * {@code auto} leaves a rankable space to the general engine when its rank space exceeds the expected orbit times
     * the generator count times this ratio. Measured (cayley bench, medians, 2 cores, 2026-12-05): the rank engine
     * costs about 0.8 ns per rank of the space (the table's allocation and scans) plus 10-20 ns per edge, the general
     * engine 80-100 ns per edge; burnt_pancake n=5 (3840 states in 10! ranks, 5 generators: ratio 189) ran in
     * 0.007 s on both, n=6 (46080 in 12!, ratio 1733) in 0.37 s on the rank engine and 0.03 s on the general one,
     * three_cycles n=9 (A_9, ratio 0.01) in 0.46 s against 0.92 s.
     */
    public static final long AUTO_RANKS_PER_EDGE = 100;

    /**
     * From this many ranks an undirected S_n with at most {@link #AUTO_FRONTIER_GENERATORS} generators runs faster on
     * the frontier engine than on the rank engine, in a quarter of the memory: {@code ENGINES="rank frontier"
     * src/bench/engines.sh} (2 cores, 2026-12-07) gave lrx n=12 12.1 s against 13.7 s (and 12.5 against 14.2 the day
     * before), lrx n=13 178.7 against 189.4 s; lrx n=11 (40M ranks) 1.70 against 1.73, a tie, so the rank engine
     * keeps it.
     */
    public static final long AUTO_FRONTIER_RANKS = 1L << 28;
    /**
     * With many more generators the rank engine's bottom-up layers (an unseen state stops at its first neighbour in
     * the frontier) save more than the frontier engine's smaller table. Up to 12 generators the frontier engine
     * measured faster on most of the S_12 cases tried, in less memory (2026-12-07, Intel, 2 cores, two rounds each,
     * {@code ./cayley growth FAMILY -n 12 --engine rank|frontier}, rank / frontier in-engine seconds): coxeter (11
     * generators) 13.96, 14.35 / 12.36, 12.18; pancake (11) 23.11, 22.38 / 18.66, 19.22; cyclic_coxeter (12) 14.59,
     * 14.78 / 10.55, 11.17; top_spin (3) 9.73, 10.21 / 8.19, 8.13; stars (11) lost, 9.36, 8.81 / 10.12, 10.06. A day
     * earlier, before the frontier engine's bitmaps, coxeter n=12 took 15.9 s on the rank engine against 18.4 s.
     */
    public static final int AUTO_FRONTIER_GENERATORS = 12;

    private Engines() {
    }

    /**
     * The automatic choice: the rank engine when the space is rankable (full S_n, a coset space or signed permutations
     * in one word), has at most {@link #AUTO_RANK_LIMIT} ranks and its table fits the memory budget; the frontier
     * engine (one bit per rank) for an undirected graph when only that fits, or when it is the faster one
     * ({@link #prefersFrontier}); otherwise the general engine.
     * Knowing the number of states the BFS will reach (the orbit, e.g. from Schreier–Sims), it also leaves the space
     * to the general engine when the orbit is so small a part of the rank space that the table would cost more than
     * the search (more than {@link #AUTO_RANKS_PER_EDGE} ranks per edge of the orbit). Engine names and the rest of
     * the choice ({@code --engine}) belong to the run package above.
     *
     * @param expectedStates the number of states the BFS will reach, or null when unknown
     */
    public static GrowthEngine auto(StateSpace space, GrowthLimits limits, BigInteger expectedStates) {
        RankBitmapEngine rank = new RankBitmapEngine();
        if (rank.supports(space)) {
            RankableSpace r = (RankableSpace) space;
            BigInteger ranks = BigInteger.valueOf(r.ranking().size());
            boolean sparseOrbit = expectedStates != null && ranks.compareTo(expectedStates.multiply(
                    BigInteger.valueOf(Math.max(1, r.generatorCount()) * AUTO_RANKS_PER_EDGE))) > 0;
            // past AUTO_RANK_LIMIT only when the orbit is known to fill the space
            boolean sizeOk = r.ranking().size() <= AUTO_RANK_LIMIT || expectedStates != null;
            long budget = RankBitmapEngine.budgetBytes(limits);
            if (sizeOk && !sparseOrbit) {
                FrontierSearchEngine frontier = new FrontierSearchEngine();
                boolean frontierFits = frontier.supports(space) && FrontierSearchEngine.tableFits(r)
                        && FrontierSearchEngine.estimateBytes(r) <= budget;
                if (frontierFits && prefersFrontier(r)) {
                    return frontier;
                }
                if (RankBitmapEngine.estimateBytes(r) <= budget) {
                    return rank;
                }
                if (frontierFits) {
                    return frontier;
                }
            }
        }
        return new GeneralEngine();
    }

    /**
     * True when the frontier engine is the faster one for an undirected space (the caller checks that it runs it):
     * a full S_n of at least {@link #AUTO_FRONTIER_RANKS} ranks and at most {@link #AUTO_FRONTIER_GENERATORS}
     * generators, on the CPU (a GPU runs the rank engine's neighbour ranking, not the frontier engine's).
     */
    public static boolean prefersFrontier(RankableSpace space) {
        return space.ranking() instanceof LehmerRanking && space.ranking().size() >= AUTO_FRONTIER_RANKS
                && space.generatorCount() <= AUTO_FRONTIER_GENERATORS;
    }

    /**
     * {@code engine}, checked against the space.
     *
     * @throws InvalidInputException when the engine cannot run the space, with what it needs
     */
    public static <E extends GrowthEngine> E require(E engine, StateSpace space) {
        if (!engine.supports(space)) {
            throw new InvalidInputException("engine " + engine.name() + " cannot run this graph"
                    + (engine instanceof RankBitmapEngine ? ": it needs a full S_n, coset space or signed permutations "
                    + "with one word per state (permutations up to n=16, signed up to n=12); use --engine general"
                    : engine instanceof FrontierSearchEngine ? ": it needs an undirected graph on a full S_n, coset "
                    + "space or signed permutations with one word per state; use --engine rank or general" : ""));
        }
        return engine;
    }
}
