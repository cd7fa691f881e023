package org.cayleyj.bfs;

/**
 * What an engine expects to allocate for a run, known before anything is allocated.
 *
 * @param requiredBytes memory the engine needs whatever the graph does (the rank engine's table, the general
 *                      engine's working buffers); a run is refused up front when this exceeds the budget
 * @param worstBytes    memory it may need at most, from the size of the state space (or {@code --max-states}); -1
 *                      when unbounded (infinite matrix groups without limits)
 * @param budgetBytes   the budget the engine will work within
 */
public record MemoryEstimate(long requiredBytes, long worstBytes, long budgetBytes) {
    /** Whether the run is certain to fit. */
    boolean certainToFit() {
        return worstBytes >= 0 && worstBytes <= budgetBytes;
    }
}
