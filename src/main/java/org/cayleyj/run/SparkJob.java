package org.cayleyj.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a run on the spark engine ({@code --master}, {@code --work-dir}, ...); see
 * {@link org.cayleyj.spark.SparkSettings} for their meaning.
 *
 * @param master      Spark master URL, or null for spark-submit's (else {@code local[*]})
 * @param workDir     work directory or URI, or null for a temporary one (local masters only)
 * @param keepWorkDir keep a temporary work directory after the run
 * @param mode        layout: auto, rank or dataset
 * @param partitions  rank ranges (0 = automatic)
 * @param conf        extra Spark settings
 */
public record SparkJob(String master, String workDir, boolean keepWorkDir, String mode, int partitions,
                       Map<String, String> conf) {

    public SparkJob {
        mode = mode == null ? "auto" : mode;
        conf = conf == null ? Map.of() : new LinkedHashMap<>(conf);
    }

    /** Nothing set: a local master, a temporary work directory, the automatic layout. */
    public static SparkJob defaults() {
        return new SparkJob(null, null, false, "auto", 0, Map.of());
    }

    /** The same settings in {@code dir}. */
    public SparkJob withWorkDir(String dir) {
        return new SparkJob(master, dir, keepWorkDir, mode, partitions, conf);
    }

    /** Whether any setting differs from {@link #defaults()} (they need the spark engine). */
    public boolean any() {
        return master != null || workDir != null || keepWorkDir || !mode.equals("auto") || partitions != 0
                || !conf.isEmpty();
    }
}
