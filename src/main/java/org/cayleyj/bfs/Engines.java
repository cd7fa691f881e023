package org.cayleyj.bfs;

import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;

/** The available growth engines and the automatic choice between them. */
public final class Engines {
    /**
     * Largest rank space {@code auto} gives to the rank engine without being asked: 2^33 ranks is a 2 GiB table.
     * Beyond that the orbit may be a small part of the space (a subgroup of S_n), so the rank engine is used only when
     * forced with {@code --engine rank}.
     */
    public static final long AUTO_RANK_LIMIT = 1L << 33;

    private Engines() {
    }

    /** Engines by name. */
    public static List<GrowthEngine> all() {
        return List.of(new RankBitmapEngine(), new SortedLayerEngine());
    }

    /**
     * {@code auto} picks the rank engine when the space is rankable (full S_n or a coset space in one word), has at
     * most {@link #AUTO_RANK_LIMIT} ranks and its table fits the memory budget; otherwise the general engine.
     *
     * @param requested {@code auto} or an engine name
     */
    public static GrowthEngine choose(String requested, StateSpace space, GrowthLimits limits) {
        String want = requested == null ? "auto" : requested;
        if (want.equals("auto")) {
            RankBitmapEngine rank = new RankBitmapEngine();
            if (rank.supports(space)) {
                RankableSpace r = (RankableSpace) space;
                if (r.ranking().size() <= AUTO_RANK_LIMIT
                        && RankBitmapEngine.estimateBytes(r) <= RankBitmapEngine.budgetBytes(limits)) {
                    return rank;
                }
            }
            return new SortedLayerEngine();
        }
        for (GrowthEngine e : all()) {
            if (e.name().equals(want)) {
                if (!e.supports(space)) {
                    throw new InvalidInputException("engine " + want + " cannot run this graph"
                            + (want.equals("rank") ? ": it needs a full S_n or coset space with one word per state "
                            + "(permutations up to n=16); use --engine general" : ""));
                }
                return e;
            }
        }
        throw new InvalidInputException("unknown engine '" + want + "'; available: auto, rank, general");
    }
}
