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
        String jar = ownJar();
        if (master != null && !master.startsWith("local") && jar != null && System.getProperty("spark.jars") == null
                && !settings.conf().containsKey("spark.jars")) {
            b.config("spark.jars", jar); // a run started by the launcher, not spark-submit: executors need our classes
        }
        for (Map.Entry<String, String> e : settings.conf().entrySet()) {
            b.config(e.getKey(), e.getValue());
        }
        return b.getOrCreate();
    }

    /** The jar this class was loaded from, or null (e.g. classes in a build directory). */
    private static String ownJar() {
        try {
            java.security.CodeSource src = SparkSessions.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            java.nio.file.Path p = java.nio.file.Path.of(src.getLocation().toURI());
            return p.toString().endsWith(".jar") ? p.toString() : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
