package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConjectureCommandTest {
    @Test
    void fitsValuesGivenInline() {
        Cli.Run r = Cli.cayley("conjecture", "fit", "--values", "2:1,3:2,4:4,5:6,6:9,7:12,8:16,9:20,10:25,11:30");
        assertEquals(0, r.exit(), r.err());
        assertEquals("floor(n²/4) for n ≥ 2 (checked on n = 2..11, 4 check points); per class: n even: n²/4; "
                + "n odd: (n² - 1)/4", r.out().trim());
    }

    @Test
    void fitsACsvFileAsJson(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("d.csv");
        Files.writeString(csv, "n,diameter\n2,1\n3,2\n4,3\n5,4\n6,5\n7,6\n");
        Cli.Run r = Cli.cayley("conjecture", "fit", "--csv", csv.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("found").asBoolean());
        assertEquals("n - 1", j.get("formula").asText());
        assertEquals(4, j.get("check_points").asInt());
    }

    @Test
    void badSequencesAreOneLineErrors() {
        for (String[] args : new String[][] {
                {"conjecture", "fit", "--values", "1:x"},
                {"conjecture", "fit", "--values", "1:2,1:3"},
                {"conjecture", "fit"},
                {"conjecture", "fit", "--values", "1:2", "--max-period", "0"}}) {
            Cli.Run r = Cli.cayley(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals(1, r.err().trim().lines().count(), r.err());
        }
    }
}
