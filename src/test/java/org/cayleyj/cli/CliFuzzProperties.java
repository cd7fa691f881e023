package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.cayleyj.testing.Cli;
import org.cayleyj.testing.Fuzz;

/**
 * Random argument lists for {@code cayley growth}, run in-process: the CLI exits 0, or exits 2 with one line
 * {@code cayley: ...} on stderr, nothing on stdout and no output file; never exit 1 (an internal error). Each list is
 * a valid command (from {@link #TEMPLATES}) with up to three random perturbations: a value replaced by garbage, an
 * option added, an argument dropped. Every run is capped ({@code --max-states}, one thread) so it stays quick.
 */
class CliFuzzProperties {
    private static Path dir;
    private static Path out;
    private static Set<Path> fixtures;

    /** Valid commands, one argument per space; {@code ${tmp}} is the fixture folder. */
    private static final List<String> TEMPLATES = List.of(
            "lrx -n 6",
            "lrx -n 6 --param k=2 --central 001122",
            "coxeter -n 5 --add-inverses --format json",
            "--generators L=[1,2,3,0];X=(0,1) --central 0011",
            "--generators (1,2,3) --one-based -n 4",
            "--generators-file ${tmp}/gens.txt -n 3",
            "--matrices [[1,1],[0,1]];[[1,0],[1,1]] --modulo 5",
            "--matrices [[1,1],[0,1]] --max-layers 4 --central [[1],[0]]",
            "heisenberg -n 3 --modulo 3",
            "special_linear_root_weyl -n 2 --param modulo=7 --format csv",
            "--puzzle-file ${tmp}/ok.gap",
            "--puzzle-file ${tmp}/p.json --engine general",
            "conjugacy_classes -n 5 --param classes=3:all;2,2:2",
            "rand_generators -n 5 --param k=3 --param seed=4",
            "globe_puzzle --param a=1 --param b=2",
            "hungarian_rings --param left_size=4 --param left_index=0 --param right_size=4 --param right_index=0",
            "rubik_cube -n 2 --param metric=HTM",
            "wrapped_k_cycles -n 5 --param k=3",
            "pancake -n 5 --central multi:[[0,1,2,3,4],[4,3,2,1,0]]",
            "lx -n 5 --format csv --max-layers 3 --last-layer 2",
            "top_spin -n 6 --engine rank",
            "cubic_pancake -n 5 --param subset=3");

    private static final List<String> VALUE_OPTIONS = List.of("-n", "--param", "--central", "--generators",
            "--matrices", "--modulo", "--max-layers", "--engine", "--last-layer", "--format", "--puzzle-file",
            "--generators-file");
    private static final List<String> FLAGS = List.of("--one-based", "--add-inverses", "-q", "--", "-x", "--bogus");
    private static final List<String> VALUE_SEEDS = List.of("0", "1", "2", "3", "4", "5", "6", "-1", "2147483648",
            "k=2", "k=", "=", "modulo=5", "metric=HTM", "a=1", "b=2", "classes=2:all", "identity", "0011", "0,1,0,1",
            "[[1,1],[0,1]]", "[[1,1],[0,1]];[[1,0],[1,1]]", "[1,2,0];[1,0,2]", "(0 1);(1 2 3)", "rank", "general",
            "auto", "json", "csv", "table", "multi:[[0,1],[1,0]]", "@nofile", "lrx", "coxeter");
    private static final List<String> VALUE_TOKENS = List.of("k=", "modulo=", "[[", "(0 1)");
    private static List<String> paths;

    @BeforeContainer
    static void createFixtures() throws IOException {
        dir = Files.createTempDirectory("cayleyj-cli-fuzz");
        out = dir.resolve("out.txt");
        Files.writeString(dir.resolve("gens.txt"), "A=(0 1)\n# c\nB=[1,2,0]\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.gap"), "M_F:=(1,2,3;\nip:=[[1]\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ok.gap"), "M_F:=(1,2,3)(4,5);\nM_G:=(1,4);\nip:=[[1,2]];\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p.json"), "{\"generators\": {\"a\": [1,0,2], \"b\": [0,2,1]},"
                + " \"central_state\": [0,0,1]}", StandardCharsets.UTF_8);
        Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Files.createDirectory(dir.resolve("sub"));
        try (Stream<Path> s = Files.list(dir)) {
            fixtures = s.collect(Collectors.toSet());
        }
        paths = new ArrayList<>(fixtures.stream().map(Path::toString).sorted().toList());
        paths.add(dir.resolve("missing.gap").toString());
    }

    @AfterContainer
    static void deleteFixtures() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> argumentLists() {
        return Arbitraries.longs().map(seed -> argumentList(new Random(seed)));
    }

    private static List<String> argumentList(Random rnd) {
        String template = TEMPLATES.get(rnd.nextInt(TEMPLATES.size())).replace("${tmp}", dir.toString());
        List<String> args = new ArrayList<>(Arrays.asList(template.split(" ")));
        for (int edits = rnd.nextInt(4); edits > 0; edits--) {
            int at = rnd.nextInt(args.size() + 1);
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    if (!args.isEmpty()) {
                        int v = Math.min(at, args.size() - 1);
                        args.set(v, value(rnd));
                    }
                }
                case 1 -> args.addAll(at, List.of(VALUE_OPTIONS.get(rnd.nextInt(VALUE_OPTIONS.size())), value(rnd)));
                case 2 -> args.add(at, FLAGS.get(rnd.nextInt(FLAGS.size())));
                default -> {
                    if (!args.isEmpty()) {
                        args.remove(Math.min(at, args.size() - 1));
                    }
                }
            }
        }
        List<String> full = new ArrayList<>(Arrays.asList("growth", "-q", "--max-states", "1000", "--threads", "1"));
        full.addAll(args);
        if (rnd.nextInt(3) == 0) {
            full.add("--out");
            full.add(out.toString());
        }
        return full;
    }

    private static String value(Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind < 4) {
            return VALUE_SEEDS.get(rnd.nextInt(VALUE_SEEDS.size()));
        }
        if (kind < 6) {
            return paths.get(rnd.nextInt(paths.size()));
        }
        return Fuzz.randomText(rnd, VALUE_SEEDS, VALUE_TOKENS);
    }

    @Property(tries = 250)
    void growthExitsZeroOrTwoWithOneLine(@ForAll("argumentLists") List<String> args) throws IOException {
        String shown = args.stream().map(Fuzz::quote).collect(Collectors.joining(" "));
        Cli.Run r = Cli.cayley(args.toArray(new String[0]));
        Statistics.label("exit code").collect(r.exit());
        try {
            assertTrue(r.exit() == 0 || r.exit() == 2, "exit " + r.exit() + " for " + shown + ": " + r.err());
            if (r.exit() == 2) {
                String err = r.err();
                assertTrue(err.startsWith("cayley: ") && err.endsWith("\n"), shown + " -> " + Fuzz.quote(err));
                assertEquals(1, err.split("\n", -1).length - 1, "one line for " + shown + ": " + Fuzz.quote(err));
                assertFalse(err.contains("Exception") || err.contains("\tat "), shown + " -> " + err);
                assertEquals("", r.out(), "no output for " + shown);
                assertFalse(Files.exists(out), "no output file for " + shown);
            }
            try (Stream<Path> s = Files.list(dir)) {
                Set<Path> now = s.filter(p -> !p.equals(out)).collect(Collectors.toSet());
                assertEquals(fixtures, now, "no stray files for " + shown);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
