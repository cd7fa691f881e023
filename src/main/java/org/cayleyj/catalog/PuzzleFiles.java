package org.cayleyj.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.GeneratorParser;
import org.cayleyj.graph.InputRules;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;

/**
 * Puzzle definitions read from files ({@code --puzzle-file}). Two formats:
 *
 * <p><b>GAP</b> ({@code .gap}, as written by cubing.js PuzzleGeometry and read by the reference's
 * {@code GapPuzzles.load_puzzle_from_file}): every statement {@code M_<name>:=(a,b,c)(d,e);} is a generator in 1-based
 * cycle notation, named by the key without its first {@code M_}; the state size is the largest index used.
 * {@code ip:=[[...],...];} lists groups of identical pieces (1-based): the central state colours positions in order of
 * first position, a position in a group taking the group's colour and any other position its own colour (no
 * {@code ip}: the identity). Other statements ({@code Gen:=[...]}) and {@code #} comments are ignored; a statement may
 * continue over several lines. Missing inverses are appended (named {@code name'}), as the reference does. Family name
 * {@code gap:<file name without .gap>}.
 *
 * <p><b>JSON</b> ({@code .json}, the shape of Kaggle's puzzle_info and of shared/data/puzzles/*.json):
 * <pre>
 * {"name": "my_puzzle",                      optional; family puzzle:NAME (default: the file name)
 *  "state_size": 24,                         optional; checked against the generators
 *  "convention": "...",                      optional, ignored (one-line 0-based, t[i] = s[p[i]])
 *  "central_state": [0,0,0,0,1,1,1,1,...],  optional; default identity; integers or short strings
 *  "generators": {"U": [one-line form], ...} or a list of one-line forms (default names)
 *  "make_inverse_closed": true}              optional, default true: append missing inverses as name'
 * </pre>
 * Errors are one line naming the file and line.
 */
public final class PuzzleFiles {
    private PuzzleFiles() {
    }

    /** Loads a GAP or JSON puzzle file (by extension; otherwise by content: a leading '{' means JSON). */
    public static PermutationGraph load(Path file) {
        String text = read(file);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean json = lower.endsWith(".json") || (!lower.endsWith(".gap") && text.stripLeading().startsWith("{"));
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        if (json) {
            return parseJson(text, file.toString(), stem);
        }
        PermutationGraph def = parseGap(text, file.toString(), stem);
        return def.isInverseClosed() ? def : def.withMissingInverses();
    }

    private static String read(Path file) {
        return InputRules.readText(file, "puzzle file");
    }

    private static InvalidInputException error(String source, int line, String message) {
        return new InvalidInputException(source + (line > 0 ? ":" + line : "") + ": " + message);
    }

    // ---------------------------------------------------------------- GAP

    /** One GAP statement {@code key:=value;}, possibly joined from several lines. */
    private record Statement(String key, String value, int line) {
    }

