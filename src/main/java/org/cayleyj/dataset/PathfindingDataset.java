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
import org.cayleyj.graph.GraphDefinition;
import org.cayleyj.graph.GraphSpec;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.io.CsvTables;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * A pathfinding dataset in the layout of CayleyPy's Kaggle competitions: {@code puzzle_info.json}, {@code test.csv}
 * ({@code initial_state_id,initial_state}), {@code sample_submission.csv} ({@code initial_state_id,path} with a valid,
 * dot-separated solution) and, when states were drawn from an exact BFS, {@code answers.csv} with their true distances.
 *
 * <p>Small graphs (at most {@link Options#exactLimit()} states, one packed word each) are searched exhaustively from
 * the central state along reversed moves, so every state's distance <em>to</em> the central state is known; states
 * are then drawn uniformly from the whole orbit and the sample solution is a shortest path. Larger graphs use random
 * walks of {@link Options#walkLength()} reversed moves, whose reversal is the sample solution.
 */
public final class PathfindingDataset {
    /**
     * @param count       states to draw
     * @param seed        random seed
     * @param exactLimit  largest orbit searched exhaustively
     * @param walkLength  moves per random walk (beyond the exact limit)
     */
    public record Options(int count, long seed, long exactLimit, int walkLength) {
    }

    /** One test row: its state's codes, a valid solution and the exact distance (or -1 when unknown). */
    public record Row(int id, int[] state, List<String> path, int distance) {
    }

    /** The generated dataset. */
    public record Dataset(PuzzleInfo info, List<Row> rows, boolean exact, GraphDefinition definition) {
    }

    private PathfindingDataset() {
    }

    public static Dataset generate(GraphSpec spec, Options options) {
        if (!(spec instanceof GraphDefinition def)) {
            throw new InvalidInputException("pathfinding datasets need a permutation graph (not a matrix group)");
        }
        if (def.central().starts().length != 1) {
            throw new InvalidInputException("pathfinding datasets need a single central state");
        }
        if (options.count() < 1 || options.count() > 10_000_000) {
            throw new InvalidInputException("--count must be 1..10^7");
        }
        if (options.walkLength() < 1) {
            throw new InvalidInputException("--walk-length must be positive");
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
        List<Row> rows = exact ? exactRows(def, options) : walkRows(def, options);
        return new Dataset(info, rows, exact, def);
    }

    /** Distances to the central state by BFS along reversed moves; uniform draws; greedy shortest paths. */
    private static List<Row> exactRows(GraphDefinition def, Options options) {
        List<Generator> reversed = new ArrayList<>();
        for (Generator g : def.generators()) {
            reversed.add(new Generator(g.name(), g.permutation().inverse()));
        }
        StateSpace back = new GraphDefinition(def.family(), def.params(), def.n(), reversed, def.central())
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
        Random random = new Random(options.seed());
        List<Row> rows = new ArrayList<>(options.count());
        for (int id = 0; id < options.count(); id++) {
            long s = order.get(random.nextInt(order.size()));
            int d = dist.get(s);
            List<String> path = new ArrayList<>(d);
            long cur = s;
            for (int left = d; left > 0; left--) {
                one[0] = cur;
                forward.expand(one, 0, 1, out, 0);
                int g = 0;
                while (dist.getIfAbsent(out[g], -1) != left - 1) {
                    g++;
                }
                path.add(forward.generatorName(g));
                cur = out[g];
            }
            one[0] = s;
            rows.add(new Row(id, forward.decode(one, 0), path, d));
        }
        return rows;
    }

    /** Random walks of reversed moves from the central state; the solution replays them forwards. */
    private static List<Row> walkRows(GraphDefinition def, Options options) {
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
            rows.add(new Row(id, state, Arrays.asList(moves), -1));
        }
        return rows;
    }

    /** Writes the dataset's files into {@code dir}. */
    public static void write(Path dir, Dataset data) throws IOException {
        org.cayleyj.io.OutputFile.createDirectories(dir);
        String[] labels = data.definition().central().labels();
        List<PathfindingFiles.TestRow> test = new ArrayList<>();
        List<PathfindingFiles.PathRow> sub = new ArrayList<>();
        List<PathfindingFiles.AnswerRow> ans = new ArrayList<>();
        for (Row r : data.rows()) {
            String id = Integer.toString(r.id());
            test.add(new PathfindingFiles.TestRow(id, Arrays.stream(r.state()).mapToObj(c -> labels[c])
                    .collect(Collectors.joining(","))));
            sub.add(new PathfindingFiles.PathRow(id, String.join(".", r.path())));
            ans.add(new PathfindingFiles.AnswerRow(id, r.distance()));
        }
        atomic(dir.resolve("puzzle_info.json"), data.info().toJson());
        atomic(dir.resolve("test.csv"), CsvTables.write(PathfindingFiles.TestRow.class, test));
        atomic(dir.resolve("sample_submission.csv"), CsvTables.write(PathfindingFiles.PathRow.class, sub));
        if (data.exact()) {
            atomic(dir.resolve("answers.csv"), CsvTables.write(PathfindingFiles.AnswerRow.class, ans));
        }
    }

    static void atomic(Path file, String text) {
        org.cayleyj.io.OutputFile.write(file, text);
    }
}
