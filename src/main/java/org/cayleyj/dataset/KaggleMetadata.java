package org.cayleyj.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kaggle's {@code dataset-metadata.json} (title, id, licence, and a description and schema per file). */
final class KaggleMetadata {
    private KaggleMetadata() {
    }

    static String document(String title, String id, List<Map<String, Object>> resources) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("id", id);
        m.put("licenses", List.of(Map.of("name", "CC0-1.0")));
        m.put("resources", resources);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
    }

    static Map<String, String> field(String name, String type, String description) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type);
        f.put("description", description);
        return f;
    }

    /** One file: path, description and, when given, its columns (in this order in the JSON). */
    @SafeVarargs
    static Map<String, Object> resource(String path, String description, Map<String, String>... fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("path", path);
        r.put("description", description);
        if (fields.length > 0) {
            r.put("schema", Map.of("fields", List.of(fields)));
        }
        return r;
    }

    /** The public files of a pathfinding dataset. */
    static String pathfinding(String title, String id) throws IOException {
        return document(title, id, List.of(
                resource("puzzle_info.json", "The puzzle: central_state (the solved state, a list of symbols) and "
                        + "generators (each move a 0-based one-line permutation p acting as new[i] = old[p[i]])."),
                resource("test.csv", "The states to solve.",
                        field("initial_state_id", "string", "row id"),
                        field("initial_state", "string", "the state's symbols separated by commas")),
                resource("sample_submission.csv", "A valid, non-optimal baseline submission.",
                        field("initial_state_id", "string", "row id of test.csv"),
                        field("path", "string", "moves applied left to right, separated by '.'; empty when the "
                                + "state is already solved")),
                resource("README.md", "The moves, the metric and the baseline's score.")));
    }
}
