package org.cayleyj.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cayleyj.InvalidInputException;

/**
 * How a run on Apache Spark is set up.
 *
 * @param master               Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}), or null for
 *                             the one spark-submit gave (else {@code local[*]})
 * @param workDir              directory or URI (e.g. {@code hdfs://nn/cayleyj/lx15}) for layers, chunks and the manifest;
 *                             on a cluster it must be on storage every executor can reach
 * @param mode                 {@code dataset}, {@code rank} or {@code auto} (rank when the space has a perfect ranking)
 * @param partitions           rank-range partitions (0 = chosen from the space size and the cluster's parallelism)
 * @param resume               continue the run stored in {@code workDir} instead of starting a new one
 * @param checkpointEverySeconds rank mode: write the partitions' tables at most once per this many seconds (0 = every
 *                             layer); dataset mode writes every layer anyway, since the next layer is computed from it
 * @param conf                 extra Spark settings ({@code --spark-conf KEY=VALUE})
 */
public record SparkSettings(String master, String workDir, String mode, int partitions, boolean resume,
                            long checkpointEverySeconds, Map<String, String> conf) {

    public SparkSettings {
        if (workDir == null || workDir.isBlank()) {
            throw new InvalidInputException("--engine spark needs --work-dir DIR (layers and checkpoints are kept "
                    + "there; on a cluster, storage every executor reaches, e.g. hdfs://...)");
        }
        mode = mode == null ? "auto" : mode;
        if (!mode.equals("auto") && !mode.equals("dataset") && !mode.equals("rank")) {
            throw new InvalidInputException("--spark-mode must be auto, dataset or rank, got '" + mode + "'");
        }
        if (partitions < 0 || partitions > 1 << 20) {
            throw new InvalidInputException("--spark-partitions must be 0..1048576 (0 = automatic), got " + partitions);
        }
        if (checkpointEverySeconds < 0) {
            throw new InvalidInputException("--checkpoint-every must not be negative");
        }
        conf = conf == null ? Map.of() : new LinkedHashMap<>(conf);
    }

    /** A local run in {@code workDir}: dataset or rank mode chosen automatically, nothing extra configured. */
    public static SparkSettings local(String master, String workDir) {
        return new SparkSettings(master, workDir, "auto", 0, false, 0, Map.of());
    }

    public SparkSettings withMode(String m) {
        return new SparkSettings(master, workDir, m, partitions, resume, checkpointEverySeconds, conf);
    }

    public SparkSettings resuming() {
        return new SparkSettings(master, workDir, mode, partitions, true, checkpointEverySeconds, conf);
    }
}
