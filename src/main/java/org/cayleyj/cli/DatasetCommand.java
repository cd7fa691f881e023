package org.cayleyj.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.conjecture.SweepPlan;
import org.cayleyj.dataset.GrowthDataset;
import org.cayleyj.dataset.PathfindingDataset;
import org.cayleyj.graph.Graph;
import org.cayleyj.io.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cayley dataset}: Kaggle-style datasets. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Write Kaggle-style datasets: growth tables, or pathfinding test sets with sample solutions.",
        subcommands = {DatasetCommand.Growth.class, DatasetCommand.Pathfinding.class})
public final class DatasetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: growth or pathfinding");
    }

    /** {@code cayley dataset growth}. */
    @Command(name = "growth", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Growth files (reference format) + a tidy long CSV + Kaggle dataset-metadata.json.",
            footer = {"", "Example:", "  cayley dataset growth --from conjectures/growth --out kaggle-growth"})
    static final class Growth implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "DIR", description = "Growth files, e.g. conjectures/growth "
                + "(written by 'cayley sweep').", required = true)
        Path from;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
        Path out;

        @Option(names = "--title", description = "Dataset title.")
        String title = "Growth of Cayley and Schreier graphs of permutation groups (CayleyJ)";

        @Option(names = "--id", description = "Kaggle dataset id, owner/slug.")
        String id = "cayleyj/cayley-graph-growth";

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            OutputFile.checkDirectory(out);
            OutputFile.checkDistinct("--from", from, "--out", out);
            int n = GrowthDataset.write(from, out, SweepPlan.paramNames(), title, id);
            PrintWriter o = spec.commandLine().getOut();
            o.println("wrote " + n + " growths to " + out);
            o.flush();
            return 0;
        }
    }

    /** {@code cayley dataset pathfinding}. */
    @Command(name = "pathfinding", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"A Kaggle-style pathfinding competition in two folders.",
                    "Public (--out, to upload): puzzle_info.json, test.csv, sample_submission.csv (a valid, "
                            + "non-optimal baseline), README.md (the moves, the metric, the baseline's score) and "
                            + "dataset-metadata.json.",
                    "Organiser (--organiser, default OUT-organiser beside it; never publish it): solution.csv "
                            + "(Kaggle's solution file, Usage Public/Private), README.md with the seed and both "
                            + "scores and, for graphs small enough to search exhaustively, answers.csv (exact "
                            + "distances) and optimal_submission.csv.",
                    "Changed: answers.csv used to be written into --out; an answers.csv left there is refused."},
            footer = {"", "Example:", "  cayley dataset pathfinding --family lrx -n 9 --count 1000 --seed 1 --out lrx9",
                    "  (public files in lrx9, organiser files in lrx9-organiser)"})
    static final class Pathfinding implements Callable<Integer> {
        @Mixin
        GraphOptions graph;

        @Option(names = "--family", paramLabel = "FAMILY", description = "Catalog family (same as the positional).")
        String family;

        @Option(names = "--count", paramLabel = "C", description = "Number of test states (default 1000).")
        int count = 1000;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 0).")
        long seed;

        @Option(names = "--exact-limit", paramLabel = "S",
                description = "Search graphs of at most S states exhaustively (default 2000000).")
        long exactLimit = 2_000_000L;

        @Option(names = "--walk-length", paramLabel = "L",
                description = "Moves per random walk: the scramble of each state for larger graphs; for searched "
                        + "graphs, the random moves the baseline makes before a shortest path (default 100).")
        int walkLength = 100;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Public folder.")
        Path out;

        @Option(names = "--organiser", paramLabel = "DIR",
                description = "Organiser folder, outside --out (default: OUT-organiser beside it).")
        Path organiser;

        @Option(names = "--title", description = "Dataset title (README, dataset-metadata.json).")
        String title;

        @Option(names = "--id", description = "Kaggle dataset id, owner/slug (default cayleyj/FAMILY-nN-pathfinding).")
        String id;

        @Option(names = "--public-fraction", paramLabel = "F",
                description = "Share of the rows on the public leaderboard in solution.csv (default 0.3).")
        double publicFraction = 0.3;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (family != null) {
                if (graph.family != null && !graph.family.equals(family)) {
                    throw new InvalidInputException("give the family once (--family " + family + " or " + graph.family
                            + ")");
                }
                graph.family = family;
            }
            if (exactLimit < 0 || exactLimit > 50_000_000L) {
                throw new InvalidInputException("--exact-limit must be 0..5*10^7");
            }
            Path orgDir = organiser != null ? organiser : PathfindingDataset.defaultOrganiserDir(out);
            OutputFile.checkDirectory(out);
            OutputFile.checkDirectory(orgDir);
            PathfindingDataset.checkLayout(out, orgDir);
            GraphRequest request = graph.toRequest();
            Graph def = request.resolve(Catalog.standard());
            String name = def.describe().replace(" ", "-").replaceAll("[^A-Za-z0-9-]", "");
            PathfindingDataset.Publication pub = new PathfindingDataset.Publication(
                    title != null ? title : "Pathfinding puzzle: " + def.describe() + " (CayleyJ)",
                    id != null ? id : "cayleyj/" + name.toLowerCase(java.util.Locale.ROOT) + "-pathfinding",
                    publicFraction, commandLine());
            PathfindingDataset.Dataset data = PathfindingDataset.generate(def,
                    new PathfindingDataset.Options(count, seed, exactLimit, walkLength));
            PathfindingDataset.write(out, orgDir, data, pub);
            PrintWriter o = spec.commandLine().getOut();
            o.println("wrote " + org.cayleyj.io.GrowthReport.count(data.rows().size(), "state") + " of "
                    + def.describe() + " to " + out + (data.exact() ? " (uniform over the orbit)"
                    : " (random walks of " + walkLength + " moves)") + "; organiser files in " + orgDir);
            o.println("baseline (sample_submission.csv): " + data.baselineMoves() + " moves"
                    + (data.exact() ? "; optimum (answers.csv): " + data.optimalMoves() + " moves" : ""));
            o.flush();
            return 0;
        }

        private String commandLine() {
            StringBuilder sb = new StringBuilder("cayley");
            for (String a : spec.commandLine().getParseResult().originalArgs()) {
                sb.append(' ').append(a.matches("[A-Za-z0-9_./:=,+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
            }
            return sb.toString();
        }
    }
}
