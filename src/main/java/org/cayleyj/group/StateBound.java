package org.cayleyj.group;

import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.cayleyj.graph.Graph;

/**
 * How many states a BFS will find at most, for a progress display: the exact orbit size (group order or orbit of the
 * central state, see {@link GroupOrders#expectedSize}) when it can be computed quickly, otherwise the state space's
 * naive size bound (e.g. n! or a multinomial coefficient).
 *
 * @param states the bound, or null when there is none (an infinite space without a known orbit)
 * @param exact  true when {@code states} is the orbit size itself, false for a naive upper bound
 */
public record StateBound(BigInteger states, boolean exact) {

    /** The orbit size when known within {@code wait}, else {@code naive} (which may be null). */
    public static StateBound of(Graph spec, BigInteger naive, Duration wait) {
        return of(() -> GroupOrders.expectedSize(spec), naive, wait);
    }

    /** As {@link #of(Graph, BigInteger, Duration)}, the orbit size computed by {@code orbit}. */
    public static StateBound of(Supplier<ExpectedSize> orbit, BigInteger naive, Duration wait) {
        CompletableFuture<ExpectedSize> expected = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                expected.complete(orbit.get());
            } catch (RuntimeException | Error e) {
                expected.completeExceptionally(e);
            }
        }, "cayleyj-orbit-size");
        worker.setDaemon(true); // Schreier-Sims and its fallbacks are bounded; a slow one is left to finish unseen
        worker.start();
        try {
            ExpectedSize e = expected.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (e.known()) {
                return new StateBound(e.size(), true);
            }
            return new StateBound(min(naive, e.groupOrder()), false);
        } catch (TimeoutException | ExecutionException e) {
            return new StateBound(naive, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new StateBound(naive, false);
        }
    }

    private static BigInteger min(BigInteger a, BigInteger b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.min(b);
    }

    /** The bound as a long, or -1 when there is none or it does not fit. */
    public long asLong() {
        return states != null && states.bitLength() < 63 ? states.longValue() : -1;
    }
}
