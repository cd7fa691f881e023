package org.cayleyj.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.matrix.MatrixGraph;
import org.cayleyj.matrix.MatrixGroups;

/** The reference's matrix-group families (catalog spec section 2), keyed by its names. */
public final class MatrixFamilies {
    private MatrixFamilies() {
    }

    private static final ParamSpec MODULO = new ParamSpec("modulo",
            "entries mod this number; 0 = the integers (infinite group: give --max-layers)", "0");
    private static final ParamSpec ADD_INVERSES = new ParamSpec("add_inverses",
            "append the inverses x', y' (true/false)", "true");

    /** A matrix family given by a builder. */
    public record MatrixFamily(String name, String description, int minN, List<ParamSpec> params,
                               Builder builder) implements Family {

        @FunctionalInterface
        public interface Builder {
            MatrixGraph build(int n, Params params);
        }

        @Override
        public MatrixGraph build(int n, Map<String, String> given) {
            if (n < minN) {
                throw new InvalidInputException(name + " needs n >= " + minN + ", got n=" + n);
            }
            return builder.build(n, new Params(name, params, given));
        }
    }

    public static List<Family> all() {
        return List.of(
                new MatrixFamily("heisenberg", "x_i = I+E[0][i], y_i = I+E[i][n-1] (i=1..n-2) and inverses; "
                        + "n x n matrices mod modulo", 3, List.of(MODULO, ADD_INVERSES),
                        (n, p) -> MatrixGroups.heisenberg(n, modulo(p), bool(p, "add_inverses"))),
                new MatrixFamily("special_linear_fundamental_roots", "I+E[k][k+1], I+E[k+1][k] and inverses: "
                        + "SL(n, Z/modulo)", 2, List.of(MODULO),
                        (n, p) -> MatrixGroups.specialLinearFundamentalRoots(n, modulo(p))),
                new MatrixFamily("special_linear_root_weyl", "e = I+E[0][1], Weyl element w and inverses: "
                        + "SL(n, Z/modulo)", 2, List.of(MODULO),
                        (n, p) -> MatrixGroups.specialLinearRootWeyl(n, modulo(p))));
    }

    private static long modulo(Params p) {
        String v = p.asMap().get("modulo");
        long m;
        try {
            m = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("parameter modulo must be an integer, got '" + v + "'");
        }
        MatrixGraph.checkModulo(m);
        return m;
    }

    private static boolean bool(Params p, String name) {
        String v = p.asMap().get(name).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidInputException("parameter " + name + " must be true or false, got '" + v + "'");
        };
    }
}
