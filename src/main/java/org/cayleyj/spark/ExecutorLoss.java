package org.cayleyj.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;

/**
 * The rank layout keeps its tables only in executor memory: when an executor goes, so do the tables it cached, and
 * no retry can bring them back. This listener cancels the running job at once (instead of letting Spark reschedule
 * tasks that would fail on the layer check, or wait for a lost executor's locality) and records which executor went.
 */
final class ExecutorLoss extends SparkListener {
    private final SparkContext sc;
    private volatile String reason;

    private ExecutorLoss(SparkContext sc) {
        this.sc = sc;
    }

    static ExecutorLoss watch(SparkContext sc) {
        ExecutorLoss l = new ExecutorLoss(sc);
        sc.addSparkListener(l);
        return l;
    }

    void detach() {
        sc.removeSparkListener(this);
    }

    /** The lost executor and why, or null while none was lost. */
    String reason() {
        return reason;
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
        if (reason == null && !sc.isStopped()) {
            reason = event.executorId() + " (" + event.reason() + ")";
            sc.cancelAllJobs();
        }
    }
}
