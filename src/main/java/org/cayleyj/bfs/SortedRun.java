package org.cayleyj.bfs;

/** A sorted, duplicate-free run of {@code states} tuples at the start of {@code data}. */
record SortedRun(long[] data, int states) {
}
