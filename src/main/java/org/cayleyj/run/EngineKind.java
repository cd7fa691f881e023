package org.cayleyj.run;

import java.util.Locale;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthEngine;

/** Which engine a {@link GrowthJob} runs on ({@code --engine}). */
public enum EngineKind {
    /** The rank, frontier or general engine, whichever suits the space and the memory budget. */
    AUTO,
    /** 2 bits per rank: full S_n, coset spaces and signed permutations in one word. */
    RANK,
    /** 1 bit per rank plus the last two layers: undirected rankable spaces. */
    FRONTIER,
    /** Sorted layers of packed states, any space; continues out of core. */
    GENERAL,
    /** Apache Spark, local or on a cluster, in a work directory. */
    SPARK;

    /** The name on the command line and in results and checkpoints. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code text} (null: {@link #AUTO}).
     *
     * @throws InvalidInputException for any other name
     */
    public static EngineKind parse(String text) {
        if (text == null) {
            return AUTO;
        }
        for (EngineKind k : values()) {
            if (k.cliName().equals(text)) {
                return k;
            }
        }
        throw new InvalidInputException("unknown engine '" + text + "'; available: auto, rank, frontier, general, "
                + "spark");
    }

    /** The kind of an engine (by its {@link GrowthEngine#name()}). */
    public static EngineKind of(GrowthEngine engine) {
        return parse(engine.name());
    }
}
