package org.cayleyj.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAtomicallyWithTheModeOfAPlainlyCreatedFile(@TempDir Path tmp) throws IOException {
        Path plain = tmp.resolve("plain");
        Files.newOutputStream(plain).close();
        Path out = tmp.resolve("r.json");
        OutputFile.write(out, "{}\n");
        assertEquals("{}\n", Files.readString(out));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                "the umask decides the mode, not a fixed 0600");
        assertEquals(List.of("plain", "r.json"), names(tmp));
    }

    @Test
    void aWriteFailingMidwayLeavesTheOldFileAndNoTempFile(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("r.csv");
        Files.writeString(out, "old\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OutputFile.write(out, o -> {
            o.write("partial".getBytes(StandardCharsets.UTF_8));
            o.flush();
            throw new java.nio.file.FileSystemException(tmp.resolve(".r.csv.123.tmp").toString(), null,
                    "No space left on device");
        }));
        assertEquals("cannot write " + out + ": no space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(out));
        assertEquals(List.of("r.csv"), names(tmp), "the temp file is removed");
    }

    @Test
    void preChecksRefuseWhatCannotBeWritten(@TempDir Path tmp) throws IOException {
        assertTrue(assertThrows(InvalidInputException.class, () -> OutputFile.checkWritable(tmp)).getMessage()
                .endsWith("it is a directory"));
        assertTrue(assertThrows(InvalidInputException.class, () -> OutputFile.checkWritable(Path.of("/dev/null")))
                .getMessage().endsWith("it exists and is not a regular file"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> OutputFile.checkWritable(tmp.resolve("no/such/x.json"))).getMessage().contains("does not exist"));
        String proc = assertThrows(InvalidInputException.class,
                () -> OutputFile.checkWritable(Path.of("/proc/x.json"))).getMessage();
        assertTrue(proc.startsWith("cannot write /proc/x.json: cannot create files in /proc ("), proc);
        assertFalse(proc.contains(".tmp") || proc.contains("probe"), "no temp file named: " + proc);
        Path file = Files.writeString(tmp.resolve("f"), "x");
        assertTrue(assertThrows(InvalidInputException.class, () -> OutputFile.checkDirectory(file)).getMessage()
                .contains("is a file, not a directory"));
        OutputFile.checkDirectory(tmp.resolve("new/deeper"));
        assertFalse(Files.exists(tmp.resolve("new")), "a pre-check creates nothing");
        assertEquals(List.of("f"), names(tmp), "probe files are removed");
    }

    @Test
    void twoOutputsOfOneRunMustDiffer(@TempDir Path tmp) {
        Path a = tmp.resolve("x.png");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputFile.checkDistinct("--out", a, "--plot", tmp.resolve("sub/../x.png")));
        assertEquals("--out and --plot name the same file " + a + "; give each output its own file", e.getMessage());
        OutputFile.checkDistinct("--out", a, "--plot", tmp.resolve("y.png"));
        OutputFile.checkDistinct("--out", a, "--plot", null);
    }

    @Test
    void aResultThatCannotBeWrittenIsPrintedInstead(@TempDir Path tmp) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path missing = tmp.resolve("gone/r.json");
        assertFalse(OutputFile.writeResult(missing, "RESULT\n", new PrintWriter(out), new PrintWriter(err)));
        assertEquals("RESULT\n", out.toString());
        assertTrue(err.toString().startsWith("cayley: cannot write " + missing + ": no such file or directory; the "
                + "result is printed on stdout instead"), err.toString());
        assertEquals(1, err.toString().lines().count());
        StringWriter out2 = new StringWriter();
        assertTrue(OutputFile.writeResult(null, "R\n", new PrintWriter(out2), new PrintWriter(new StringWriter())));
        assertEquals("R\n", out2.toString());
    }
}
