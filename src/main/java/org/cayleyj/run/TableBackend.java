package org.cayleyj.run;

import java.util.function.Consumer;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.gpu.Backend;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.path.TableBuilder;

/**
 * The distance tables of {@code cayley solve} on a {@link BackendKind}, chosen as growth chooses one for the rank
 * engine: Java, OpenCL neighbour ranks ({@link Backend#prepareRank}), or OpenCL where a GPU helps (auto).
 */
public final class TableBackend implements TableBuilder {
    private final BackendKind kind;
    private final Consumer<String> notes;
    private RankableSpace checked;
    private Backend backend;

    private TableBackend(BackendKind kind, Consumer<String> notes) {
        this.kind = kind;
        this.notes = notes;
    }

    /**
     * The builder for {@code kind}; {@code notes} gets the backend's info line (auto without a usable GPU on a large
     * space), as growth shows it.
     */
    public static TableBuilder of(BackendKind kind, Consumer<String> notes) {
        return kind == BackendKind.JAVA ? TableBuilder.JAVA : new TableBackend(kind, notes);
    }

    @Override
    public synchronized void check(RankableSpace space) {
        if (space == checked) {
            return;
        }
        RankBitmapEngine rank = new RankBitmapEngine();
        Backend b;
        if (kind == BackendKind.OPENCL) {
            if (space instanceof PackedPermutationSpace && !Backend.hasKernel(rank, space)) {
                throw new InvalidInputException("--backend opencl: the distance table's OpenCL kernel (neighbour "
                        + "ranks) covers full S_n (n <= 16) only; use --backend java");
            }
            b = Backend.opencl(rank, space);
        } else {
            b = Backend.auto(rank, space);
        }
        if (b.info() != null) {
            notes.accept(b.info());
        }
        checked = space;
        backend = b;
    }

    @Override
    public RankBitmapEngine.DistanceRun distances(RankableSpace space, GrowthLimits limits) {
        check(space);
        try (Backend.PreparedRank p = backend.prepareRank(new RankBitmapEngine(), space)) {
            return p.engine().computeDistances(space, limits, GrowthListener.NONE, RunControl.none());
        }
    }
}
