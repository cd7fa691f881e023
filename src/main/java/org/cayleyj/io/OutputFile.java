package org.cayleyj.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cayleyj.InvalidInputException;

/** Writes output files atomically (temp file, then rename), so a failed run never leaves a partial file. */
public final class OutputFile {
    private OutputFile() {
    }

    /** Checks up front that {@code path} can be written, before any long computation starts. */
    public static void checkWritable(Path path) {
        Path abs = path.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new InvalidInputException("output path " + path + " is a directory");
        }
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("cannot write " + path + ": " + dir + " is a file, not a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException("cannot write " + path + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(abs) && !Files.isWritable(abs))) {
            throw new InvalidInputException("cannot write " + path + ": permission denied");
        }
    }

    public static void write(Path path, String content) {
        Path abs = path.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
            throw new InvalidInputException("cannot write " + path + ": " + e.getMessage());
        }
    }

    /** Writes {@code content} atomically to {@code path}, or prints it to {@code stdout} when no path is given. */
    public static void writeOrPrint(Path path, String content, java.io.PrintWriter stdout) {
        if (path != null) {
            write(path, content);
        } else {
            stdout.print(content);
            stdout.flush();
        }
    }
}
