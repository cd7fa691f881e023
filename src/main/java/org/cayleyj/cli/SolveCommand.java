package org.cayleyj.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.dataset.SubmissionSolver;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.io.OutputFile;
import org.cayleyj.path.DistanceTableFile;
import org.cayleyj.path.PathResult;
import org.cayleyj.path.Solver;
import org.cayleyj.path.States;
import org.cayleyj.path.TableBuilder;
import org.cayleyj.run.BackendKind;
import org.cayleyj.run.TableBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cayley solve}: distances and shortest (or short) words for given states, or a whole Kaggle test set. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Find the distance of states to the central state and a word of moves that takes them there "
                + "(applied as new[i] = old[p[i]]), with a distance table, meet-in-the-middle or beam search.",
        footer = {"", "Examples:",
                "  cayley growth lrx -n 10 --save-table lrx10.table",
                "  cayley solve --table lrx10.table --state \"[9,8,7,6,5,4,3,2,1,0]\"",
                "  cayley solve lx -n 9 --method mitm --state \"[8,7,6,5,4,3,2,1,0]\"",
                "  cayley solve lrx -n 20 --method beam --beam-width 4096 --state \"[19,18,...]\"",
                "  cayley solve --puzzle-info ds/puzzle_info.json --test ds/test.csv --out ds/submission.csv",
                "", "Methods (auto picks the first that applies): table (exact; a saved --table, or built in memory",
                "  for undirected rankable spaces up to --table-limit states), mitm (exact when the two searches meet",
                "  within --max-states, else a lower bound; states of one word), beam (a valid word, not proven",
                "  shortest). Exit codes: 0 every state solved, 2 bad input, 6 some state unsolved."})
public final class SolveCommand implements Callable<Integer> {
    static final int EXIT_UNSOLVED = 6;

    @Mixin
    GraphOptions graph;

    @Option(names = "--state", paramLabel = "STATE", description = "A state to solve, written like the central "
            + "state, e.g. [3,1,0,2] (repeatable).")
    List<String> states = new ArrayList<>();

    @Option(names = "--states", paramLabel = "FILE", description = "States to solve, one per line (# comments).")
    Path statesFile;

    @Option(names = "--table", paramLabel = "FILE", description = "A distance table written by 'cayley growth "
            + "--save-table' (graph options may then be left out).")
    Path table;

    @Option(names = "--puzzle-info", paramLabel = "FILE", description = "Solve a Kaggle test set: puzzle_info.json.")
    Path puzzleInfo;

    @Option(names = "--test", paramLabel = "FILE", description = "test.csv (default: beside --puzzle-info).")
    Path test;

    @Option(names = "--out", paramLabel = "FILE", description = "submission.csv to write (with --puzzle-info), or "
            + "where to write the report.")
    Path out;

    @Option(names = "--fallback", paramLabel = "FILE", description = "A submission whose path is used for rows not "
            + "solved, or solved longer (e.g. sample_submission.csv).")
    Path fallback;

    @Option(names = "--method", paramLabel = "M", description = "auto (default), table, mitm or beam.")
    String method = "auto";

    @Option(names = "--max-states", paramLabel = "S", description = "States meet-in-the-middle may store (default: "
            + "heap / 64).")
    long maxStates;

    @Option(names = "--beam-width", paramLabel = "W", description = "Beam width (default 1024).")
    int beamWidth = 1024;

    @Option(names = "--max-steps", paramLabel = "L", description = "Longest beam-search word (default 20 x positions).")
    int maxSteps;

    @Option(names = "--heuristic", paramLabel = "H", description = "Beam-search score: hamming (default), pdb:K "
            + "(exact distances in the coset graph keeping the central state's K smallest symbols) or pdbsum:K (the "
            + "sum of such databases over groups of K symbols).")
    String heuristic = "hamming";

    @Option(names = "--widen", description = "When beam search fails, retry with 4x the width while time is left.")
    boolean widen;

    @Option(names = "--time-per-state", paramLabel = "SEC", description = "Time budget of each state (default 60).")
    double timePerState = 60;

    @Option(names = "--table-limit", paramLabel = "N", description = "Largest space auto tabulates in memory "
            + "(default 500000000).")
    long tableLimit = 500_000_000L;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for building a table (default: all cores).")
    int threads;

