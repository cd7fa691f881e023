package org.cayleyj.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;

/**
 * The work directory of a Spark run: the one given ({@code --work-dir} or {@code --resume}), or, for a local run
 * without one, a new temporary directory that is removed when the run completes, unless it is to be kept. A
 * temporary directory of a run that did not complete (interrupted, stopped by a limit, failed) stays, so that the
 * run can be resumed from it.
 */
public final class RunWorkDir implements AutoCloseable {
    private final String path;
    private final Path temporary;
    private final boolean keep;
    private boolean completed;

    private RunWorkDir(String path, Path temporary, boolean keep) {
        this.path = path;
        this.temporary = temporary;
        this.keep = keep;
    }

    /**
     * The directory given, else a temporary one for a local master; a run on a cluster must name one that every
     * executor reaches.
     */
    public static RunWorkDir of(String master, String given, boolean keep) {
        if (given != null && !given.isBlank()) {
            return new RunWorkDir(given, null, true);
        }
        if (!isLocal(master)) {
            throw new InvalidInputException("--engine spark on a cluster (--master " + master + ") needs --work-dir DIR"
                    + " on storage every executor reaches, e.g. hdfs://...");
        }
        try {
            Path tmp = Files.createTempDirectory("cayleyj-spark-");
            return new RunWorkDir(tmp.toString(), tmp, keep);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create a temporary work directory (" + e.getMessage()
                    + "); give --work-dir DIR");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code master} (null: spark-submit's, else {@code local[*]}) runs in this JVM. */
    static boolean isLocal(String master) {
        String m = master != null ? master : System.getProperty("spark.master");
        return m == null || m.startsWith("local");
    }

    public String path() {
        return path;
    }

    /** True for a temporary directory this class created. */
    public boolean temporary() {
        return temporary != null;
    }

    /** The run completed: {@link #close()} removes a temporary directory unless it is to be kept. */
    public void completed() {
        completed = true;
    }

    /** Whether {@link #close()} removes the directory: a temporary one, not kept, once its run completed. */
    public boolean removedOnClose() {
        return temporary != null && completed && !keep;
    }

    /** Removes the directory when {@link #removedOnClose()}, and a temporary one the run never wrote into. */
    @Override
    public void close() {
        if (!removedOnClose() && !(temporary != null && isEmpty(temporary))) {
            return;
        }
        try (Stream<Path> files = Files.walk(temporary)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary work directory " + temporary, e);
        }
    }
}