    /**
     * Parses GAP text as written by PuzzleGeometry, without adding inverses.
     *
     * @param source file name for error messages
     * @param name   puzzle name: the family is {@code gap:<name>}
     */
    public static PermutationGraph parseGap(String text, String source, String name) {
        List<String> names = new ArrayList<>();
        Set<String> nameSet = new HashSet<>();
        List<List<int[]>> cycleLists = new ArrayList<>();
        List<Integer> genLines = new ArrayList<>();
        Statement ip = null;
        int n = 0;
        long entries = 0;
        for (Statement st : statements(text, source)) {
            if (st.key.startsWith("M_")) {
                String gen = st.key.substring(2);
                if (!gen.matches("[^\\s=;,()\\[\\]#]+")) {
                    throw error(source, st.line, "malformed generator name '" + st.key + "'");
                }
                if (!nameSet.add(gen)) {
                    throw error(source, st.line, "generator " + st.key + " is defined twice");
                }
                InputRules.checkName(gen, source + ":" + st.line + ": ");
                InputRules.checkCount(names.size() + 1L, source + ": ");
                List<int[]> cycles = parseCycles(st.value, source, st.line, st.key);
                for (int[] c : cycles) {
                    for (int v : c) {
                        n = Math.max(n, v);
                        entries++;
                    }
                }
                names.add(gen);
                cycleLists.add(cycles);
                genLines.add(st.line);
            } else if (st.key.equals("ip")) {
                if (ip != null) {
                    throw error(source, st.line, "ip is defined twice (first at line " + ip.line + ")");
                }
                ip = st;
            }
        }
        if (names.isEmpty()) {
            throw error(source, 0, "no generators: expected statements like M_F:=(1,2,3)(4,5);");
        }
        if (n == 0) {
            throw error(source, genLines.get(0), "every generator is the identity: the state size is unknown");
        }
        if (n > GeneratorParser.MAX_SIZE) {
            throw error(source, 0, "index " + n + " is too large (at most " + GeneratorParser.MAX_SIZE + " positions)");
        }
        PuzzleFamily.checkSize("puzzle " + source, names.size(), n);
        List<Generator> gens = new ArrayList<>(names.size());
        for (int g = 0; g < names.size(); g++) {
            int[] p = PermutationFamilies.identity(n);
            for (int[] c : cycleLists.get(g)) {
                for (int t = 0; t < c.length; t++) {
                    p[c[t] - 1] = c[(t + 1) % c.length] - 1;
                }
            }
            gens.add(new Generator(names.get(g), Permutation.of(p)));
        }
        CentralState central = ip == null ? CentralState.identity(n)
                : PuzzleFamilies.colouring(colours(n, parseIp(ip, source, n)));
        return new PermutationGraph("gap:" + name, Map.of(), n, gens, central);
    }