    @Option(names = "--backend", paramLabel = "NAME", description = "Where an in-memory distance table is built: "
            + "auto (default: an OpenCL GPU for spaces of 2^24 states or more when its probe kernel runs, else Java), "
            + "java, or opencl (the rank engine's neighbour ranking as an OpenCL kernel, full S_n up to n=16, any "
            + "device incl. PoCL; exit 2 without one; tables only: meet-in-the-middle and beam search run in Java)."
            + " See 'cayley devices'.")
    String backend = "auto";

    @Option(names = "--format", paramLabel = "FMT", description = "text (default) or json.")
    String format = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Solver.Options options = options();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new InvalidInputException("--format must be text or json, got '" + format + "'");
        }
        DistanceTableFile saved = table == null ? null : DistanceTableFile.open(table);
        BackendKind kind = BackendKind.parse(backend);
        if (kind == BackendKind.OPENCL) {
            options = tableOnly(options, saved);
        }
        TableBuilder tables = TableBackend.of(kind, note -> {
            err.println("cayley: " + note);
            err.flush();
        });
        if (puzzleInfo != null) {
            return kaggle(options, saved, tables, err);
        }
        if (fallback != null || test != null) {
            throw new InvalidInputException("--test and --fallback apply to --puzzle-info");
        }
        PermutationGraph def = definition(saved);
        List<String> texts = stateTexts();
        if (out != null) {
            OutputFile.checkDistinct("--out", out, "--states", statesFile);
            OutputFile.checkDistinct("--out", out, "--table", table);
            OutputFile.checkWritable(out);
        }
        List<int[]> codes = new ArrayList<>();
        for (String t : texts) {
            codes.add(States.parse(t, def));
        }
        Solver solver = new Solver(def, options, saved, err, tables);
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean all = true;
        for (int i = 0; i < codes.size(); i++) {
            PathResult r = solver.solve(codes.get(i));
            all &= r.found();
            String state = def.central().format(codes.get(i));
            rows.add(row(state, r, solver));
            text.append(describe(state, r, solver));
        }
        String output = format.equals("json") ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(rows) + "\n" : text.toString();
        if (!OutputFile.writeResult(out, output, spec.commandLine().getOut(), err)) {
            return CayleyMain.EXIT_BAD_INPUT;
        }
        return all ? 0 : EXIT_UNSOLVED;
    }

    private Solver.Options options() {
        Solver.Method m;
        try {
            m = Solver.Method.valueOf(method.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--method must be auto, table, mitm or beam, got '" + method + "'");
        }
        if (maxStates < 0 || maxSteps < 0 || threads < 0 || threads > 1024 || tableLimit < 0) {
            throw new InvalidInputException("--max-states, --max-steps, --table-limit and --threads (0..1024) must "
                    + "not be negative");
        }
        if (!(timePerState > 0) || Double.isInfinite(timePerState)) {
            throw new InvalidInputException("--time-per-state must be a positive number of seconds");
        }
        return new Solver.Options(m, maxStates, beamWidth, maxSteps, heuristic, timePerState, tableLimit, threads,
                widen);
    }

    /** The graph: from the options, from the table, or both (then they must agree). */
    private PermutationGraph definition(DistanceTableFile saved) {
        boolean given = graph.family != null || graph.generators != null || graph.generatorsFile != null
                || graph.puzzleFile != null || graph.matrices != null;
        if (!given) {
            if (saved == null) {
                throw new InvalidInputException("give a graph (a family name, --generators or --puzzle-file), a "
                        + "--table or --puzzle-info");
            }
            if (graph.central != null || graph.addInverses) {
                throw new InvalidInputException("--central and --add-inverses need a graph; the table defines its own");
            }
            return saved.definition();
        }
        Graph spec = graph.toRequest().resolve(Catalog.standard());
        if (!(spec instanceof PermutationGraph def)) {
            throw new InvalidInputException("solving needs a permutation graph (not a matrix group)");
        }
        return def;
    }

    private List<String> stateTexts() throws IOException {
        List<String> out = new ArrayList<>(states);
        if (statesFile != null) {
            for (String line : org.cayleyj.graph.InputRules.readText(statesFile, "--states file")
                    .lines().toList()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("give the states to solve with --state (repeatable) or --states FILE");
        }
        return out;
    }

    /**
     * {@code --backend opencl} accelerates only the BFS of an in-memory distance table: the other methods refuse it,
     * and auto means table (so that a graph without a table is an error rather than a silent Java run).
     */
    private static Solver.Options tableOnly(Solver.Options options, DistanceTableFile saved) {
        if (saved != null) {
            throw new InvalidInputException("--backend opencl builds distance tables; a saved --table is only read: "
                    + "drop --backend opencl or --table");
        }
        if (options.method() == Solver.Method.MITM || options.method() == Solver.Method.BEAM) {
            throw new InvalidInputException("--backend opencl builds distance tables only; --method "
                    + options.method().name().toLowerCase(Locale.ROOT) + " runs in Java: use --backend java");
        }
        return new Solver.Options(Solver.Method.TABLE, options.maxStates(), options.beamWidth(), options.maxSteps(),
                options.heuristic(), options.secondsPerState(), options.tableLimit(), options.threads(),
                options.widen());
    }

    private int kaggle(Solver.Options options, DistanceTableFile saved, TableBuilder tables, PrintWriter err)
            throws IOException {
        if (out == null) {
            throw new InvalidInputException("--puzzle-info needs --out FILE for the submission");
        }
        if (!states.isEmpty() || statesFile != null) {
            throw new InvalidInputException("--puzzle-info solves its test set; do not give --state or --states");
        }
        OutputFile.checkWritable(out);
        OutputFile.checkDistinct("--out", out, "--puzzle-info", puzzleInfo);
        OutputFile.checkDistinct("--out", out, "--fallback", fallback);
        Path t = test != null ? test : puzzleInfo.toAbsolutePath().resolveSibling("test.csv");
        OutputFile.checkDistinct("--out", out, "--test", t);
        SubmissionSolver.Report r = SubmissionSolver.solve(puzzleInfo, t, fallback, options, saved, err, tables);
        PrintWriter o = spec.commandLine().getOut();
        if (!r.unsolved().isEmpty()) {
            err.println("cayley: " + r.unsolved().size() + " of " + r.rows() + " states were not solved (e.g. "
                    + "initial_state_id " + r.unsolved().get(0) + "); no submission written: raise --time-per-state "
                    + "or --beam-width, or give --fallback");
            err.flush();
            return EXIT_UNSOLVED;
        }
        if (!OutputFile.writeResult(out, r.submission(), o, err)) {
            return CayleyMain.EXIT_BAD_INPUT;
        }
        o.printf(Locale.ROOT, "wrote %s: %d paths, %d moves in total, %d proven shortest, by method %s, %.1f s%n",
                out, r.rows(), r.totalMoves(), r.optimal(), r.byMethod(), r.seconds());
        o.flush();
        return 0;
    }

    private static Map<String, Object> row(String state, PathResult r, Solver solver) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state);
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("method", r.method());
        if (r.status() == PathResult.Status.OPTIMAL) {
            m.put("distance", r.length());
        }
        if (r.found()) {
            m.put("length", r.length());
            m.put("path", r.wordText(solver.space()));
        }
        if (r.status() != PathResult.Status.UNREACHABLE) {
            m.put("lower_bound", r.lowerBound());
        }
        if (r.method().equals("beam") && solver.heuristicName() != null) {
            m.put("heuristic", solver.heuristicName());
        }
        m.put("states_examined", r.statesExamined());
        m.put("seconds", Math.round(r.seconds() * 1e4) / 1e4);
        return m;
    }

    private static String describe(String state, PathResult r, Solver solver) {
        StringBuilder sb = new StringBuilder();
        sb.append("state:    ").append(state).append('\n');
        switch (r.status()) {
            case OPTIMAL -> sb.append("distance: ").append(r.length()).append(" (exact, ").append(r.method())
                    .append(")\n");
            case FOUND -> sb.append("length:   ").append(r.length()).append(" (").append(r.method())
                    .append(r.method().equals("beam") && solver.heuristicName() != null ? ", " + solver
                            .heuristicName() : "")
                    .append(", not proven shortest; distance >= ").append(r.lowerBound()).append(")\n");
            case NOT_FOUND -> sb.append("distance: >= ").append(r.lowerBound()).append(" (").append(r.method())
                    .append(": no word found within the limits)\n");
            case UNREACHABLE -> sb.append("distance: none: the state is not in the orbit of the central state\n");
            default -> { }
        }
        if (r.found()) {
            sb.append("path:     ").append(r.length() == 0 ? "(empty: the central state)" : r.wordText(solver.space()))
                    .append('\n');
        }
        sb.append(String.format(Locale.ROOT, "time:     %.3f s, %d states%n%n", r.seconds(), r.statesExamined()));
        return sb.toString();
    }
}
