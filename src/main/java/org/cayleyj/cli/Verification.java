package org.cayleyj.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.Locale;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.group.ExpectedSize;
import org.cayleyj.io.GrowthReport;

/** {@code growth --verify}: the states found against the group order or orbit size. */
final class Verification {
    private Verification() {
    }

    /** Compares the states found with the group order or orbit size, says so on {@code err}; returns the exit code. */
    static int check(ExpectedSize expected, GrowthResult result, PrintWriter err) {
        if (!result.complete()) {
            err.println("cayley: verify: not checked, the run is incomplete (" + result.stopReason().name()
                    .toLowerCase(Locale.ROOT) + ")");
            return 0;
        }
        BigInteger found = BigInteger.valueOf(result.totalStates());
        if (!expected.known()) {
            err.println("cayley: verify: not checked, the " + expected.kind().label() + " is unknown ("
                    + expected.method() + ")");
            return 0;
        }
        if (expected.matches(found)) {
            err.println("cayley: verify: ok, " + GrowthReport.count(found.longValueExact(), "state") + " = "
                    + expected.describe());
            return 0;
        }
        err.println("cayley: VERIFY FAILED: BFS found " + found + " states but the " + expected.describe()
                + (expected.proven() ? "" : "; the expected value is randomized and can only be too small"));
        return CayleyMain.EXIT_VERIFY_FAILED;
    }
}
