package org.cayleyj.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;

/**
 * {@code puzzle_info.json} of a pathfinding dataset: the central state (a list of symbols) and the moves, each a
 * one-line permutation acting as {@code new[i] = old[p[i]]}.
 */
public record PuzzleInfo(List<String> centralState, Map<String, int[]> generators) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("central_state", centralState);
        m.put("generators", generators);
        return JSON.writeValueAsString(m);
    }

    public static PuzzleInfo read(Path file) {
        String text = org.cayleyj.graph.InputRules.readText(file, "puzzle info");
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file + " is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.has("central_state") || !root.has("generators")
                || !root.get("central_state").isArray() || !root.get("generators").isObject()) {
            throw new InvalidInputException(file + " needs \"central_state\" (a list) and \"generators\" (an object)");
        }
        List<String> central = new ArrayList<>();
        root.get("central_state").forEach(x -> central.add(x.asText()));
        Map<String, int[]> gens = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.get("generators").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            org.cayleyj.graph.InputRules.checkName(e.getKey(), file + ": ");
            org.cayleyj.graph.InputRules.checkCount(gens.size() + 1L, file + ": ");
            JsonNode p = e.getValue();
            if (!p.isArray() || p.size() != central.size()) {
                throw new InvalidInputException(file + ": move " + e.getKey() + " must be a list of " + central.size()
                        + " indices");
            }
            int[] img = new int[p.size()];
            boolean[] seen = new boolean[img.length];
            for (int i = 0; i < img.length; i++) {
                if (!p.get(i).canConvertToInt() || p.get(i).asInt() < 0 || p.get(i).asInt() >= img.length
                        || seen[p.get(i).asInt()]) {
                    throw new InvalidInputException(file + ": move " + e.getKey() + " is not a permutation of 0.."
                            + (img.length - 1));
                }
                img[i] = p.get(i).asInt();
                seen[img[i]] = true;
            }
            gens.put(e.getKey(), img);
        }
        if (gens.isEmpty()) {
            throw new InvalidInputException(file + " has no moves");
        }
        return new PuzzleInfo(central, gens);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
