package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class CatalogMarkdownTest {

    @Test
    void committedCatalogIsUpToDate() throws Exception {
        String expected = CatalogMarkdown.render(Catalog.standard(),
                ReferenceData.sharedDir().resolve("data/gap-puzzles"));
        String committed = Files.readString(Path.of("generators/CATALOG.md"));
        assertEquals(expected, committed, "generators/CATALOG.md is stale: regenerate it with "
                + "./cayley catalog --markdown --gap-dir ../shared/data/gap-puzzles > generators/CATALOG.md");
    }

    @Test
    void catalogNamesAtLeastOneHundredGeneratorSets() {
        String md = CatalogMarkdown.render(Catalog.standard(), ReferenceData.sharedDir().resolve("data/gap-puzzles"));
        String line = md.lines().filter(l -> l.startsWith("Named generator sets: ")).findFirst().orElseThrow();
        int named = Integer.parseInt(line.replaceAll("\\D+(\\d+).*", "$1"));
        assertTrue(named >= 100, line);
        assertTrue(Catalog.standard().families().size() >= 40, "34 permutation families, 3 matrix, cube, globe, rings");
    }
}
