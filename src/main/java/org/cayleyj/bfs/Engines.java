package org.cayleyj.bfs;

import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.StateSpace;

/** The available growth engines and the automatic choice between them. */
public final class Engines {
    private Engines() {
    }

    /** Engines in order of preference for {@code auto}. */
    public static List<GrowthEngine> all() {
        return List.of(new SortedLayerEngine());
    }

    /**
     * @param requested {@code auto} or an engine name
     */
    public static GrowthEngine choose(String requested, StateSpace space) {
        String want = requested == null ? "auto" : requested;
        for (GrowthEngine e : all()) {
            if (want.equals("auto") ? e.supports(space) : e.name().equals(want)) {
                if (!e.supports(space)) {
                    throw new InvalidInputException("engine " + want + " cannot run this graph");
                }
                return e;
            }
        }
        throw new InvalidInputException("unknown engine '" + want + "'; available: auto, " + names());
    }

    private static String names() {
        StringBuilder sb = new StringBuilder();
        for (GrowthEngine e : all()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.name());
        }
        return sb.toString();
    }
}
