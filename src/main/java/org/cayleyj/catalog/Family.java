package org.cayleyj.catalog;

import java.util.List;
import java.util.Map;
import org.cayleyj.graph.Graph;

/** A named, parameterised generator family, e.g. {@code lrx(n, k)}. */
public interface Family {

    /** The reference library's name, used as the catalog key. */
    String name();

    /** One-line definition. */
    String description();

    /** Smallest valid n. */
    int minN();

    /** Parameters besides n. */
    List<ParamSpec> params();

    /**
     * Whether the family is sized by {@code -n}. Families that are sized by their parameters alone (e.g.
     * {@code globe_puzzle a b}) return false: -n is then optional and, if given, must equal the state size.
     */
    default boolean usesN() {
        return true;
    }

    /** Builds the graph with the family's default central state (the identity unless the family defines one). */
    Graph build(int n, Map<String, String> params);
}
