package org.cayleyj.run;

import org.cayleyj.bfs.DistanceCells;
import org.cayleyj.bfs.GrowthResult;

/**
 * What a {@link GrowthPlan} computed.
 *
 * @param result    the growth
 * @param distances every state's distance mod 3 when the job asked for it ({@link GrowthJob#withDistances}) and the
 *                  run produced it, else null
 */
public record GrowthOutcome(GrowthResult result, DistanceCells distances) {
}
