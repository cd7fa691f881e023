package org.cayleyj.bfs;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Accounts for the bytes held in state arrays. Every large allocation is reserved here first, so a run that would
 * not fit is stopped before the allocation, with everything computed so far intact.
 */
final class MemoryMeter {
    private final long limit;
    private final AtomicLong current = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();

    MemoryMeter(long limitBytes) {
        this.limit = limitBytes;
    }

    /** Reserves room for {@code longs} longs or throws {@link MemoryLimitException}. */
    void reserveLongs(long longs) {
        long bytes = longs * Long.BYTES;
        long now = current.addAndGet(bytes);
        if (now > limit) {
            current.addAndGet(-bytes);
            throw new MemoryLimitException(now, limit);
        }
        peak.accumulateAndGet(now, Math::max);
    }

    void releaseLongs(long longs) {
        current.addAndGet(-longs * Long.BYTES);
    }

    long peakBytes() {
        return peak.get();
    }

    long limitBytes() {
        return limit;
    }

    /** Bytes reserved now (arrays in use or pooled). */
    long reservedBytes() {
        return current.get();
    }

    /**
     * An {@link OutOfMemoryError} in a pool thread outside a task would be printed with a stack trace by the default
     * handler (and printing may itself fail); the run learns of it through its futures and stops with memory_limit.
     */
    static void quietOnOutOfMemory(Thread t) {
        t.setUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                e.printStackTrace();
            }
        });
    }

    static final class MemoryLimitException extends RuntimeException {
        final long neededBytes;
        final long limitBytes;

        MemoryLimitException(long neededBytes, long limitBytes) {
            super(null, null, false, false);
            this.neededBytes = neededBytes;
            this.limitBytes = limitBytes;
        }
    }
}
