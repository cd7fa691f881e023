package org.cayleyj.testing;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark session: two local cores, small shuffles, no UI, bound to the loopback address. */
public final class LocalSpark {
    private LocalSpark() {
    }

    /** Starts (or joins) the local session under {@code appName}; the caller stops it. */
    public static SparkSession start(String appName) {
        SparkSession s = SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
