package org.cayleyj.bfs;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recycles the large {@code long[]} buffers of a BFS run between layers. Fresh multi-megabyte arrays cost page
 * faults and zeroing (and humongous allocations under G1); a layer-synchronous BFS needs arrays of similar sizes every
 * layer, so reuse removes most of that cost. Every array handed out is accounted in the {@link MemoryMeter} until it
 * is dropped from the pool. Arrays come back with stale contents: callers only read what they wrote.
 */
final class LongArrayPool {
    private static final int MIN_POOLED = 1 << 12;

    private final MemoryMeter meter;
    private final TreeMap<Integer, ArrayDeque<long[]>> free = new TreeMap<>();
    private long pooledLongs;

    LongArrayPool(MemoryMeter meter) {
        this.meter = meter;
    }

    /** An array of at least {@code longs} elements (contents undefined). */
    synchronized long[] acquire(long longs) {
        if (longs > Integer.MAX_VALUE - 16) {
            throw new MemoryMeter.MemoryLimitException(longs * Long.BYTES, meter.limitBytes());
        }
        int need = (int) longs;
        if (need >= MIN_POOLED) {
            Map.Entry<Integer, ArrayDeque<long[]>> e = free.ceilingEntry(need);
            if (e != null && e.getKey() <= need + (need >> 1)) {
                long[] a = e.getValue().pop();
                if (e.getValue().isEmpty()) {
                    free.remove(e.getKey());
                }
                pooledLongs -= a.length;
                return a;
            }
        }
        int capacity = need < MIN_POOLED ? need : roundUp(need);
        try {
            meter.reserveLongs(capacity);
        } catch (MemoryMeter.MemoryLimitException ex) {
            drain();
            meter.reserveLongs(capacity);
        }
        return new long[capacity];
    }

    /** Returns an array for reuse. */
    synchronized void release(long[] a) {
        if (a == null) {
            return;
        }
        if (a.length < MIN_POOLED) {
            meter.releaseLongs(a.length);
            return;
        }
        free.computeIfAbsent(a.length, k -> new ArrayDeque<>()).push(a);
        pooledLongs += a.length;
    }

    /** Drops every pooled array, giving its memory back. */
    synchronized void drain() {
        meter.releaseLongs(pooledLongs);
        pooledLongs = 0;
        free.clear();
    }

    /** Rounds up to one of 8 size classes per power of two (at most 12.5% slack). */
    private static int roundUp(int n) {
        int high = Integer.highestOneBit(n);
        if (high < 8) {
            return n;
        }
        int step = high >> 3;
        long r = ((long) n + step - 1) / step * step;
        return (int) Math.min(r, Integer.MAX_VALUE - 16);
    }
}
