package org.cayleyj.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.cayleyj.InvalidInputException;
import org.cayleyj.IoErrors;

/**
 * The one way CayleyJ writes output files. Before a run: {@link #checkWritable}, {@link #checkDirectory} and
 * {@link #checkDistinct} refuse targets that cannot be written, so no work is wasted. After it: {@link #write} writes
 * a temporary file beside the target, forces it to disk and renames it over the target, so a reader sees the old file
 * or the whole new one; the temporary file is removed on every failure. Files are created with the default mode
 * (0666 less the umask). {@link #writeResult} falls back to stdout when the write fails, so a computed result is never
 * lost. Every failure is an {@link InvalidInputException} naming the target and the reason, never the temporary file.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks up front that {@code path} can be written: not a directory or another non-regular file, its directory
     * exists and accepts new files (tried by creating and deleting a probe file, which also catches read-only
     * filesystems and /proc).
     */
    public static void checkWritable(Path path) {
        Path abs = target(path);
        if (Files.isDirectory(abs)) {
            throw new InvalidInputException("cannot write " + path + ": it is a directory");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs)) {
            throw new InvalidInputException("cannot write " + path + ": it exists and is not a regular file");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.exists(dir)) {
            throw new InvalidInputException("cannot write " + path + ": directory " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("cannot write " + path + ": " + dir + " is a file, not a directory");
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new InvalidInputException("cannot write " + path + ": permission denied");
        }
        probe(dir, path);
    }

    /**
     * Checks up front that files can be written into the directory {@code dir}: it exists and accepts new files, or
     * it does not exist yet and its nearest existing ancestor does (nothing is created here).
     */
    public static void checkDirectory(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new InvalidInputException("cannot write into " + dir + ": no part of the path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidInputException("cannot write into " + dir + ": " + (existing.equals(abs) ? "it"
                    : existing.toString()) + " is a file, not a directory");
        }
        probe(existing, dir);
    }

    /** Refuses two outputs of one run that name the same file, e.g. {@code --out x.png --plot x.png}. */
    public static void checkDistinct(String optionA, Path a, String optionB, Path b) {
        if (a == null || b == null) {
            return;
        }
        boolean same = target(a).equals(target(b));
        if (!same && Files.exists(a) && Files.exists(b)) {
            try {
                same = Files.isSameFile(a, b);
            } catch (IOException e) {
                // compared by name only
            }
        }
        if (same) {
            throw new InvalidInputException(optionA + " and " + optionB + " name the same file " + a
                    + "; give each output its own file");
        }
    }

    public static void write(Path path, String content) {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path path, byte[] content) {
        write(path, out -> out.write(content));
    }

    /** Writes {@code content} to {@code path} atomically; on failure the target is untouched and no temp file left. */
    public static void write(Path path, Content content) {
        Path abs = target(path);
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & 0xffffffffL) + ".tmp");
        boolean done = false;
        try {
            try (OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
                content.writeTo(out);
                out.flush();
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + path + ": " + IoErrors.reason(e), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write error is what the user needs to hear about
                }
            }
        }
    }

    /**
     * Writes a computed result to {@code path}, or prints it when no path is given. When the write fails the result is
     * printed to {@code stdout} instead and one line on {@code stderr} says why and where it went.
     *
     * @return whether the result reached its destination ({@code false}: it was printed as a fallback)
     */
    public static boolean writeResult(Path path, String content, PrintWriter stdout, PrintWriter stderr) {
        if (path != null) {
            try {
                write(path, content);
                return true;
            } catch (InvalidInputException e) {
                stderr.println("cayley: " + e.getMessage() + "; the result is printed on stdout instead");
                stderr.flush();
            }
        }
        stdout.print(content);
        stdout.flush();
        return path == null;
    }

    /** Creates {@code dir} and its missing parents; a failure is one line naming the directory. */
    public static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create directory " + dir + ": " + IoErrors.reason(e), e);
        }
    }

    /** The file a write replaces: the target of a symbolic link, so the link itself stays. */
    private static Path target(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            try {
                return abs.toRealPath();
            } catch (IOException e) {
                return abs;
            }
        }
        return abs;
    }

    private static void probe(Path dir, Path shown) {
        Path probe = dir.resolve(".cayleyj-probe-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + shown + ": cannot create files in " + dir + " ("
                    + IoErrors.reason(e) + ")", e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // nothing was created
            }
        }
    }
}
