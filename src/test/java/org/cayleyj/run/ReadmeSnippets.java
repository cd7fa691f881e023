package org.cayleyj.run;

import java.util.Map;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.path.PathResult;
import org.cayleyj.path.States;
import org.cayleyj.path.TableSolver;
import org.cayleyj.run.EngineKind;
import org.cayleyj.run.GrowthJob;
import org.cayleyj.run.GrowthOutcome;
import org.cayleyj.run.GrowthPlan;
import org.cayleyj.run.SparkJob;

/**
 * The Java snippets of README.md's "Using it as a library", verbatim: the imports above are the README's import
 * block, and each method's body but its last line ({@code return ...;}) is one of the README's snippets, in order.
 * {@link ReadmeSnippetsTest} checks both and runs the methods.
 */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    static long[] growth() {
        Graph graph = Catalog.standard().build("lrx", 10, Map.of()).withCentral("0000011111"); // or GraphRequest
        GrowthJob job = GrowthJob.of(graph).withEngine(EngineKind.AUTO); // withBackend, withLimits, withCheckpoint...
        GrowthResult r;
        try (GrowthPlan plan = job.plan()) {       // checked as 'cayley growth' checks it; the engine chosen
            r = plan.run(GrowthListener.NONE).result(); // plan.control().requestStop() stops it from any thread
        }
        long[] layers = r.layerSizes();  int diameter = r.diameter();  boolean complete = r.complete();
        return layers;
    }

    static PathResult pathFinding() {
        PermutationGraph lrx = (PermutationGraph) Catalog.standard().build("lrx", 10, Map.of());
        GrowthOutcome run;
        try (GrowthPlan plan = GrowthJob.of(lrx).withDistances(true).plan()) { // growth + distances mod 3
            run = plan.run(GrowthListener.NONE);
        }
        PackedPermutationSpace space = lrx.packedSpace();
        TableSolver exact = new TableSolver(space, run.distances(), run.result().layerSizes(), true);
        PathResult r = exact.solve(States.pack(States.parse("[1,0,9,8,7,6,5,4,3,2]", lrx), space)[0]);
        r.length();  r.wordText(space);                                // 45, "L.L.L.L.L.X.L.X.R.X..."
        // DistanceTableFile.write(path, lrx, run.result().layerSizes(), true, run.distances()) saves the table,
        // DistanceTableFile.open(path) maps it back; MeetInTheMiddle, BeamSearch (+ HammingHeuristic,
        // CyclicInversions, PatternDatabase, PatternSum) and the Solver facade that picks among them take the same
        // spaces and states.
        return r;
    }

    static GrowthResult onSpark() {
        Graph lx = Catalog.standard().build("lx", 7, Map.of());
        SparkJob spark = new SparkJob("local[2]", null, false, "rank", 0, Map.of()); // null: a temporary work dir
        GrowthResult r;
        try (GrowthPlan plan = GrowthJob.of(lx).withEngine(EngineKind.SPARK).withSpark(spark).plan()) {
            r = plan.run(GrowthListener.NONE).result();
        }
        // with spark.withWorkDir(dir), a run stopped early continues with withResume(dir); SparkManifest holds its
        // layers and shuffle figures
        return r;
    }
}
