package org.cayleyj.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.MemoryEstimate;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;

/**
 * BFS on Apache Spark, behind the same engine interface and result as the in-process engines. Two layouts:
 * <ul>
 *   <li>{@code dataset}: layers as Datasets of packed states, persisted to Parquet ({@link DatasetBfs}); any space;</li>
 *   <li>{@code rank}: rank-range partitions with 2-bit tables ({@link RankRangeBfs}); spaces with a perfect ranking.</li>
 * </ul>
 * {@code auto} takes {@code rank} when the space is rankable. The work directory holds the manifest and the layers
 * (or tables); {@link SparkSettings#resume()} continues from the last stored layer. The session is the one already
 * running in this JVM (spark-submit, a test, an embedding application) or a new one on the settings' master, stopped
 * at the end.
 */
public final class SparkGrowthEngine implements GrowthEngine {
    private final SparkSettings settings;
    private final String fingerprint;
    private final String graph;

    /**
     * @param fingerprint the graph's {@link org.cayleyj.graph.Graph#fingerprint()}, stored in the work directory
     * @param graph       the graph's description, for messages
     */
    public SparkGrowthEngine(SparkSettings settings, String fingerprint, String graph) {
        this.settings = settings;
        this.fingerprint = fingerprint;
        this.graph = graph;
    }

    /** An engine for {@code graph} (its fingerprint and description mark the work directory). */
    public SparkGrowthEngine(SparkSettings settings, org.cayleyj.graph.Graph graph) {
        this(settings, graph.fingerprint(), graph.describe());
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public boolean supports(StateSpace space) {
        return space instanceof Serializable;
    }

    /** Whether the rank layout applies to the space. */
    static boolean rankable(StateSpace space) {
        return space instanceof RankableSpace r && r.wordsPerState() == 1 && r.ranking() != null;
    }

    /** The layout a run of this space will use ({@code dataset} or {@code rank}). */
    public String modeFor(StateSpace space) {
        return switch (settings.mode()) {
            case "rank" -> {
                if (!rankable(space)) {
                    throw new InvalidInputException("--spark-mode rank needs a full S_n or coset space with one word "
                            + "per state (permutations up to n=16); use --spark-mode dataset");
                }
                yield "rank";
            }
            case "dataset" -> "dataset";
            default -> rankable(space) ? "rank" : "dataset";
        };
    }

    /**
     * In local mode the rank tables live in this JVM's heap, so they must fit it (with room for the shuffle); on a
     * cluster they are spread over the executors and only the driver's small share is counted.
     */
    @Override
    public MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits) {
        long budget = limits.memoryBytes() > 0 ? limits.memoryBytes() : Runtime.getRuntime().maxMemory() / 2;
        if (!modeFor(space).equals("rank") || !isLocal()) {
            return new MemoryEstimate(0, 0, budget);
        }
        long table = RankLayout.of(((RankableSpace) space).ranking().size(), 1).tableBytes();
        return new MemoryEstimate(table, table, budget);
    }

    private boolean isLocal() {
        String master = settings.master() != null ? settings.master()
                : System.getProperty("spark.master", "local[*]");
        return master.startsWith("local");
    }

    @Override
    public GrowthResult computeGrowth(StateSpace space, GrowthLimits limits, GrowthListener listener,
                                      RunControl control) {
        if (!supports(space)) {
            throw new InvalidInputException("the spark engine cannot ship this state space to executors");
        }
        long t0 = System.nanoTime();
        // checked before a session starts, so that a wrong directory costs no Spark start-up
        SparkManifest existing = checkWorkDir();
        String mode = existing != null ? existing.mode() : modeFor(space); // a resumed run keeps its layout
        boolean ownSession = SparkSession.getDefaultSession().isEmpty() && SparkSession.getActiveSession().isEmpty();
        SparkSession spark = SparkSessions.open(settings, graph);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        final int threads = jsc.defaultParallelism();
        Thread watcher = stopWatcher(spark, control);
        java.util.concurrent.CountDownLatch returned = new java.util.concurrent.CountDownLatch(1);
        Object hook = beforeSparkStops(control, returned);
        ShuffleMeter meter = ShuffleMeter.attach(spark.sparkContext());
        ExecutorLoss loss = mode.equals("rank") ? ExecutorLoss.watch(spark.sparkContext()) : null;
        try {
            WorkDir dir = WorkDir.open(settings.workDir(), spark.sparkContext().hadoopConfiguration());
            SparkManifest manifest = existing != null ? existing : create(dir, mode, space, jsc);
            try {
                if (mode.equals("rank")) {
                    RankLayout layout = new RankLayout(((RankableSpace) space).ranking().size(),
                            manifest.partitions(), manifest.width());
                    return new RankRangeBfs(jsc, (RankableSpace) space, dir, layout,
                            settings.checkpointEverySeconds(), meter).run(manifest, limits, listener, control, threads,
                            t0);
                }
                return new DatasetBfs(spark, space, dir, meter).run(manifest, limits, listener, control, threads, t0);
            } catch (Exception e) { // SparkException is checked in Java's eyes but thrown by Scala code
                if (e instanceof InvalidInputException bad) {
                    throw bad;
                }
                if (loss != null && loss.reason() != null) {
                    throw new SparkRunException("executor " + loss.reason() + " was lost, and the rank tables it "
                            + "cached with it; layers stored so far are in " + dir.uri() + " (continue with --resume)", e);
                }
                if (control.stopRequested()) { // Ctrl-C: the job was cancelled (or the context stopped) on purpose
                    SparkManifest stored = dir.readManifest();
                    long[] sizes = stored == null ? new long[0] : stored.layerSizes();
                    return new GrowthResult(name(), sizes, StopReason.INTERRUPTED,
                            sizes.length == 0 ? 0 : sizes[sizes.length - 1], java.util.List.of(),
                            System.nanoTime() - t0, 0, threads, manifest.layerSizes().length);
                }
                throw new SparkRunException("the Spark job failed: " + rootMessage(e) + "; layers stored so far "
                        + "are in " + dir.uri() + " (continue with --resume)", e);
            }
        } finally {
            watcher.interrupt();
            meter.detach();
            if (loss != null) {
                loss.detach();
            }
            if (ownSession && !spark.sparkContext().isStopped()) {
                spark.stop();
            }
            returned.countDown(); // Spark's own shutdown hook may go on (it finds the context stopped)
            removeHook(hook);
        }
    }

