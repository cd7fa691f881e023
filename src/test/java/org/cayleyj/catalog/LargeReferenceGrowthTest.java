package org.cayleyj.catalog;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Reference entries too big for the unit group (rank spaces of S_12: lx and pancake n=12, the signed families at
 * n=6): a few minutes on the rank engine. CI runs this group; exclude it locally with {@code -DexcludedGroups=large}.
 */
@Tag("large")
class LargeReferenceGrowthTest {

    @TestFactory
    Stream<DynamicTest> reproducesLargePublishedGrowth() {
        return ReferenceGrowthTest.tests(true);
    }
}
