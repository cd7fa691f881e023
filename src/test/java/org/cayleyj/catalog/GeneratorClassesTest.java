package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.group.ClassAlgebraGrowth;
import org.cayleyj.group.SymmetricCharacters;
import org.cayleyj.testing.NaiveBfs;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class GeneratorClassesTest {
    private static final Catalog CATALOG = Catalog.standard();
    /** Each family, with the parameters that make it a union of classes. */
    private static final List<Map.Entry<String, Map<String, String>>> CLOSED = List.of(
            Map.entry("all_transpositions", Map.of()),
            Map.entry("increasing_k_cycles", Map.of("k", "2")),
            Map.entry("three_cycles", Map.of()),
            Map.entry("all_cycles", Map.of()),
            Map.entry("involutive_derangements", Map.of()),
            Map.entry("derangements", Map.of()),
            Map.entry("conjugacy_classes", Map.of("classes", "2,2:all;3:all")));

    /** The catalog's generators are exactly the named classes: every class whole, nothing else. */
    @Test
    void theCatalogsGeneratorsAreTheWholeClasses() {
        for (Map.Entry<String, Map<String, String>> f : CLOSED) {
            for (int n = 4; n <= 8; n++) {
                Optional<List<int[]>> classes = GeneratorClasses.of(f.getKey(), n, f.getValue());
                if (f.getKey().equals("involutive_derangements") && n % 2 == 1) {
                    assertFalse(classes.isPresent());
                    continue;
                }
                assertTrue(classes.isPresent(), f.getKey() + " n=" + n);
                SymmetricCharacters s = new SymmetricCharacters(n);
                PermutationGraph g = (PermutationGraph) CATALOG.build(f.getKey(), n, f.getValue());
                Map<Integer, Long> counts = new HashMap<>();
                for (Generator gen : g.generators()) {
                    counts.merge(s.indexOf(gen.permutation().cycleType()), 1L, Long::sum);
                }
                Map<Integer, Long> expected = new HashMap<>();
                for (int[] type : classes.get()) {
                    int m = s.indexOf(type);
                    expected.put(m, s.classSize(m));
                }
                assertEquals(expected, counts, f.getKey() + " n=" + n);
            }
        }
    }

    /** Grown on the classes, the Cayley graphs have the layers of a plain BFS over their elements. */
    @Test
    void classGrowthEqualsAPlainBfs() {
        for (Map.Entry<String, Map<String, String>> f : CLOSED) {
            for (int n = f.getKey().equals("conjugacy_classes") ? 4 : 2; n <= 7; n++) {
                Optional<List<int[]>> classes = GeneratorClasses.of(f.getKey(), n, f.getValue());
                if (classes.isEmpty()) {
                    continue;
                }
                PermutationGraph g = (PermutationGraph) CATALOG.build(f.getKey(), n, f.getValue());
                assertArrayEquals(NaiveBfs.growth(g, -1),
                        ClassAlgebraGrowth.growth(new SymmetricCharacters(n), classes.get()), f.getKey() + " n=" + n);
            }
        }
    }

    /** Every published growth of these families from the identity is reproduced on the classes. */
    @Test
    void thePublishedGrowthsAreReproduced() {
        int checked = 0;
        for (ReferenceData.Entry e : ReferenceData.load()) {
            if (!e.central().equals("identity") || !e.fullGrowth() || e.n() > SymmetricCharacters.MAX_N) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            e.params().forEach((k, v) -> params.put(k, v.asText()));
            Optional<List<int[]>> classes = GeneratorClasses.of(e.family(), e.n(), params);
            if (classes.isEmpty()) {
                continue;
            }
            assertArrayEquals(e.layerSizes(), ClassAlgebraGrowth.growth(new SymmetricCharacters(e.n()),
                    classes.get()), e.toString());
            checked++;
        }
        assertTrue(checked >= 20, "published growths checked: " + checked);
    }

    @Test
    void otherFamiliesAndPartialClassesAreNotUnionsOfClasses() {
        assertFalse(GeneratorClasses.of("lrx", 8, Map.of()).isPresent());
        assertFalse(GeneratorClasses.of("increasing_k_cycles", 8, Map.of("k", "3")).isPresent());
        assertFalse(GeneratorClasses.of("conjugacy_classes", 8, Map.of("classes", "3:5")).isPresent());
        assertEquals(List.of("[3, 3, 2]", "[3, 3, 1, 1]"), GeneratorClasses.of("conjugacy_classes", 8,
                Map.of("classes", "3,3,2;3,3")).orElseThrow().stream().map(Arrays::toString).toList());
    }
}
