package org.cayleyj.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cayleyj.bfs.RunControl;

/**
 * Turns SIGINT/SIGTERM into a stop request while a run is in progress. The JVM starts its shutdown on the signal, so
 * the hook asks the engine to stop and then waits until the partial result has been printed (or a grace period has
 * passed); the process then exits with the usual status 128 + signal (130 for SIGINT, 143 for SIGTERM).
 */
final class StopOnSignal implements AutoCloseable {
    private static final long GRACE_SECONDS = 120;

    private final Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);

    private StopOnSignal(RunControl control) {
        this.hook = new Thread(() -> {
            control.requestStop();
            try {
                done.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cayleyj-stop");
    }

    static StopOnSignal install(RunControl control) {
        StopOnSignal s = new StopOnSignal(control);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** The result has been written: a pending shutdown may proceed. */
    void finished() {
        done.countDown();
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running; it returns now that the latch is open
        }
    }
}
