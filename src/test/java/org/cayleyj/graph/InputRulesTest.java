package org.cayleyj.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputRulesTest {

    @Test
    void aFileLargerThanTheCapIsRefusedBeforeItIsRead(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputRules.MAX_FILE_BYTES + 1); // sparse: nothing is written or read
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> InputRules.readText(big, "generators file"));
        assertEquals("generators file " + big + " has 64.0 MiB, more than the 64.0 MiB accepted", e.getMessage());
    }

    @Test
    void textIsStrictUtf8WithoutItsByteOrderMark(@TempDir Path tmp) throws IOException {
        Path bom = Files.write(tmp.resolve("bom.txt"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'A', '='});
        assertEquals("A=", InputRules.readText(bom, "f"));
        Path latin1 = Files.write(tmp.resolve("l.txt"), new byte[] {'M', (byte) 0xe9});
        assertEquals("f " + latin1 + " is not UTF-8 text",
                assertThrows(InvalidInputException.class, () -> InputRules.readText(latin1, "f")).getMessage());
        assertEquals("f not found: " + tmp.resolve("nope"), assertThrows(InvalidInputException.class,
                () -> InputRules.readText(tmp.resolve("nope"), "f")).getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> InputRules.readText(Path.of("/dev/zero"), "f"))
                .getMessage().endsWith("is not a regular file"));
    }

    @Test
    void onlyAsciiDigitsAreNumbers() {
        assertEquals(-12, InputRules.parseLong("-12"));
        assertEquals(7, InputRules.parseInt("+7"));
        for (String s : new String[] {"\u0661", "\uff10", "1\u0662", "", " 1", "0x10", null}) {
            assertFalse(InputRules.isAsciiInteger(s), String.valueOf(s));
            assertThrows(NumberFormatException.class, () -> InputRules.parseLong(s));
        }
    }

    @Test
    void namesAreUniqueAndFreeOfThePathSeparator() {
        InputRules.checkUnique(List.of("a", "b"), "");
        InputRules.checkName("f0", "");
        assertEquals("x: generator name 'a' is used twice; names must be unique", assertThrows(
                InvalidInputException.class, () -> InputRules.checkUnique(List.of("a", "b", "a"), "x: ")).getMessage());
        assertThrows(InvalidInputException.class, () -> InputRules.checkName("r.1", ""));
        InputRules.checkCount(InputRules.MAX_GENERATORS, "");
        assertThrows(InvalidInputException.class, () -> InputRules.checkCount(InputRules.MAX_GENERATORS + 1L, ""));
    }
}
