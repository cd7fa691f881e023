package org.cayleyj.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cayleyj.run.SparkJob;
import picocli.CommandLine.Option;

/** Options of the spark engine ({@code growth --engine spark}). */
final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark: local[2], local[*], "
            + "spark://host:7077, yarn, ... (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "--engine spark: directory or URI (hdfs://...) for "
            + "the layers, tables and manifest; new or empty, or the run to continue with --resume. Default for a "
            + "local master: a temporary directory, removed when the run completes.")
    String workDir;

    @Option(names = "--keep-work-dir", description = "--engine spark, local run without --work-dir: keep the temporary "
            + "work directory after the run.")
    boolean keepWorkDir;

    @Option(names = "--spark-mode", paramLabel = "MODE", description = "--engine spark layout: auto (default: rank "
            + "when the space has a perfect ranking), rank (2-bit tables per rank range) or dataset (Parquet layers).")
    String mode = "auto";

    @Option(names = "--spark-partitions", paramLabel = "P", description = "--engine spark, rank layout: number of rank "
            + "ranges (default: 2 x the cluster's cores, at most 2^26 ranks each).")
    int partitions;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", description = "--engine spark: a Spark setting, e.g. "
            + "--spark-conf spark.executor.memory=24g (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    /** The options as the run package takes them. */
    SparkJob toJob() {
        return new SparkJob(master, workDir, keepWorkDir, mode, partitions, conf);
    }
}
