package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the bad-input corpus ({@code src/test/resources/bad-inputs/*.case}, format in the README there)
 * through the real CLI: exit 2, one line {@code cayley: ...} on stderr with the expected text and no stack trace,
 * nothing on stdout, no output file and no stray files.
 */
class BadInputCorpusTest {
    private static final String CORPUS = "bad-inputs";
    private static final int MIN_CASES = 160;

    /**
     * One parsed {@code .case} file.
     *
     * @param name    file name without {@code .case}
     * @param steps   what to create in the temp folder, in order
     * @param args    the arguments, still with {@code ${tmp}}
     * @param expects substrings stderr must contain
     * @param regexes patterns stderr must contain a match of
     */
    record Case(String name, List<Setup> steps, List<String> args, List<String> expects, List<Pattern> regexes) {
    }

    /** A file (content non-null) or a folder (content null) to create before the run. */
    record Setup(String path, byte[] content) {
    }

    @Test
    void corpusHasAtLeastOneHundredSixtyCases() throws IOException {
        List<Path> files = caseFiles();
        assertTrue(files.size() >= MIN_CASES, "the corpus has " + files.size() + " cases, needs " + MIN_CASES);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsCleanly() throws IOException {
        return caseFiles().stream().map(file -> {
            Case c = parse(file);
            return DynamicTest.dynamicTest(c.name(), file.toUri(), () -> run(c));
        });
    }

    @Test
    void parserRejectsMalformedCaseFiles() {
        assertThrows(IllegalArgumentException.class, () -> parse("x", List.of("args: growth")), "no expect");
        assertThrows(IllegalArgumentException.class, () -> parse("x", List.of("expct: typo", "expect: a")));
        assertThrows(IllegalArgumentException.class, () -> parse("x", List.of("| orphan", "expect: a")));
        Case c = parse("x", List.of("# comment", "args: growth  --central\t0011", "arg: a b ", "arg: \\u0041\\\\",
                "file: d/f.txt", "| one", "|", "bytes: b.bin 00 ff", "dir: e", "expect: e", "expect-regex: r+"));
        assertEquals(List.of("growth", "--central", "0011", "a b ", "A\\"), c.args());
        assertEquals("d/f.txt", c.steps().get(0).path());
        assertEquals("one\n\n", new String(c.steps().get(0).content(), StandardCharsets.UTF_8));
        assertEquals(2, c.steps().get(1).content().length);
        assertEquals(null, c.steps().get(2).content());
    }

    private static List<Path> caseFiles() throws IOException {
        URL url = BadInputCorpusTest.class.getClassLoader().getResource(CORPUS);
        assertNotNull(url, "test resource folder " + CORPUS + " not found");
        Path dir;
        try {
            dir = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".case")).sorted().toList();
        }
    }

    static Case parse(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.case$", "");
        try {
            return parse(name, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case parse(String name, List<String> lines) {
        List<Setup> steps = new ArrayList<>();
        List<String> args = new ArrayList<>();
        List<String> expects = new ArrayList<>();
        List<Pattern> regexes = new ArrayList<>();
        String openFile = null;
        StringBuilder content = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = name + ".case:" + (i + 1) + ": ";
            if (line.equals("|") || line.startsWith("| ")) {
                if (openFile == null) {
                    throw new IllegalArgumentException(where + "content line without a preceding 'file:'");
                }
                content.append(line.length() > 1 ? line.substring(2) : "").append('\n');
                continue;
            }
            if (openFile != null) {
                steps.add(new Setup(openFile, content.toString().getBytes(StandardCharsets.UTF_8)));
                openFile = null;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (key) {
                case "args" -> {
                    for (String a : value.trim().split("[ \\t]+")) {
                        if (!a.isEmpty()) {
                            args.add(a);
                        }
                    }
                }
                case "arg" -> args.add(unescape(value, where));
                case "file" -> {
                    openFile = value.trim();
                    content = new StringBuilder();
                }
                case "bytes" -> {
                    String[] parts = value.trim().split("\\s+");
                    byte[] bytes = new byte[parts.length - 1];
                    for (int b = 1; b < parts.length; b++) {
                        bytes[b - 1] = (byte) Integer.parseInt(parts[b], 16);
                    }
                    steps.add(new Setup(parts[0], bytes));
                }
                case "dir" -> steps.add(new Setup(value.trim(), null));
                case "expect" -> expects.add(value);
                case "expect-regex" -> regexes.add(Pattern.compile(value));
                default -> throw new IllegalArgumentException(where + "unknown directive '" + key + "'");
            }
        }
        if (openFile != null) {
            steps.add(new Setup(openFile, content.toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (expects.isEmpty() && regexes.isEmpty()) {
            throw new IllegalArgumentException(name + ".case: needs an 'expect:' or 'expect-regex:' line");
        }
        return new Case(name, steps, args, expects, regexes);
    }

    /** {@code \\uXXXX} is that character, {@code \\\\} a backslash; any other backslash is kept. */
    private static String unescape(String s, String where) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                if (i + 6 > s.length()) {
                    throw new IllegalArgumentException(where + "incomplete \\u escape");
                }
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void run(Case c) throws IOException {
        Path tmp = Files.createTempDirectory("cayleyj-bad-input-");
        try {
            String tmpText = tmp.toAbsolutePath().toString();
            for (Setup s : c.steps()) {
                Path p = tmp.resolve(s.path());
                if (s.content() == null) {
                    Files.createDirectories(p);
                } else {
                    Files.createDirectories(p.getParent());
                    Files.write(p, s.content());
                }
            }
            String[] args = c.args().stream().map(a -> a.replace("${tmp}", tmpText)).toArray(String[]::new);
            Path out = outPath(args);
            boolean outExisted = out != null && Files.exists(out);
            Set<String> before = listing(tmp);

            Captured captured = runCapturingSystemStreams(args);
            Cli.Run r = captured.run();
            String shown = c.name() + " " + String.join(" ", args);

            assertEquals(2, r.exit(), shown + "\nstderr: " + r.err());
            String err = r.err();
            assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1,
                    shown + ": stderr must be exactly one line:\n" + err);
            assertTrue(err.startsWith("cayley: "), shown + ": " + err);
            assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("internal error"),
                    shown + ": no stack trace or internal error: " + err);
            for (String expect : c.expects()) {
                String e = expect.replace("${tmp}", tmpText);
                assertTrue(err.contains(e), shown + ":\n  stderr " + err.strip() + "\n  should contain " + e);
            }
            for (Pattern p : c.regexes()) {
                assertTrue(p.matcher(err).find(), shown + ":\n  stderr " + err.strip() + "\n  should match " + p);
            }
            assertEquals("", r.out(), shown + ": nothing on stdout");
            assertEquals("", captured.systemOut(), shown + ": nothing printed to System.out directly");
            assertEquals("", captured.systemErr(), shown + ": nothing printed to System.err directly");
            if (out != null && !outExisted) {
                assertFalse(Files.exists(out), shown + ": no output file " + out);
            }
            assertEquals(before, listing(tmp), shown + ": the temp folder must hold only what the case created");
        } finally {
            deleteRecursively(tmp);
        }
    }

    /** The value of {@code --out FILE} or {@code --out=FILE}, or null (also for a path the OS cannot represent). */
    private static Path outPath(String[] args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--out=")) {
                value = args[i].substring("--out=".length());
            }
        }
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private record Captured(Cli.Run run, String systemOut, String systemErr) {
    }

    /** Runs the CLI while System.out and System.err are redirected, to catch output that bypasses picocli. */
    private static synchronized Captured runCapturingSystemStreams(String[] args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            Cli.Run r = Cli.cayley(args);
            return new Captured(r, sysOut.toString(StandardCharsets.UTF_8), sysErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Relative paths of everything under {@code dir} (folders end with '/'). */
    private static Set<String> listing(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> !p.equals(dir))
                    .forEach(p -> out.add(dir.relativize(p) + (Files.isDirectory(p) ? "/" : "")));
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    fail("cannot clean up " + p + ": " + e);
                }
            }
        }
    }
}
