package org.cayleyj.spark;

/** A Spark job failed for a reason other than a stop request (an executor lost, a damaged checkpoint, ...). */
public final class SparkRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SparkRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