    /**
     * Checks the work directory against the run before any Spark start-up: a fresh run needs it empty (returns null),
     * a resume needs this graph's run (returns its manifest). Throws {@link InvalidInputException} otherwise.
     */
    public SparkManifest checkWorkDir() {
        WorkDir dir = WorkDir.open(settings.workDir(), new org.apache.hadoop.conf.Configuration());
        SparkManifest existing = dir.readManifest();
        if (settings.resume()) {
            if (existing == null) {
                throw new InvalidInputException("nothing to resume in " + dir.uri() + ": it holds no CayleyJ Spark "
                        + "manifest");
            }
            if (!existing.fingerprint().equals(fingerprint)) {
                throw new InvalidInputException("the work directory " + dir.uri() + " holds a run of "
                        + existing.graph() + ", not of " + graph + " (fingerprints differ)");
            }
            if (!settings.mode().equals("auto") && !settings.mode().equals(existing.mode())) {
                throw new InvalidInputException("the run in " + dir.uri() + " uses --spark-mode " + existing.mode()
                        + "; resume it with that mode (or auto)");
            }
            return existing;
        }
        if (existing != null) {
            throw new InvalidInputException("the work directory " + dir.uri() + " already holds a run of "
                    + existing.graph() + " (" + existing.layerSizes().length + " layers); continue it with --resume "
                    + "or give a new --work-dir");
        }
        if (!dir.isEmpty()) {
            throw new InvalidInputException("the work directory " + dir.uri() + " is not empty; give a new or empty "
                    + "directory");
        }
        return null;
    }

    /** The manifest of a new run (its layout chosen for the cluster's parallelism). */
    private SparkManifest create(WorkDir dir, String mode, StateSpace space, JavaSparkContext jsc) {
        dir.mkdirs();
        if (mode.equals("rank")) {
            long size = ((RankableSpace) space).ranking().size();
            RankLayout layout = settings.partitions() > 0 ? RankLayout.of(size, settings.partitions())
                    : RankLayout.automatic(size, jsc.defaultParallelism());
            return RankRangeBfs.newManifest(layout, fingerprint, graph);
        }
        return DatasetBfs.newManifest(space, fingerprint, graph);
    }

    /**
     * On Ctrl-C or SIGTERM Spark's own shutdown hook stops the SparkContext under the running job. This hook runs
     * before it (a higher priority in Spark's hook manager): it asks the run to stop, which cancels the job, and
     * waits until the engine has returned its partial result.
     */
    private static Object beforeSparkStops(RunControl control, java.util.concurrent.CountDownLatch returned) {
        try {
            int priority = org.apache.spark.util.ShutdownHookManager.SPARK_CONTEXT_SHUTDOWN_PRIORITY() + 10;
            return org.apache.spark.util.ShutdownHookManager.addShutdownHook(priority, () -> {
                control.requestStop();
                try {
                    returned.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return scala.runtime.BoxedUnit.UNIT;
            });
        } catch (RuntimeException | LinkageError e) {
            return null; // Spark-internal API (private[spark]); without it a stop still works, less tidily
        }
    }

    private static void removeHook(Object hook) {
        if (hook == null) {
            return;
        }
        try {
            org.apache.spark.util.ShutdownHookManager.removeShutdownHook(hook);
        } catch (RuntimeException | LinkageError e) {
            // the JVM is shutting down: hooks can no longer be removed
        }
    }

    /** Cancels the running Spark jobs soon after a stop request, so a long layer does not delay Ctrl-C. */
    private static Thread stopWatcher(SparkSession spark, RunControl control) {
        Thread t = new Thread(() -> {
            try {
                while (!control.stopRequested()) {
                    Thread.sleep(100);
                }
                spark.sparkContext().cancelAllJobs();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cayleyj-spark-stop");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A description of the settings for progress messages. */
    public String describe(StateSpace space) {
        String m = modeFor(space);
        StringBuilder sb = new StringBuilder("spark engine, ").append(m).append(" layout, work dir ")
                .append(settings.workDir());
        if (m.equals("rank")) {
            long size = ((RankableSpace) space).ranking().size();
            sb.append(", rank tables ").append(Bytes.format(RankLayout.of(size, 1).tableBytes())).append(" in all");
        }
        return sb.toString();
    }
}
