package org.cayleyj.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Counts the shuffle bytes Spark's tasks write (after compression), so each layer's shuffle volume can be recorded in
 * the manifest. Listener events arrive asynchronously; {@link #settle()} waits for those of finished jobs.
 */
final class ShuffleMeter extends SparkListener {
    private final SparkContext sc;
    private final AtomicLong bytes = new AtomicLong();
    private long last;

    private ShuffleMeter(SparkContext sc) {
        this.sc = sc;
    }

    static ShuffleMeter attach(SparkContext sc) {
        ShuffleMeter m = new ShuffleMeter(sc);
        sc.addSparkListener(m);
        return m;
    }

    void detach() {
        sc.removeSparkListener(this);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo info = event.stageInfo();
        if (info.taskMetrics() != null) {
            bytes.addAndGet(info.taskMetrics().shuffleWriteMetrics().bytesWritten());
        }
    }

    /**
     * Shuffle bytes written since the previous call (since {@link #attach} for the first), once the events of finished
     * jobs were delivered; -1 when that cannot be known.
     */
    long sinceLast() {
        long now;
        try {
            sc.listenerBus().waitUntilEmpty(10_000); // Spark-internal (private[spark]), reachable from Java
            now = bytes.get();
        } catch (java.util.concurrent.TimeoutException | RuntimeException | LinkageError e) {
            now = -1;
        }
        long delta = now < 0 || last < 0 ? -1 : now - last;
        last = now;
        return delta;
    }
}
