package org.cayleyj.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Opens (or joins) the Spark session a run uses. */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession open(SparkSettings settings, String graph) {
        SparkSession.Builder b = SparkSession.builder().appName("cayleyj growth " + graph);
        String master = settings.master();
        if (master == null && System.getProperty("spark.master") == null) {
            master = "local[*]";
        }
        if (master != null) {
            b.master(master);
        }
        if (master != null && master.startsWith("local")) {
            b.config("spark.ui.enabled", "false");
            int cores = Runtime.getRuntime().availableProcessors();
            b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * cores)));
            b.config("spark.driver.host", "127.0.0.1");
            b.config("spark.driver.bindAddress", "127.0.0.1");
        }
        for (Map.Entry<String, String> e : settings.conf().entrySet()) {
            b.config(e.getKey(), e.getValue());
        }
        return b.getOrCreate();
    }
}
