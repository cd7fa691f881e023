package org.cayleyj.bfs;

/**
 * A checkpoint could not be written (disk full, I/O error). The previous checkpoint is still intact; the message says
 * which layer it holds.
 */
public final class CheckpointException extends RuntimeException {
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
