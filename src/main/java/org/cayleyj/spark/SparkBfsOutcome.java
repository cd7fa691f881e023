package org.cayleyj.spark;

import java.util.List;
import org.cayleyj.bfs.StopReason;

/** What one of the Spark BFS variants found; {@link SparkGrowthEngine} turns it into a growth result. */
record SparkBfsOutcome(long[] layerSizes, StopReason reason, List<String> sample, int resumedLayers,
                       long tableBytes) {
}
