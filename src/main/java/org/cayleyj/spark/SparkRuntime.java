package org.cayleyj.spark;

/**
 * Whether Apache Spark is on the class path. Spark is a {@code provided} dependency: spark-submit supplies it on a
 * cluster and the {@code cayley} launcher adds it (from {@code target/spark.classpath}) for local runs. This class
 * names no Spark type, so it can be loaded without Spark.
 */
public final class SparkRuntime {
    /** The file that marks a spark engine's work directory (so {@code --resume DIR} knows which engine wrote it). */
    public static final String MANIFEST = "cayleyj-spark.json";

    private SparkRuntime() {
    }

    public static boolean available() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkRuntime.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Logging set-up of CLI runs: warnings only, on stderr, none of Spark's start-up chatter. */
    static final String LOG_CONFIG = "org/cayleyj/spark/log4j2-cayleyj.properties";

    /**
     * For the CLI: Spark's and Hadoop's logging (log4j 2) goes to stderr at level WARN, unless a configuration was
     * given ({@code -Dlog4j2.configurationFile}) or spark-submit set logging up. Must run before anything touches
     * Hadoop or Spark: log4j reads its configuration once, and its fallback prints to stdout.
     */
    public static void quietLogging() {
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("spark.master") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIG);
        }
    }

    /** Why the spark engine cannot run here, for a one-line error. */
    public static String missingMessage() {
        return "--engine spark needs Apache Spark on the class path: run through the 'cayley' launcher (it adds the "
                + "Spark jars Maven resolved, listed in target/spark.classpath) or submit target/cayleyj.jar with "
                + "spark-submit --class org.cayleyj.cli.CayleyMain";
    }
}
