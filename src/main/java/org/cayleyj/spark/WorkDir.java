package org.cayleyj.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.cayleyj.InvalidInputException;

/**
 * A run's work directory, through Hadoop's file system layer so that it can be local ({@code file:}) or shared
 * ({@code hdfs:}, {@code s3a:}, ...). Layout:
 * <pre>
 *   cayleyj-spark.json         the {@link SparkManifest}
 *   layers/layer-000012/       dataset mode: layer 12 as Parquet (one column of longs per word)
 *   ranks/layer-000012/part-00003.bin   rank mode: partition 3's 2-bit table after layer 12
 * </pre>
 */
final class WorkDir {
    static final String MANIFEST = SparkRuntime.MANIFEST;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final FileSystem fs;

    private WorkDir(Path root, FileSystem fs) {
        this.root = root;
        this.fs = fs;
    }

    static WorkDir open(String uri, Configuration conf) {
        try {
            Path p = new Path(uri);
            FileSystem fs = p.getFileSystem(conf);
            return new WorkDir(fs.makeQualified(p), fs);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("cannot open the work directory " + uri + ": " + e.getMessage());
        }
    }

    String uri() {
        return root.toString();
    }

    String layerPath(int layer) {
        return new Path(root, String.format("layers/layer-%06d", layer)).toString();
    }

    String chunkDir(int layer) {
        return new Path(root, String.format("ranks/layer-%06d", layer)).toString();
    }

    String ranksDir() {
        return new Path(root, "ranks").toString();
    }

    /** The manifest, or null when the directory holds none. */
    SparkManifest readManifest() {
        Path m = new Path(root, MANIFEST);
        Path tmp = new Path(root, MANIFEST + ".new");
        try {
            Path from = fs.exists(m) ? m : fs.exists(tmp) ? tmp : null; // a crash between delete and rename
            if (from == null) {
                return null;
            }
            try (InputStream in = fs.open(from)) {
                SparkManifest sm = JSON.readValue(in, SparkManifest.class);
                if (!SparkManifest.FORMAT.equals(sm.format()) || sm.layerSizes() == null
                        || sm.layerSizes().length == 0) {
                    throw new InvalidInputException(from + " is not a CayleyJ Spark manifest (format "
                            + sm.format() + ")");
                }
                return sm;
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the manifest in " + root + ": " + e.getMessage());
        }
    }

    void writeManifest(SparkManifest manifest) {
        Path m = new Path(root, MANIFEST);
        Path tmp = new Path(root, MANIFEST + ".new");
        try {
            try (OutputStream out = fs.create(tmp, true)) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(out, manifest);
            }
            if (fs.exists(m) && !fs.delete(m, false)) {
                throw new IOException("cannot replace " + m);
            }
            if (!fs.rename(tmp, m)) {
                throw new IOException("cannot rename " + tmp + " to " + m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + root, e);
        }
    }

    /** True when the directory does not exist or holds nothing. */
    boolean isEmpty() {
        try {
            if (!fs.exists(root)) {
                return true;
            }
            FileStatus[] list = fs.listStatus(root);
            return list.length == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String path) {
        try {
            Path p = new Path(path);
            if (fs.exists(p)) {
                fs.delete(p, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    void mkdirs() {
        try {
            fs.mkdirs(root);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create the work directory " + root + ": " + e.getMessage());
        }
    }

    /** Deletes every {@code ranks/layer-*} directory except the one of {@code keep}. */
    void deleteChunkDirsExcept(int keep) {
        try {
            Path ranks = new Path(ranksDir());
            if (!fs.exists(ranks)) {
                return;
            }
            String keepName = new Path(chunkDir(keep)).getName();
            for (FileStatus st : fs.listStatus(ranks)) {
                if (!st.getPath().getName().equals(keepName)) {
                    fs.delete(st.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + ranksDir(), e);
        }
    }
}
