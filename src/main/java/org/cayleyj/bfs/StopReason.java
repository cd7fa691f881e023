package org.cayleyj.bfs;

/** Why a BFS ended. */
public enum StopReason {
    /** Every reachable state was visited. */
    COMPLETE,
    /** {@code --max-layers} was reached. */
    MAX_LAYERS,
    /** {@code --max-states} was reached. */
    MAX_STATES,
    /** The next layer would not fit in the memory budget; layers so far are exact. */
    MEMORY_LIMIT,
    /** The run was interrupted; layers so far are exact. */
    INTERRUPTED,
    /** A checkpoint could not be written (e.g. disk full); layers so far are exact, the previous checkpoint intact. */
    CHECKPOINT_FAILED,
    /** An engine could not write or read back its layer or spill files (e.g. disk full); layers so far are exact. */
    STORAGE_FAILED
}
