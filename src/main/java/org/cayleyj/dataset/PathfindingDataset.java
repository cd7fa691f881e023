package org.cayleyj.dataset;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.io.CsvTables;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * A pathfinding dataset in the layout of CayleyPy's Kaggle competitions, split into what competitors see and what
 * only the organiser keeps.
 *
 * <p>Public folder: {@code puzzle_info.json}, {@code test.csv} ({@code initial_state_id,initial_state}),
 * {@code sample_submission.csv} ({@code initial_state_id,path}, a valid but deliberately non-optimal baseline),
 * {@code README.md} (the moves, the metric, the baseline's score) and {@code dataset-metadata.json}. Organiser
 * folder: {@code solution.csv} (Kaggle's solution file, with a {@code Usage} column Public/Private) and, when the
 * states were drawn from an exact search, {@code answers.csv} (true distances) and {@code optimal_submission.csv}.
 *
 * <p>Small graphs (at most {@link Options#exactLimit()} states, one packed word each) are searched exhaustively from
 * the central state along reversed moves, so every state's distance <em>to</em> the central state is known; states
 * are then drawn uniformly from the whole orbit. The baseline path of such a state is {@link Options#walkLength()}
 * random moves followed by a shortest path from where they end (never shorter than the optimum, longer in general).
 * Larger graphs use random walks of {@link Options#walkLength()} reversed moves (the scramble); the baseline replays
 * the scramble backwards.
 */
public final class PathfindingDataset {
    /**
     * @param count       states to draw
     * @param seed        random seed
     * @param exactLimit  largest orbit searched exhaustively
     * @param walkLength  moves per random walk: the scramble beyond the exact limit, the baseline's detour within it
     */
    public record Options(int count, long seed, long exactLimit, int walkLength) {
    }

    /**
     * One test row.
     *
     * @param state    the state's codes
     * @param path     the baseline (sample submission) path: valid, not optimal in general
     * @param optimal  a shortest path (exact sets), or null when unknown
     * @param distance the exact distance to the central state, or -1 when unknown
     */
    public record Row(int id, int[] state, List<String> path, List<String> optimal, int distance) {
    }

    /**
     * The generated dataset.
     *
     * @param orbitSize states in the orbit of the central state (exact sets), or -1 when not searched
     */
    public record Dataset(PuzzleInfo info, List<Row> rows, boolean exact, PermutationGraph definition, Options options,
                          long orbitSize) {
        /** Moves of the sample submission. */
        public long baselineMoves() {
            long t = 0;
            for (Row r : rows) {
                t += r.path().size();
            }
            return t;
        }

        /** Sum of the exact distances, or -1 when they are not known. */
        public long optimalMoves() {
            if (!exact) {
                return -1;
            }
            long t = 0;
            for (Row r : rows) {
                t += r.distance();
            }
            return t;
        }
    }

    /**
     * How the dataset is published.
     *
     * @param title          dataset title (README heading, dataset-metadata.json)
     * @param id             Kaggle dataset id, owner/slug
     * @param publicFraction share of the rows marked {@code Public} in solution.csv (the rest {@code Private})
     * @param command        the command line that made the dataset, quoted in the README (or null)
     */
    public record Publication(String title, String id, double publicFraction, String command) {
        public Publication {
            if (!(publicFraction >= 0 && publicFraction <= 1)) {
                throw new InvalidInputException("--public-fraction must be 0..1");
            }
        }
    }

    private PathfindingDataset() {
    }

    public static Dataset generate(Graph spec, Options options) {
        if (!(spec instanceof PermutationGraph def)) {
            throw new InvalidInputException("pathfinding datasets need a permutation graph (not a matrix group)");
        }
        if (def.central().starts().length != 1) {
            throw new InvalidInputException("pathfinding datasets need a single central state");
        }
        if (options.count() < 1 || options.count() > 10_000_000) {
            throw new InvalidInputException("--count must be 1..10^7");
        }
        if (options.walkLength() < 1 || options.walkLength() > 1_000_000) {
            throw new InvalidInputException("--walk-length must be 1..10^6");
        }
        Map<String, int[]> gens = new LinkedHashMap<>();
        for (Generator g : def.generators()) {
            if (gens.put(g.name(), g.permutation().toArray()) != null) {
                throw new InvalidInputException("two moves are named " + g.name());
            }
        }
        List<String> central = new ArrayList<>();
        for (int c : def.central().codes()) {
            central.add(def.central().labels()[c]);
        }
        PuzzleInfo info = new PuzzleInfo(central, gens);
        StateSpace space = def.stateSpace();
        BigInteger bound = space.sizeUpperBound();
        boolean exact = space.wordsPerState() == 1 && bound != null
                && bound.compareTo(BigInteger.valueOf(options.exactLimit())) <= 0;
        checkMemory(options, def.n(), exact ? bound.longValue() : 0);
        if (exact) {
            long[] orbit = new long[1];
            List<Row> rows = exactRows(def, options, orbit);
            return new Dataset(info, rows, true, def, options, orbit[0]);
        }
        return new Dataset(info, walkRows(def, options), false, def, options, -1);
    }

    /**
     * Refuses a dataset whose rows (paths of about walkLength moves, states of n symbols, their CSV text) and, for an
     * exact set, distance table (about 40 bytes per state) would not fit in the heap.
     */
    private static void checkMemory(Options options, int n, long orbit) {
        long perRow = 16L * (options.walkLength() + 64) + 24L * n;
        long need = options.count() * perRow + 40L * orbit;
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap / 2) {
            throw new InvalidInputException(String.format(java.util.Locale.ROOT, "%d states with %d-move walks need "
                    + "about %d MiB, the heap has %d MiB: lower --count or --walk-length, or raise -Xmx (JAVA_OPTS)",
                    options.count(), options.walkLength(), need >> 20, heap >> 20));
        }
    }

    /**
     * Distances to the central state by BFS along reversed moves; uniform draws; greedy shortest paths. The baseline
     * walks draw from their own generator, so a seed gives the same test states as before baselines existed.
     */
    private static List<Row> exactRows(PermutationGraph def, Options options, long[] orbitSize) {
        List<Generator> reversed = new ArrayList<>();
        for (Generator g : def.generators()) {
            reversed.add(new Generator(g.name(), g.permutation().inverse()));
        }
        StateSpace back = new PermutationGraph(def.family(), def.params(), def.n(), reversed, def.central())
                .stateSpace();
        StateSpace forward = def.stateSpace();
        final int gens = back.generatorCount();
        LongIntHashMap dist = new LongIntHashMap();
        LongArrayList order = new LongArrayList();
        long[] one = new long[1];
        back.writeStart(0, one, 0);
        dist.put(one[0], 0);
        order.add(one[0]);
        long[] out = new long[gens];
        for (int head = 0; head < order.size(); head++) {
            long s = order.get(head);
            int d = dist.get(s);
            one[0] = s;
            back.expand(one, 0, 1, out, 0);
            for (int g = 0; g < gens; g++) {
                if (!dist.containsKey(out[g])) {
                    dist.put(out[g], d + 1);
                    order.add(out[g]);
                }
            }
        }
        orbitSize[0] = order.size();
        Random random = new Random(options.seed());
        Random detour = new Random(options.seed() ^ 0x5DEECE66DL);
        List<Row> rows = new ArrayList<>(options.count());
        for (int id = 0; id < options.count(); id++) {
            long s = order.get(random.nextInt(order.size()));
            List<String> optimal = new ArrayList<>(dist.get(s));
            descend(forward, dist, s, optimal, out);
            List<String> baseline = new ArrayList<>(options.walkLength() + optimal.size());
            long cur = s;
            for (int k = 0; k < options.walkLength(); k++) {
                int g = detour.nextInt(gens);
                one[0] = cur;
                forward.expand(one, 0, 1, out, 0);
                cur = out[g];
                baseline.add(forward.generatorName(g));
            }
            descend(forward, dist, cur, baseline, out);
            one[0] = s;
            rows.add(new Row(id, forward.decode(one, 0), baseline, optimal, dist.get(s)));
        }
        return rows;
    }

    /** Appends to {@code path} a shortest path from {@code s} to the central state, one move down at a time. */
    private static void descend(StateSpace forward, LongIntHashMap dist, long s, List<String> path, long[] out) {
        long[] one = new long[1];
        long cur = s;
        int left = dist.getIfAbsent(s, -1);
        if (left < 0) {
            throw new IllegalStateException("a move left the searched orbit");
        }
        for (; left > 0; left--) {
            one[0] = cur;
            forward.expand(one, 0, 1, out, 0);
            int g = 0;
            while (dist.getIfAbsent(out[g], -1) != left - 1) {
                g++;
            }
            path.add(forward.generatorName(g));
            cur = out[g];
        }
    }

    /** Random walks of reversed moves from the central state; the solution replays them forwards. */
    private static List<Row> walkRows(PermutationGraph def, Options options) {
        List<Generator> gens = def.generators();
        int[][] inverse = new int[gens.size()][];
        for (int g = 0; g < inverse.length; g++) {
            inverse[g] = gens.get(g).permutation().inverse().toArray();
        }
        int[] central = def.central().codes();
        Random random = new Random(options.seed());
        List<Row> rows = new ArrayList<>(options.count());
        for (int id = 0; id < options.count(); id++) {
            int[] state = central.clone();
            int[] tmp = new int[state.length];
            String[] moves = new String[options.walkLength()];
            for (int k = 0; k < moves.length; k++) {
                int g = random.nextInt(inverse.length);
                final int[] p = inverse[g];
                for (int i = 0; i < state.length; i++) {
                    tmp[i] = state[p[i]];
                }
                int[] t = state;
                state = tmp;
                tmp = t;
                moves[moves.length - 1 - k] = gens.get(g).name();
            }
            rows.add(new Row(id, state, Arrays.asList(moves), null, -1));
        }
        return rows;
    }

    /** The organiser folder used when none is given: {@code DIR-organiser} beside the public folder {@code DIR}. */
    public static Path defaultOrganiserDir(Path publicDir) {
        Path norm = publicDir.normalize();
        String last = norm.getFileName() == null ? "" : norm.getFileName().toString();
        if (!last.isEmpty() && !last.equals("..")) {
            return norm.resolveSibling(last + "-organiser");
        }
        Path abs = publicDir.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            throw new InvalidInputException("give --organiser: " + publicDir + " has no name to put -organiser after");
        }
        return abs.resolveSibling(abs.getFileName() + "-organiser");
    }

    /**
     * Refuses layouts that would publish the answers: an organiser folder inside (or equal to) the public folder, or
     * an {@code answers.csv} left in the public folder by a version that wrote it there.
     */
    public static void checkLayout(Path publicDir, Path organiserDir) {
        Path pub = publicDir.toAbsolutePath().normalize();
        Path org = organiserDir.toAbsolutePath().normalize();
        if (org.startsWith(pub)) {
            throw new InvalidInputException("the organiser folder " + organiserDir + " is inside the public folder "
                    + publicDir + ", so the answers would be published; give --organiser outside it");
        }
        if (Files.exists(pub.resolve("answers.csv"))) {
            throw new InvalidInputException(publicDir.resolve("answers.csv") + " is left from an older version (answers "
                    + "now go to the organiser folder); delete it so that it is not published");
        }
    }

    /** Writes the public files into {@code publicDir} and the organiser's into {@code organiserDir}. */
    public static void write(Path publicDir, Path organiserDir, Dataset data, Publication pub) throws IOException {
        checkLayout(publicDir, organiserDir);
        org.cayleyj.io.OutputFile.createDirectories(publicDir);
        org.cayleyj.io.OutputFile.createDirectories(organiserDir);
        String[] labels = data.definition().central().labels();
        List<PathfindingFiles.TestRow> test = new ArrayList<>();
        List<PathfindingFiles.PathRow> sub = new ArrayList<>();
        List<PathfindingFiles.PathRow> best = new ArrayList<>();
        List<PathfindingFiles.AnswerRow> ans = new ArrayList<>();
        List<PathfindingFiles.SolutionRow> solution = new ArrayList<>();
        boolean[] isPublic = publicRows(data.rows().size(), pub.publicFraction(), data.options().seed());
        for (int k = 0; k < data.rows().size(); k++) {
            Row r = data.rows().get(k);
            String id = Integer.toString(r.id());
            String state = Arrays.stream(r.state()).mapToObj(c -> labels[c]).collect(Collectors.joining(","));
            test.add(new PathfindingFiles.TestRow(id, state));
            sub.add(new PathfindingFiles.PathRow(id, String.join(".", r.path())));
            solution.add(new PathfindingFiles.SolutionRow(id, state, data.exact() ? r.distance() : null,
                    isPublic[k] ? "Public" : "Private"));
            if (data.exact()) {
                ans.add(new PathfindingFiles.AnswerRow(id, r.distance()));
                best.add(new PathfindingFiles.PathRow(id, String.join(".", r.optimal())));
            }
        }
        atomic(publicDir.resolve("puzzle_info.json"), data.info().toJson());
        atomic(publicDir.resolve("test.csv"), CsvTables.write(PathfindingFiles.TestRow.class, test));
        atomic(publicDir.resolve("sample_submission.csv"), CsvTables.write(PathfindingFiles.PathRow.class, sub));
        atomic(publicDir.resolve("README.md"), PathfindingReadme.competitors(data, pub));
        atomic(publicDir.resolve("dataset-metadata.json"), KaggleMetadata.pathfinding(pub.title(), pub.id()));
        org.cayleyj.io.OutputFile.write(organiserDir.resolve("solution.csv"),
                CsvTables.write(PathfindingFiles.SolutionRow.class, solution));
        if (data.exact()) {
            org.cayleyj.io.OutputFile.write(organiserDir.resolve("answers.csv"),
                    CsvTables.write(PathfindingFiles.AnswerRow.class, ans));
            org.cayleyj.io.OutputFile.write(organiserDir.resolve("optimal_submission.csv"),
                    CsvTables.write(PathfindingFiles.PathRow.class, best));
        }
        org.cayleyj.io.OutputFile.write(organiserDir.resolve("README.md"), PathfindingReadme.organiser(data, pub,
                publicDir));
    }

    /** Which rows count on the public leaderboard: a seeded random choice of round(fraction * rows) rows. */
    static boolean[] publicRows(int rows, double fraction, long seed) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] out = new boolean[rows];
        long take = Math.round(fraction * rows);
        for (int i = 0; i < take; i++) {
            out[order[i]] = true;
        }
        return out;
    }

    static void atomic(Path file, String text) {
        org.cayleyj.io.OutputFile.write(file, text);
    }
}