    /** Splits GAP text into statements {@code key:=value;} with their first line; comments removed. */
    private static List<Statement> statements(String text, String source) {
        List<Statement> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int i = 0;
        while (i < lines.length) {
            String line = stripComment(lines[i]);
            int start = i + 1;
            i++;
            if (line.isBlank()) {
                continue;
            }
            if (!line.contains(":=")) {
                if (line.strip().startsWith("M_") && line.contains("(")) {
                    throw error(source, start, "expected M_name:=(cycles); but found '" + abbreviate(line.strip()) + "'");
                }
                // continuation lines of a statement (e.g. Gen:=[ ... ];) were joined to it below
                throw error(source, start, "expected a statement name:=value; but found '"
                        + abbreviate(line.strip()) + "'");
            }
            StringBuilder sb = new StringBuilder(line.strip());
            // A statement continues until ';' or the next line that starts a statement (the reference reads line by line
            // and does not need the ';').
            while (!endsStatement(sb) && i < lines.length && !stripComment(lines[i]).contains(":=")) {
                String next = stripComment(lines[i]).strip();
                i++;
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\\') {
                    sb.setLength(sb.length() - 1); // GAP's own line wrapping
                }
                sb.append(next);
            }
            String st = sb.toString();
            if (!endsStatement(sb)) {
                throw error(source, start, "the statement " + abbreviate(st.substring(0, st.indexOf(":=")).strip())
                        + ":= does not end with ';'");
            }
            int at = st.indexOf(":=");
            if (st.indexOf(":=", at + 2) >= 0) {
                throw error(source, start, "two ':=' in one statement (missing ';'?)");
            }
            String key = st.substring(0, at).strip();
            String value = st.substring(at + 2).strip();
            if (value.endsWith(";")) {
                value = value.substring(0, value.length() - 1).strip();
            }
            if (value.contains(";")) {
                throw error(source, start, "unexpected ';' inside the value of " + key);
            }
            out.add(new Statement(key, value, start));
        }
        return out;
    }

    private static boolean endsStatement(StringBuilder sb) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == ';';
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Parses {@code (1,2,3)(4,5)} (or {@code ()}); 1-based, disjoint. */
    private static List<int[]> parseCycles(String value, String source, int line, String key) {
        List<int[]> cycles = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int pos = 0;
        int len = value.length();
        while (true) {
            while (pos < len && Character.isWhitespace(value.charAt(pos))) {
                pos++;
            }
            if (pos == len) {
                break;
            }
            if (value.charAt(pos) != '(') {
                throw malformed(source, line, key, value, pos, "expected '('");
            }
            pos++;
            List<Integer> cycle = new ArrayList<>();
            while (true) {
                while (pos < len && Character.isWhitespace(value.charAt(pos))) {
                    pos++;
                }
                if (pos < len && value.charAt(pos) == ')' && cycle.isEmpty()) {
                    pos++;
                    break; // () is the identity
                }
                int digits = pos;
                while (pos < len && value.charAt(pos) >= '0' && value.charAt(pos) <= '9') {
                    pos++;
                }
                if (digits == pos) {
                    throw malformed(source, line, key, value, pos, "expected a positive integer");
                }
                if (pos - digits > 9) {
                    throw error(source, line, key + ": index " + abbreviate(value.substring(digits, pos))
                            + " is too large (at most " + GeneratorParser.MAX_SIZE + " positions)");
                }
                int v = Integer.parseInt(value.substring(digits, pos));
                if (v < 1) {
                    throw error(source, line, key + ": index " + v + " is not 1-based (indices start at 1)");
                }
                if (!used.add(v)) {
                    throw error(source, line, key + ": index " + v + " appears twice (cycles must be disjoint)");
                }
                cycle.add(v);
                while (pos < len && Character.isWhitespace(value.charAt(pos))) {
                    pos++;
                }
                if (pos < len && value.charAt(pos) == ',') {
                    pos++;
                } else if (pos < len && value.charAt(pos) == ')') {
                    pos++;
                    break;
                } else {
                    throw malformed(source, line, key, value, pos, "expected ',' or ')'");
                }
            }
            if (!cycle.isEmpty()) {
                cycles.add(cycle.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (cycles.isEmpty() && !value.contains("(")) {
            throw error(source, line, key + ": expected cycles such as (1,2,3)(4,5), got '" + abbreviate(value) + "'");
        }
        return cycles;
    }

    private static InvalidInputException malformed(String source, int line, String key, String value, int pos,
                                                   String what) {
        String found = pos < value.length() ? "'" + value.charAt(pos) + "'" : "the end";
        int from = Math.max(0, pos - 20);
        return error(source, line, "malformed cycles in " + key + ": " + what + " but found " + found
                + " at character " + (pos + 1) + " of the value (near '" + value.substring(from,
                Math.min(value.length(), pos + 10)) + "')");
    }

    private static List<int[]> parseIp(Statement ip, String source, int n) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(ip.value);
        } catch (JsonProcessingException e) {
            throw error(source, ip.line, "ip must be a list of lists of positions such as [[1,2],[3]]: "
                    + jsonProblem(e));
        }
        if (node == null || !node.isArray()) {
            throw error(source, ip.line, "ip must be a list of lists of positions such as [[1,2],[3]]");
        }
        List<int[]> groups = new ArrayList<>();
        Map<Integer, Integer> groupOf = new HashMap<>();
        for (JsonNode g : node) {
            if (!g.isArray()) {
                throw error(source, ip.line, "ip must be a list of lists of positions such as [[1,2],[3]], found " + g);
            }
            int[] group = new int[g.size()];
            for (int i = 0; i < group.length; i++) {
                JsonNode v = g.get(i);
                if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 1 || v.intValue() > n) {
                    throw error(source, ip.line, "ip position " + v + " is not between 1 and the state size " + n);
                }
                group[i] = v.intValue();
                Integer before = groupOf.put(group[i], groups.size());
                if (before != null) {
                    throw error(source, ip.line, "ip position " + group[i] + " is in two groups");
                }
            }
            groups.add(group);
        }
        return groups;
    }

    /** The reference's central state from identical-piece groups (1-based positions). */
    static int[] colours(int n, List<int[]> groups) {
        int[][] groupOf = new int[n][];
        for (int[] g : groups) {
            for (int pos : g) {
                groupOf[pos - 1] = g;
            }
        }
        int[] colour = new int[n];
        java.util.Arrays.fill(colour, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (colour[i] != -1) {
                continue;
            }
            if (groupOf[i] != null) {
                for (int pos : groupOf[i]) {
                    colour[pos - 1] = next;
                }
            } else {
                colour[i] = next;
            }
            next++;
        }
        return colour;
    }

    // ---------------------------------------------------------------- JSON

    /**
     * Parses the JSON puzzle format.
     *
     * @param source      file name for error messages
     * @param defaultName puzzle name when the file has no "name"
     */
    public static PermutationGraph parseJson(String text, String source, String defaultName) {
        ObjectMapper mapper = new ObjectMapper();
        String name = defaultName;
        Integer stateSize = null;
        int stateSizeLine = 0;
        JsonNode central = null;
        int centralLine = 0;
        boolean closeUnderInverses = true;
        List<String> genNames = new ArrayList<>();
        Set<String> genNameSet = new HashSet<>();
        List<JsonNode> genValues = new ArrayList<>();
        List<Integer> genLines = new ArrayList<>();
        boolean sawGenerators = false;
        Set<String> seenKeys = new HashSet<>();
        try (JsonParser p = mapper.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(source, line(p), "a puzzle file must be a JSON object {\"generators\": {...}, ...}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                if (!seenKeys.add(key)) {
                    throw error(source, keyLine, "key \"" + key + "\" appears twice");
                }
                JsonToken t = p.nextToken();
                switch (key) {
                    case "name" -> {
                        if (t != JsonToken.VALUE_STRING || !p.getText().matches("[A-Za-z0-9_+\\-.']+")) {
                            throw error(source, keyLine, "\"name\" must be a string of letters, digits and _+-.'");
                        }
                        name = p.getText();
                    }
                    case "state_size" -> {
                        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                                || p.getIntValue() < 1) {
                            throw error(source, keyLine, "\"state_size\" must be a positive integer below 2^31, got "
                                    + abbreviate(p.getText() == null ? String.valueOf(t) : p.getText()));
                        }
                        stateSize = p.getIntValue();
                        stateSizeLine = keyLine;
                    }
                    case "convention" -> p.skipChildren();
                    case "make_inverse_closed" -> {
                        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                            throw error(source, keyLine, "\"make_inverse_closed\" must be true or false");
                        }
                        closeUnderInverses = t == JsonToken.VALUE_TRUE;
                    }
                    case "central_state" -> {
                        central = p.readValueAsTree();
                        centralLine = keyLine;
                    }
                    case "generators" -> {
                        sawGenerators = true;
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                int gLine = line(p);
                                p.nextToken();
                                if (!genNameSet.add(g)) {
                                    throw error(source, gLine, "generator \"" + g + "\" is defined twice");
                                }
                                InputRules.checkName(g, source + ":" + gLine + ": ");
                                InputRules.checkCount(genNames.size() + 1L, source + ": ");
                                genNames.add(g);
                                genValues.add(p.readValueAsTree());
                                genLines.add(gLine);
                            }
                        } else if (t == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                InputRules.checkCount(genNames.size() + 1L, source + ": ");
                                genLines.add(line(p));
                                genNames.add(null);
                                genValues.add(p.readValueAsTree());
                            }
                        } else {
                            throw error(source, keyLine, "\"generators\" must be an object {\"name\": [one-line"
                                    + " permutation], ...} or a list of one-line permutations");
                        }
                    }
                    default -> throw error(source, keyLine, "unknown key \"" + key + "\"; a puzzle file has"
                            + " generators and optionally name, central_state, state_size, convention,"
                            + " make_inverse_closed");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw error(source, line(p), "unexpected content after the puzzle object");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw error(source, line, "malformed JSON: " + jsonProblem(e));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read puzzle file " + source + ": " + e.getMessage());
        }
        if (!sawGenerators || genValues.isEmpty()) {
            throw error(source, 0, "no generators: expected \"generators\": {\"name\": [one-line permutation], ...}");
        }
        int n = -1;
        int firstLine = 0;
        List<Generator> gens = new ArrayList<>();
        for (int g = 0; g < genValues.size(); g++) {
            JsonNode v = genValues.get(g);
            String label = genNames.get(g) == null ? "generator " + (g + 1) : "generator \"" + genNames.get(g) + "\"";
            int gLine = genLines.get(g);
            if (!v.isArray() || v.isEmpty()) {
                throw error(source, gLine, label + " must be a non-empty list of integers (one-line form, 0-based)");
            }
            if (n < 0) {
                n = v.size();
                firstLine = gLine;
                if (stateSize != null && n != stateSize) {
                    throw error(source, gLine, label + " has size " + n + " but state_size is " + stateSize
                            + " (line " + stateSizeLine + ")");
                }
                PuzzleFamily.checkSize("puzzle " + source, genValues.size(), n);
            } else if (v.size() != n) {
                throw error(source, gLine, label + " has size " + v.size() + " but the generator at line " + firstLine
                        + " has size " + n + " (all generators must have the same size)");
            }
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                JsonNode x = v.get(i);
                if (!x.isIntegralNumber()) {
                    throw error(source, gLine, label + ": entry " + i + " is " + abbreviate(x.toString())
                            + ", not an integer");
                }
                if (!x.canConvertToInt()) {
                    throw error(source, gLine, label + ": entry " + i + " is " + abbreviate(x.toString())
                            + ", out of range for a permutation of size " + n);
                }
                perm[i] = x.intValue();
            }
            Permutation p;
            try {
                p = Permutation.of(perm);
            } catch (InvalidInputException e) {
                throw error(source, gLine, label + ": " + e.getMessage());
            }
            gens.add(genNames.get(g) == null ? Generator.unnamed(p) : new Generator(genNames.get(g), p));
        }
        CentralState centralState = central == null ? CentralState.identity(n) : parseCentral(central, n, source,
                centralLine);
        PermutationGraph def = new PermutationGraph("puzzle:" + name, Map.of(), n, gens, centralState);
        return closeUnderInverses && !def.isInverseClosed() ? def.withMissingInverses() : def;
    }

    /**
     * Jackson's description of a syntax error, first line only and without its source location
     * ({@code (for Array starting at [Source: REDACTED ...; line: 1, column: 5])}): the message names the line already.
     */
    private static String jsonProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        String first = m.lines().findFirst().orElse("");
        return first.replaceAll("\\s*\\([^()]*\\[Source:.*$", "").replaceAll(",? from `[^`]*`", "").strip();
    }

    private static int line(JsonParser p) {
        return p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
    }

    private static CentralState parseCentral(JsonNode node, int n, String source, int line) {
        if (!node.isArray()) {
            throw error(source, line, "\"central_state\" must be a list of " + n + " colours");
        }
        if (node.size() != n) {
            throw error(source, line, "\"central_state\" has " + node.size() + " entries but the generators act on "
                    + n + " positions");
        }
        List<String> labels = new ArrayList<>(n);
        boolean oneChar = true;
        for (JsonNode x : node) {
            String s;
            if (x.isIntegralNumber() && x.canConvertToLong()) {
                s = Long.toString(x.longValue());
            } else if (x.isTextual() && x.asText().matches("[A-Za-z0-9_.+\\-]+")) {
                s = x.asText();
            } else {
                throw error(source, line, "\"central_state\" entry " + x + " must be an integer or a short name"
                        + " (letters, digits, _.+-)");
            }
            oneChar &= s.length() == 1;
            labels.add(s);
        }
        boolean identity = true;
        for (int i = 0; i < n && identity; i++) {
            identity = labels.get(i).equals(Integer.toString(i));
        }
        if (identity) {
            return CentralState.identity(n);
        }
        String compact = String.join("", labels);
        String text = oneChar && !compact.equalsIgnoreCase("identity") ? compact : "[" + String.join(",", labels) + "]";
        return CentralState.parse(text, n);
    }
}
